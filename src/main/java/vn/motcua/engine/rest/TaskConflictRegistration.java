package vn.motcua.engine.rest;

import java.util.List;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers the task conflict mappers with the engine REST API ({@code /engine-rest}, the starter's
 * {@code CamundaJerseyResourceConfig}) through Spring Boot's customizer. The webapps' engine API is a
 * Jersey servlet the webapp starter adds on its own; {@link TaskConflictFeature} reaches it.
 */
@Configuration(proxyBeanMethods = false)
class TaskConflictRegistration {

    static final List<Class<?>> MAPPERS = List.of(ClaimedTaskMapper.class, ConcurrentChangeMapper.class,
            FinishedTaskMapper.class, FinishedTaskEngineMapper.class, DeploymentRefusalMapper.class);

    @Bean
    ResourceConfigCustomizer taskConflictsOnEngineRest() {
        return config -> MAPPERS.forEach(config::register);
    }
}
