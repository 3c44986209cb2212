package vn.motcua.platform.engineapi;

import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.SuspendedEntityInteractionException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

import vn.motcua.platform.engine.RefusedEngineRequest;

/**
 * A process that may not be started, asked to start through the engine's REST APIs ({@code /engine-rest} and the
 * Tasklist's {@code /camunda/api/engine}): Camunda answers 500 ("Cannot instantiate process definition") for a
 * suspended definition, one the engine cannot start or an unknown id, and a plain 404 for an unknown key. Here:
 * 404 for a definition that does not exist, 409 for a suspended one, 400 for any other refusal of the engine, as
 * problem+json with the engine's message. A failing database stays a 500. Message-only starts are refused before
 * the engine runs them ({@link NoneStartRequestFilter}).
 */
@Priority(1000)
public class ProcessStartRefusalMapper implements ExtendedExceptionMapper<RestException> {

    private static final Pattern START = Pattern.compile("(?:^|/)process-definition/(?:key/[^/]+(?:/tenant-id/[^/]+)?|[^/]+)/(?:start|submit-form)/?$");

    @Context
    UriInfo uri;

    @Override
    public boolean isMappable(RestException e) {
        if (uri == null || !START.matcher(uri.getPath()).find() || RefusedEngineRequest.in(e).isPresent()) {
            return false; // our own refusals say their status themselves (RefusedRequestMappers)
        }
        if (e.getStatus() == Response.Status.NOT_FOUND) {
            return true;
        }
        return e.getStatus() == Response.Status.INTERNAL_SERVER_ERROR && e.getCause() instanceof ProcessEngineException cause
                && !(cause instanceof AuthorizationException) && !DeploymentFailureMapper.fromDatabase(cause);
    }

    @Override
    public Response toResponse(RestException e) {
        Throwable cause = e.getCause();
        Response.Status status;
        String detail;
        if (e.getStatus() == Response.Status.NOT_FOUND || cause instanceof NotFoundException || cause instanceof NullValueException) {
            status = Response.Status.NOT_FOUND;
            detail = "Không tìm thấy quy trình để bắt đầu.";
        } else if (cause instanceof SuspendedEntityInteractionException) {
            status = Response.Status.CONFLICT;
            detail = "Quy trình đang bị tạm dừng: không bắt đầu được hồ sơ mới.";
        } else {
            status = Response.Status.BAD_REQUEST;
            detail = "Không bắt đầu được quy trình.";
        }
        return TaskConflicts.problem(status, detail + " " + e.getMessage());
    }
}
