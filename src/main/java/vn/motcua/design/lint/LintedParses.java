package vn.motcua.design.lint;

import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.interceptor.CommandContextListener;
import org.camunda.bpm.engine.impl.jobexecutor.JobDeclaration;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * The engine's successful BPMN parses that the lint ran, kept for the BPMN deployer of the same deployment
 * ({@link LintedBpmnDeployer}) so that each file is parsed once. Held for the deploying command only: an
 * entry is taken by the deployer, and whatever is left goes when the deployer is done or the command ends
 * (closed or failed — a refused deployment).
 */
final class LintedParses {

    /** What the BPMN deployer takes from a parse: its process definitions and their job declarations. */
    record Parsed(List<ProcessDefinitionEntity> processDefinitions, Map<String, List<JobDeclaration<?, ?>>> jobDeclarations) {
    }

    /** One kept parse, with what it was made of: the deployer only takes it for the same bytes and settings. */
    private record Kept(byte[] content, boolean validatingSchema, Parsed parsed) {
    }

    private final Map<CommandContext, Map<DeploymentEntity, Map<String, Kept>>> byCommand = new ConcurrentHashMap<>();

    private final CommandContextListener forget = new CommandContextListener() {
        @Override
        public void onCommandContextClose(CommandContext commandContext) {
            byCommand.remove(commandContext);
        }

        @Override
        public void onCommandFailed(CommandContext commandContext, Throwable t) {
            byCommand.remove(commandContext);
        }
    };

    /** Keeps an executed parse of the resource's content for the deployment's BPMN deployer, in the current command. */
    void keep(DeploymentEntity deployment, String name, byte[] content, BpmnParse parse) {
        CommandContext command = Context.getCommandContext();
        if (command == null) {
            return;
        }
        Map<DeploymentEntity, Map<String, Kept>> deployments = byCommand.computeIfAbsent(command, c -> {
            c.registerCommandContextListener(forget);
            return new IdentityHashMap<>();
        });
        // the parse keeps the XML tree it read: keep only what the deployer takes
        deployments.computeIfAbsent(deployment, d -> new HashMap<>()).put(name, new Kept(content,
                deployment.isValidatingSchema(), new Parsed(parse.getProcessDefinitions(), parse.getJobDeclarations())));
    }

    /**
     * The kept parse of the resource, removed; {@code null} when there is none (a deployment the lint skipped)
     * or it was made of other bytes or with another schema validation than the deployment's.
     */
    Parsed take(DeploymentEntity deployment, ResourceEntity resource) {
        Map<String, Kept> kept = deployment(deployment);
        Kept parse = kept == null ? null : kept.remove(resource.getName());
        if (parse == null || parse.validatingSchema() != deployment.isValidatingSchema()
                || !Arrays.equals(parse.content(), resource.getBytes())) {
            return null;
        }
        return parse.parsed();
    }

    /** Forgets what is left for the deployment. */
    void forget(DeploymentEntity deployment) {
        CommandContext command = Context.getCommandContext();
        Map<DeploymentEntity, Map<String, Kept>> deployments = command == null ? null : byCommand.get(command);
        if (deployments != null) {
            deployments.remove(deployment);
        }
    }

    /** How many commands hold parses (tests: none once a deployment is done or refused). */
    int commandsHolding() {
        return byCommand.size();
    }

    private Map<String, Kept> deployment(DeploymentEntity deployment) {
        CommandContext command = Context.getCommandContext();
        Map<DeploymentEntity, Map<String, Kept>> deployments = command == null ? null : byCommand.get(command);
        return deployments == null ? null : deployments.get(deployment);
    }
}
