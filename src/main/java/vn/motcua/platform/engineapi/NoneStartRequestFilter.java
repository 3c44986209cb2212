package vn.motcua.platform.engineapi;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.Response;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.pvm.PvmActivity;
import org.camunda.bpm.engine.impl.pvm.ReadOnlyProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.rest.util.EngineUtil;

/**
 * A process whose only start is a message, a signal or a timer is started by that event, not by an officer: the
 * engine's REST start ({@code …/start}, {@code …/submit-form}) would otherwise run it from that start event as if
 * the message had come (Camunda starts a process at its only start event, whatever its kind). Refused with 400
 * problem+json before anything runs; a definition the caller may not read or that does not exist is left to the
 * engine's own answer.
 */
public class NoneStartRequestFilter implements ContainerRequestFilter {

    private static final Pattern START = Pattern.compile(
            "(?:^|/)process-definition/(?:key/([^/]+)(?:/tenant-id/[^/]+)?|([^/]+))/(?:start|submit-form)/?$");
    private static final Pattern ENGINE = Pattern.compile("(?:^|/)engine/([^/]+)/process-definition/");

    @Override
    public void filter(ContainerRequestContext request) {
        if (!"POST".equals(request.getMethod())) {
            return;
        }
        String path = request.getUriInfo().getPath();
        Matcher start = START.matcher(path);
        if (!start.find()) {
            return;
        }
        Matcher engineName = ENGINE.matcher(path);
        ProcessEngine engine = EngineUtil.lookupProcessEngine(engineName.find() ? engineName.group(1) : null);
        if (engine == null) {
            return;
        }
        try {
            ProcessDefinition definition = start.group(1) != null
                    ? engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(start.group(1))
                    .latestVersion().singleResult()
                    : engine.getRepositoryService().getProcessDefinition(start.group(2));
            if (definition == null) {
                return;
            }
            ReadOnlyProcessDefinition deployed = ((RepositoryServiceImpl) engine.getRepositoryService())
                    .getDeployedProcessDefinition(definition.getId());
            PvmActivity initial = deployed.getInitial();
            if (initial != null && !"startEvent".equals(initial.getProperty("type"))) {
                String detail = "Quy trình '" + definition.getKey() + "' chỉ bắt đầu khi có sự kiện (tin nhắn, tín hiệu hoặc hẹn giờ), "
                        + "không bắt đầu trực tiếp được.";
                request.abortWith(TaskConflicts.problem(Response.Status.BAD_REQUEST, detail));
            }
        } catch (ProcessEngineException e) {
            // not readable by the caller, or gone: the engine answers the start itself
        }
    }
}
