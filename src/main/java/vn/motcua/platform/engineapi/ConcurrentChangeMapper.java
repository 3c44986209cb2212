package vn.motcua.platform.engineapi;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.camunda.bpm.engine.OptimisticLockingException;

/**
 * Two requests changed the same thing at once and this one lost (the engine rolled it back): 409. For a
 * claim or a completion the answer says who won.
 */
@Provider
public class ConcurrentChangeMapper implements ExceptionMapper<OptimisticLockingException> {

    @Context
    UriInfo uri;

    @Override
    public Response toResponse(OptimisticLockingException e) {
        return TaskConflicts.ofRequest(uri).orElseGet(() -> TaskConflicts.conflict(
                "Dữ liệu vừa được người khác thay đổi cùng lúc. Vui lòng tải lại và thử lại."));
    }
}
