package vn.motcua.platform.engineapi;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * Camunda wraps what goes wrong in a completion into a {@link RestException} (404 when the task is gone,
 * 500 around a concurrent update). When the task was completed, or claimed by someone else, meanwhile,
 * that is a 409; anything else stays with Camunda's own handler. The priority wins the tie with it.
 */
@Priority(1000)
public class FinishedTaskMapper implements ExtendedExceptionMapper<RestException> {

    @Context
    UriInfo uri;

    @Override
    public boolean isMappable(RestException e) {
        return TaskConflicts.ofRequest(uri).isPresent();
    }

    @Override
    public Response toResponse(RestException e) {
        return TaskConflicts.ofRequest(uri).orElseGet(() -> new RestExceptionHandler().toResponse(e));
    }
}
