package vn.motcua.platform.engineapi;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

import org.camunda.bpm.engine.TaskAlreadyClaimedException;

/** A claim of a task another officer holds: 409 with that officer's name. */
@Provider
public class ClaimedTaskMapper implements ExceptionMapper<TaskAlreadyClaimedException> {

    @Override
    public Response toResponse(TaskAlreadyClaimedException e) {
        return TaskConflicts.claimedBy(TaskConflicts.nameOf(e.getTaskAssignee()));
    }
}
