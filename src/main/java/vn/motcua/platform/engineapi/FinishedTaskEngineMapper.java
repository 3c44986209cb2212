package vn.motcua.platform.engineapi;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/** A claim that fails in the engine because the task was completed meanwhile: 409, not Camunda's 404/500. */
@Priority(1000)
public class FinishedTaskEngineMapper implements ExtendedExceptionMapper<ProcessEngineException> {

    @Context
    UriInfo uri;

    @Override
    public boolean isMappable(ProcessEngineException e) {
        // an officer without rights learns nothing about the task; one who had them and lost a race does
        if (e instanceof AuthorizationException
                && TaskConflicts.actedTask(uri).filter(TaskConflicts::finishedTaskOfCaller).isEmpty()) {
            return false;
        }
        return TaskConflicts.ofRequest(uri).isPresent();
    }

    @Override
    public Response toResponse(ProcessEngineException e) {
        return TaskConflicts.ofRequest(uri).orElseGet(() -> new ProcessEngineExceptionHandler().toResponse(e));
    }
}
