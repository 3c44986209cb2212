package vn.motcua.design.lint;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * Pre-deployer: lints every new deployment before the engine's deployers run, whatever the path
 * (REST as Camunda Modeler sends it, the Java API, motcua's classpath deployment), and refuses it with
 * one {@link DeploymentLintException} listing every problem. The engine's own BPMN parse runs here too,
 * for each file, so that its errors come in the same answer rather than one file at a time; a successful
 * parse is kept ({@link LintedParses}) for the engine's BPMN deployer ({@link LintedBpmnDeployer}), which
 * deploys it rather than parsing the file again.
 */
final class LintDeployer implements Deployer {

    private final Supplier<ProcedureLimits> limits;
    private final LintedParses parses;
    private final Predicate<String> platformComponent;

    /**
     * @param limits the legal limits, asked once per deployment (a deployment may hold thousands of processes)
     * @param parses where the engine's successful parses are kept for the BPMN deployer
     * @param platformComponent whether a name in an expression is a component models may not use
     */
    LintDeployer(Supplier<ProcedureLimits> limits, LintedParses parses, Predicate<String> platformComponent) {
        this.limits = limits;
        this.parses = parses;
        this.platformComponent = platformComponent;
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        if (!deployment.isNew()) {
            return;    // a cache miss re-parses an old deployment: it was checked when it was made
        }
        Map<String, byte[]> resources = new LinkedHashMap<>();
        for (ResourceEntity resource : deployment.getResources().values()) {
            resources.put(resource.getName(), resource.getBytes());
        }
        ProcessEngineConfigurationImpl configuration = Context.getProcessEngineConfiguration();
        BpmnParser parser = bpmnParser(configuration);
        DeploymentLint lint = new DeploymentLint(configuration.getDmnEngine(),
                new EngineDeployedDefinitions(Context.getCommandContext(), deployment.getTenantId()), limits.get(),
                (file, context) -> engineParse(parser, deployment, file.name(), resources.get(file.name())),
                platformComponent);
        List<LintProblem> problems = lint.check(resources);
        if (!problems.isEmpty()) {
            parses.forget(deployment);
            throw new DeploymentLintException(problems);
        }
    }

    /**
     * The errors of the engine's BPMN parser (with motcua's parse listeners) for one file, parsed as the BPMN
     * deployer parses it (schema validation as the deployment says); a successful parse is kept for the deployer.
     */
    private List<LintProblem> engineParse(BpmnParser parser, DeploymentEntity deployment, String name, byte[] content) {
        try {
            BpmnParse parse = parser.createParse().sourceInputStream(new ByteArrayInputStream(content))
                    .deployment(deployment).name(name);
            if (!deployment.isValidatingSchema()) {
                parse.setSchemaResource(null);
            }
            parse.execute();
            parses.keep(deployment, name, content, parse);
            return List.of();
        } catch (ParseException e) {
            List<LintProblem> problems = new ArrayList<>();
            for (ResourceReport report : e.getResorceReports()) {
                for (Problem error : report.getErrors()) {
                    problems.add(new LintProblem(name, error.getLine(), error.getColumn(), error.getMainElementId(),
                            error.getMessage()));
                }
            }
            if (problems.isEmpty()) {
                problems.add(new LintProblem(name, 0, 0, null, e.getMessage()));
            }
            return problems;
        }
    }

    /** The engine's BPMN parser, held by its BPMN deployer (the one that deploys: {@link LintEnginePlugin}). */
    private static BpmnParser bpmnParser(ProcessEngineConfigurationImpl configuration) {
        return configuration.getDeployers().stream().filter(BpmnDeployer.class::isInstance)
                .map(deployer -> ((BpmnDeployer) deployer).getBpmnParser()).findFirst()
                .orElseThrow(() -> new IllegalStateException("The engine has no BPMN deployer"));
    }

    /** Already deployed definitions, read through the entity managers of the deploying command. */
    private record EngineDeployedDefinitions(CommandContext commands, String tenantId) implements DeployedDefinitions {

        @Override
        public boolean hasProcess(String key) {
            return (tenantId == null
                    ? commands.getProcessDefinitionManager().findLatestProcessDefinitionByKey(key)
                    : commands.getProcessDefinitionManager().findLatestProcessDefinitionByKeyAndTenantId(key, tenantId))
                    != null;
        }

        @Override
        public boolean hasDecision(String key) {
            return (tenantId == null
                    ? commands.getDecisionDefinitionManager().findLatestDecisionDefinitionByKey(key)
                    : commands.getDecisionDefinitionManager().findLatestDecisionDefinitionByKeyAndTenantId(key, tenantId))
                    != null;
        }

        @Override
        public boolean hasForm(String key) {
            return (tenantId == null
                    ? commands.getCamundaFormDefinitionManager().findLatestDefinitionByKey(key)
                    : commands.getCamundaFormDefinitionManager().findLatestDefinitionByKeyAndTenantId(key, tenantId))
                    != null;
        }
    }
}
