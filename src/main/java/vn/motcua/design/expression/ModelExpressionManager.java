package vn.motcua.design.expression;

import java.util.Map;

import org.camunda.bpm.engine.impl.el.JuelExpressionManager;
import org.camunda.bpm.engine.impl.el.ReadOnlyMapELResolver;
import org.camunda.bpm.engine.impl.el.VariableContextElResolver;
import org.camunda.bpm.engine.impl.el.VariableScopeElResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ArrayELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.CompositeELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.ListELResolver;
import org.camunda.bpm.impl.juel.jakarta.el.MapELResolver;

/**
 * The engine's expression manager for process models: Spring's resolvers (variables, {@code execution},
 * {@code task}, the configured beans, arrays, lists, maps) with no application context behind them and the bean
 * resolver limited to {@link ModelExpressionAllowlist}. Decision tables evaluated in JUEL use it too.
 */
final class ModelExpressionManager extends JuelExpressionManager {

    ModelExpressionManager(Map<Object, Object> beans) {
        super(Map.copyOf(beans));
    }

    @Override
    protected ELResolver createElResolver() {
        CompositeELResolver resolver = new CompositeELResolver();
        resolver.add(new VariableScopeElResolver());
        resolver.add(new VariableContextElResolver());
        resolver.add(new ReadOnlyMapELResolver(beans));
        resolver.add(new ArrayELResolver());
        resolver.add(new ListELResolver());
        resolver.add(new MapELResolver());
        resolver.add(new AllowlistBeanElResolver(beans.values()));
        return resolver;
    }
}
