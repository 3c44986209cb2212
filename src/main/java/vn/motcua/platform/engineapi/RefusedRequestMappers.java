package vn.motcua.platform.engineapi;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

import vn.motcua.platform.engine.RefusedEngineRequest;

/**
 * A {@link RefusedEngineRequest} thrown inside the engine as the caller's 4xx problem+json: Camunda's REST
 * API answers it unwrapped (a Java API call) or wrapped in its own {@code RestException} ("Cannot
 * instantiate process definition…", status 500), so one mapper per shape.
 */
final class RefusedRequestMappers {

    private RefusedRequestMappers() {
    }

    static Response refusal(RefusedEngineRequest refusal) {
        return TaskConflicts.problem(Response.Status.fromStatusCode(refusal.status()), refusal.getMessage());
    }

    /** The refusal wrapped by Camunda's REST resources (start, submit-form). */
    @Priority(1000)
    public static class Wrapped implements ExtendedExceptionMapper<RestException> {

        @Override
        public boolean isMappable(RestException e) {
            return RefusedEngineRequest.in(e).isPresent();
        }

        @Override
        public Response toResponse(RestException e) {
            return RefusedEngineRequest.in(e).map(RefusedRequestMappers::refusal)
                    .orElseGet(() -> new RestExceptionHandler().toResponse(e));
        }
    }

    /** The refusal as the engine threw it, or wrapped in another engine exception. */
    @Priority(1000)
    public static class Unwrapped implements ExtendedExceptionMapper<ProcessEngineException> {

        @Override
        public boolean isMappable(ProcessEngineException e) {
            return RefusedEngineRequest.in(e).isPresent();
        }

        @Override
        public Response toResponse(ProcessEngineException e) {
            return RefusedEngineRequest.in(e).map(RefusedRequestMappers::refusal)
                    .orElseGet(() -> new ProcessEngineExceptionHandler().toResponse(e));
        }
    }
}
