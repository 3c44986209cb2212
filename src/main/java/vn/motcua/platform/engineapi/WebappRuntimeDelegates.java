package vn.motcua.platform.engineapi;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;

import org.camunda.bpm.admin.Admin;
import org.camunda.bpm.admin.impl.DefaultAdminRuntimeDelegate;
import org.camunda.bpm.cockpit.Cockpit;
import org.camunda.bpm.cockpit.db.CommandExecutor;
import org.camunda.bpm.cockpit.impl.DefaultCockpitRuntimeDelegate;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.tasklist.Tasklist;
import org.camunda.bpm.tasklist.impl.DefaultTasklistRuntimeDelegate;
import org.camunda.bpm.welcome.Welcome;
import org.camunda.bpm.welcome.impl.DefaultWelcomeRuntimeDelegate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.ServletContextInitializer;
import org.springframework.boot.web.servlet.context.ServletWebServerInitializedEvent;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;

/**
 * Camunda's webapps (Tasklist, Cockpit, Admin, Welcome) reach their plugins and engines through JVM-wide static
 * runtime delegates, which each application's servlet context sets when it starts and sets to null when it stops.
 * In a JVM running several applications (Spring test contexts) one stopping would leave the others' webapps
 * without them; and Cockpit's delegate caches its query executor, bound to one engine's database, by engine name,
 * which applications share. Each application keeps them working for the others.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(prefix = "camunda.bpm.webapp", name = "enabled", havingValue = "true", matchIfMissing = true)
class WebappRuntimeDelegates {

    private static final Set<ServletContext> RUNNING = ConcurrentHashMap.newKeySet();

    /**
     * Registered before Camunda's webapp listeners, so that Tomcat, which stops listeners in reverse order, stops
     * this one after they have cleared the delegates: it sets new ones while other applications still run.
     */
    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    ServletContextInitializer webappRuntimeDelegatesKept() {
        return servletContext -> servletContext.addListener(new ServletContextListener() {
            @Override
            public void contextInitialized(ServletContextEvent event) {
                RUNNING.add(event.getServletContext());
            }

            @Override
            public void contextDestroyed(ServletContextEvent event) {
                RUNNING.remove(event.getServletContext());
                if (!RUNNING.isEmpty()) {
                    Tasklist.setTasklistRuntimeDelegate(new DefaultTasklistRuntimeDelegate());
                    Admin.setAdminRuntimeDelegate(new DefaultAdminRuntimeDelegate());
                    Welcome.setRuntimeDelegate(new DefaultWelcomeRuntimeDelegate());
                    Cockpit.setCockpitRuntimeDelegate(new PerEngineCockpit());
                }
            }
        });
    }

    /** Replaces the Cockpit delegate Camunda's listener has just set (with the servlet context) by one per engine. */
    @EventListener(ServletWebServerInitializedEvent.class)
    void cockpitPerEngine() {
        Cockpit.setCockpitRuntimeDelegate(new PerEngineCockpit());
    }

    /** Cockpit's query executors kept per engine (the serving application's, see ServingApplicationEngine). */
    static final class PerEngineCockpit extends DefaultCockpitRuntimeDelegate {

        private final Map<ProcessEngine, CommandExecutor> executors = Collections.synchronizedMap(new WeakHashMap<>());

        @Override
        public CommandExecutor getCommandExecutor(String processEngineName) {
            ProcessEngine engine = getProcessEngine(processEngineName);
            if (engine == null) {
                // Camunda's own answer for an unknown engine
                return createCommandExecutor(processEngineName);
            }
            return executors.computeIfAbsent(engine, serving -> createCommandExecutor(processEngineName));
        }
    }
}
