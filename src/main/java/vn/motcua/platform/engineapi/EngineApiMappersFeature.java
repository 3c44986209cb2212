package vn.motcua.platform.engineapi;

import jakarta.ws.rs.core.FeatureContext;

import org.camunda.bpm.engine.rest.impl.NamedProcessEngineRestServiceImpl;
import org.glassfish.jersey.internal.spi.AutoDiscoverable;

/**
 * Jersey's auto-discoverable hook (META-INF/services): the webapps' engine API
 * ({@code /camunda/api/engine}, Camunda's {@code EngineRestApplication}, which the Tasklist calls) is
 * created by the webapp starter without a way to add providers, so the mappers join every Jersey
 * application that serves the engine's resources and does not have them yet.
 */
public class EngineApiMappersFeature implements AutoDiscoverable {

    @Override
    public void configure(FeatureContext context) {
        var configuration = context.getConfiguration();
        if (configuration.isRegistered(NamedProcessEngineRestServiceImpl.class)
                && !configuration.isRegistered(ClaimedTaskMapper.class)) {
            EngineApiMappers.MAPPERS.forEach(context::register);
        }
    }
}
