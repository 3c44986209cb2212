package vn.motcua.design.expression;

import java.util.LinkedHashMap;
import java.util.Map;
import javax.script.ScriptEngine;
import javax.script.ScriptEngineFactory;
import javax.script.ScriptEngineManager;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.scripting.engine.ScriptEngineResolver;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: a deployment is code that runs without an engine user (a timer, an asynchronous step), so the
 * expressions of process models see only the beans listed in {@link ModelExpressionProperties} (Camunda's
 * {@code beans} map; without it Spring's expression manager resolves every bean of the application) and only
 * {@link ModelExpressionAllowlist} members of what they reach ({@link ModelExpressionManager}). Script engines
 * are switched off as well: no shipped process uses a script, and the deployment lint refuses them.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class ModelExpressionPlugin extends AbstractProcessEnginePlugin {

    private final ModelExpressionProperties properties;
    private final BeanFactory beanFactory;

    ModelExpressionPlugin(ModelExpressionProperties properties, BeanFactory beanFactory) {
        this.properties = properties;
        this.beanFactory = beanFactory;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        Map<Object, Object> beans = new LinkedHashMap<>();
        for (String name : properties.beans()) {
            beans.put(name, beanFactory.getBean(name));
        }
        configuration.setBeans(beans);
        configuration.setExpressionManager(new ModelExpressionManager(beans));
        configuration.setScriptEngineResolver(new NoScriptEngines());
    }

    /** A script engine resolver that finds none: script tasks, script listeners and script conditions fail. */
    private static final class NoScriptEngines implements ScriptEngineResolver {

        private final ScriptEngineManager none = new ScriptEngineManager(new ClassLoader(null) {
        });

        @Override
        public void addScriptEngineFactory(ScriptEngineFactory factory) {
            // no engine joins
        }

        @Override
        public ScriptEngineManager getScriptEngineManager() {
            return none;
        }

        @Override
        public ScriptEngine getScriptEngine(String language, boolean resolveFromCache) {
            return null;
        }
    }
}
