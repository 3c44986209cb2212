package vn.motcua.platform.engineapi;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.JobEntity;
import org.camunda.bpm.engine.rest.util.EngineUtil;

/**
 * {@code POST job/{id}/execute} checks the caller's right to update the job's process only once the job
 * runs, and a refused run counts as a failed attempt: anyone could burn another unit's timer retries (the
 * apology timer, a payment's expiry) down to an incident. The same check (UPDATE on the process instance or
 * UPDATE_INSTANCE on its definition, as the engine's own) is made first here, and a caller without it gets 403.
 */
@PreMatching
@Priority(Priorities.AUTHORIZATION)
public class JobExecutionGuard implements ContainerRequestFilter {

    private static final Pattern EXECUTE = Pattern.compile("^/?(?:engine/([^/]+)/)?job/([^/]+)/execute/?$");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        Matcher execute = EXECUTE.matcher(request.getUriInfo().getPath(true));
        if (!execute.matches()) {
            return;
        }
        ProcessEngine engine = EngineUtil.lookupProcessEngine(execute.group(1));
        Authentication caller = engine.getIdentityService().getCurrentAuthentication();
        if (caller == null || !engine.getProcessEngineConfiguration().isAuthorizationEnabled()) {
            return;
        }
        String jobId = execute.group(2);
        AuthorizationService authorizations = engine.getAuthorizationService();
        Boolean allowed = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(context -> {
                    context.disableAuthorizationCheck();
                    try {
                        JobEntity job = context.getJobManager().findJobById(jobId);
                        if (job == null || job.getProcessDefinitionKey() == null) {
                            return true; // the engine answers an unknown job, and checks a job outside any process itself
                        }
                        return (job.getProcessInstanceId() != null && authorizations.isUserAuthorized(caller.getUserId(),
                                caller.getGroupIds(), Permissions.UPDATE, Resources.PROCESS_INSTANCE, job.getProcessInstanceId()))
                                || authorizations.isUserAuthorized(caller.getUserId(), caller.getGroupIds(),
                                Permissions.UPDATE_INSTANCE, Resources.PROCESS_DEFINITION, job.getProcessDefinitionKey());
                    } finally {
                        context.enableAuthorizationCheck();
                    }
                });
        if (!Boolean.TRUE.equals(allowed)) {
            request.abortWith(TaskConflicts.problem(Response.Status.FORBIDDEN,
                    "Bạn không có quyền chạy công việc nền " + jobId + " của quy trình này."));
        }
    }
}
