package vn.motcua.design.expression;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;

import org.camunda.bpm.impl.juel.jakarta.el.BeanELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELContext;
import org.camunda.bpm.impl.juel.jakarta.el.MethodNotFoundException;
import org.camunda.bpm.impl.juel.jakarta.el.PropertyNotFoundException;

/**
 * The engine's bean resolver (every property read and method call of an expression on an object), limited to
 * {@link ModelExpressionAllowlist}: {@code ${execution.getVariable('x')}} resolves,
 * {@code ${execution.processEngineServices}} or {@code ${''.class}} fail as an unknown property or method, before
 * anything is read or called. The beans built for process models ({@link ModelExpressionProperties}) keep their
 * non-reflective methods.
 */
final class AllowlistBeanElResolver extends BeanELResolver {

    private final Set<Object> modelBeans = Collections.newSetFromMap(new IdentityHashMap<>());

    AllowlistBeanElResolver(Collection<Object> modelBeans) {
        super(false);
        this.modelBeans.addAll(modelBeans);
    }

    @Override
    public Object getValue(ELContext context, Object base, Object property) {
        if (base != null && !allowed(base, String.valueOf(property))) {
            throw new PropertyNotFoundException(refusal(base, property));
        }
        return super.getValue(context, base, property);
    }

    @Override
    public Class<?> getType(ELContext context, Object base, Object property) {
        if (base != null && !allowed(base, String.valueOf(property))) {
            throw new PropertyNotFoundException(refusal(base, property));
        }
        return super.getType(context, base, property);
    }

    @Override
    public void setValue(ELContext context, Object base, Object property, Object value) {
        if (base != null && !allowed(base, String.valueOf(property))) {
            throw new PropertyNotFoundException(refusal(base, property));
        }
        super.setValue(context, base, property, value);
    }

    @Override
    public boolean isReadOnly(ELContext context, Object base, Object property) {
        if (base != null && !allowed(base, String.valueOf(property))) {
            throw new PropertyNotFoundException(refusal(base, property));
        }
        return super.isReadOnly(context, base, property);
    }

    @Override
    public Object invoke(ELContext context, Object base, Object method, Class<?>[] paramTypes, Object[] params) {
        if (base != null && !allowed(base, String.valueOf(method))) {
            throw new MethodNotFoundException(refusal(base, method));
        }
        return super.invoke(context, base, method, paramTypes, params);
    }

    private boolean allowed(Object base, String member) {
        if (ModelExpressionAllowlist.isScope(base)) {
            return ModelExpressionAllowlist.allowedOnScope(member);
        }
        if (modelBeans.contains(base) || ModelExpressionAllowlist.isValue(base)) {
            return ModelExpressionAllowlist.allowedOnValue(member);
        }
        return false;
    }

    private static String refusal(Object base, Object member) {
        return "Biểu thức của quy trình không được dùng '" + member + "' trên " + base.getClass().getSimpleName()
                + ": chỉ được đọc, ghi biến quy trình và mã, tên của bước (xem motcua.engine.expressions).";
    }
}
