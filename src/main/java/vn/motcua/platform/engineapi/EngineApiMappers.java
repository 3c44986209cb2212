package vn.motcua.platform.engineapi;

import java.util.List;

import org.springframework.boot.autoconfigure.jersey.ResourceConfigCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Registers our exception mappers (task conflicts, refused deployments, requests and process starts) and request
 * and response filters (identity writes, the platform variables' guard, job execution, none-start requests, the
 * counter forms' options {@link ReceptionFormOptions}) with the engine REST API ({@code /engine-rest}, the starter's
 * {@code CamundaJerseyResourceConfig}) through Spring Boot's customizer. The webapps' engine API is a
 * Jersey servlet the webapp starter adds on its own; {@link EngineApiMappersFeature} reaches it.
 */
@Configuration(proxyBeanMethods = false)
class EngineApiMappers {

    static final List<Class<?>> MAPPERS = List.of(ClaimedTaskMapper.class, ConcurrentChangeMapper.class,
            FinishedTaskMapper.class, FinishedTaskEngineMapper.class, DeploymentRefusalMapper.class,
            DeploymentFailureMapper.class, ProcessStartRefusalMapper.class, RefusedRequestMappers.Wrapped.class,
            RefusedRequestMappers.Unwrapped.class, IdentityWritesForAdministrators.class, PlatformVariablesFilter.class,
            JobExecutionGuard.class, NoneStartRequestFilter.class, ReceptionFormOptions.class);

    @Bean
    ResourceConfigCustomizer mappersOnEngineRest() {
        return config -> MAPPERS.forEach(config::register);
    }
}
