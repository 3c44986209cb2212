package vn.motcua.design.lint;

import java.util.HashMap;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.core.model.Properties;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ResourceEntity;

/**
 * The engine's BPMN deployer, taking the parse the lint ({@link LintDeployer}) already ran on a file of the
 * deployment instead of parsing it again: the same parser, the same deployment, the same bytes and schema
 * validation, so the same process definitions and job declarations. Parses itself when the lint kept nothing
 * (a cache miss re-deploying an old deployment, which the lint skips).
 */
final class LintedBpmnDeployer extends BpmnDeployer {

    private final LintedParses parses;
    private final AtomicLong reused = new AtomicLong();

    /** A deployer configured as the engine's original (expression manager, parser with its listeners, id generator). */
    LintedBpmnDeployer(BpmnDeployer original, LintedParses parses) {
        this.parses = parses;
        setExpressionManager(original.getExpressionManager());
        setBpmnParser(original.getBpmnParser());
        setIdGenerator(original.getIdGenerator());
    }

    @Override
    public void deploy(DeploymentEntity deployment) {
        try {
            super.deploy(deployment);
        } finally {
            parses.forget(deployment);
        }
    }

    @Override
    protected List<ProcessDefinitionEntity> transformDefinitions(DeploymentEntity deployment, ResourceEntity resource,
                                                                 Properties properties) {
        LintedParses.Parsed parsed = parses.take(deployment, resource);
        if (parsed == null) {
            return super.transformDefinitions(deployment, resource, properties);
        }
        reused.incrementAndGet();
        // as BpmnDeployer#transformDefinitions does with the parse it executes
        if (!properties.contains(JOB_DECLARATIONS_PROPERTY)) {
            properties.set(JOB_DECLARATIONS_PROPERTY, new HashMap<>());
        }
        properties.get(JOB_DECLARATIONS_PROPERTY).putAll(parsed.jobDeclarations());
        return parsed.processDefinitions();
    }

    /** Where the lint's parses are kept (tests). */
    LintedParses parses() {
        return parses;
    }

    /** How many files were deployed from the lint's parse (tests). */
    long reused() {
        return reused.get();
    }
}
