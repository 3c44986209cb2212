package vn.motcua.platform.engineapi;

import java.util.LinkedHashMap;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/**
 * A refused deployment (the engine's parser or motcua's lint) as problem+json: Camunda's own answer
 * ({@code type} "ParseException", {@code message}, {@code details} per resource with line and column, which
 * Camunda Modeler shows) plus {@code title}, {@code status} and a Vietnamese {@code detail}.
 */
public class DeploymentRefusalMapper implements ExceptionMapper<ParseException> {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    @SuppressWarnings("unchecked")
    public Response toResponse(ParseException e) {
        Response camunda = new ProcessEngineExceptionHandler().toResponse(e);
        Map<String, Object> body = new LinkedHashMap<>(JSON.convertValue(camunda.getEntity(), Map.class));
        String message = String.valueOf(e.getMessage());
        body.put("title", "Bad Request");
        body.put("status", camunda.getStatus());
        body.put("detail", message.startsWith("Triển khai bị từ chối") ? message
                : "Triển khai bị từ chối: tệp không hợp lệ. " + message);
        return Response.status(camunda.getStatus()).type(TaskConflicts.PROBLEM_JSON).entity(body).build();
    }
}
