package vn.motcua.platform.engineapi;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.glassfish.jersey.spi.ExtendedExceptionMapper;

/**
 * A deployment the engine cannot take for a reason its parser and motcua's lint do not report as a
 * {@link org.camunda.bpm.engine.ParseException} (a timer start event whose date or cycle does not parse, two files
 * defining the same key): 400 problem+json with the engine's message rather than Camunda's 500, on
 * {@code /engine-rest} (Camunda Modeler) and the webapps' engine API. A failing database stays a 500.
 */
@Priority(1000)
public class DeploymentFailureMapper implements ExtendedExceptionMapper<ProcessEngineException> {

    @Context
    UriInfo uri;

    @Override
    public boolean isMappable(ProcessEngineException e) {
        return uri != null && uri.getPath().replaceAll("/$", "").endsWith("deployment/create")
                && !(e instanceof AuthorizationException) && !fromDatabase(e);
    }

    @Override
    public Response toResponse(ProcessEngineException e) {
        String detail = "Triển khai bị từ chối: tệp không hợp lệ. " + e.getMessage();
        Map<String, Object> body = new LinkedHashMap<>();
        // Camunda's own fields first: Camunda Modeler shows "message"
        body.put("type", e.getClass().getSimpleName());
        body.put("message", e.getMessage());
        body.put("title", "Bad Request");
        body.put("status", Response.Status.BAD_REQUEST.getStatusCode());
        body.put("detail", detail);
        return Response.status(Response.Status.BAD_REQUEST).type(TaskConflicts.PROBLEM_JSON).entity(body).build();
    }

    static boolean fromDatabase(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof SQLException || cause.getClass().getName().startsWith("org.apache.ibatis")) {
                return true;
            }
        }
        return false;
    }
}
