package vn.motcua.platform.engineapi;

import java.util.EnumSet;
import java.util.Set;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.rest.spi.ProcessEngineProvider;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;

/**
 * The engine of the application that serves the request, for engine REST, the webapps, their authentication
 * filters and our engine API filters: all find their engine through the first {@link ProcessEngineProvider} of
 * META-INF/services (the application's classes come before the starters' jars). Camunda's own providers read the
 * JVM-wide {@link ProcessEngines} registry by name: a second application in the same JVM with the same engine name
 * (Spring test contexts) takes the name over, so the first one's requests reach the second one's engine, and once
 * the second closes, no engine at all. Outside a request the registry still answers.
 */
public class ServingApplicationEngine implements ProcessEngineProvider {

    private static final ThreadLocal<ProcessEngine> SERVING = new ThreadLocal<>();

    @Override
    public ProcessEngine getDefaultProcessEngine() {
        ProcessEngine serving = SERVING.get();
        return serving != null ? serving : ProcessEngines.getDefaultProcessEngine();
    }

    /** Only the serving application's engine: another application's engine is not this one's to hand out. */
    @Override
    public ProcessEngine getProcessEngine(String name) {
        ProcessEngine serving = SERVING.get();
        if (serving == null) {
            return ProcessEngines.getProcessEngine(name);
        }
        return serving.getName().equals(name) ? serving : null;
    }

    @Override
    public Set<String> getProcessEngineNames() {
        ProcessEngine serving = SERVING.get();
        return serving != null ? Set.of(serving.getName()) : ProcessEngines.getProcessEngines().keySet();
    }

    @Configuration(proxyBeanMethods = false)
    static class Binding {

        /**
         * Binds the application's engine to the thread of every request it serves, before any other filter (Camunda's
         * authentication filters run before Spring's RequestContextFilter, so the request cannot be asked instead).
         * The engine is looked up per request: filters are created with the web server, before the engine.
         */
        @Bean
        FilterRegistrationBean<Filter> servingApplicationEngine(ObjectProvider<ProcessEngine> engine) {
            Filter binding = (request, response, chain) -> {
                ProcessEngine outer = SERVING.get();
                SERVING.set(engine.getIfUnique());
                try {
                    chain.doFilter(request, response);
                } finally {
                    if (outer == null) {
                        SERVING.remove();
                    } else {
                        SERVING.set(outer);
                    }
                }
            };
            FilterRegistrationBean<Filter> registration = new FilterRegistrationBean<>(binding);
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            registration.setDispatcherTypes(EnumSet.allOf(DispatcherType.class));
            return registration;
        }
    }
}
