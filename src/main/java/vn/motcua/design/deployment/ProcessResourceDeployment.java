package vn.motcua.design.deployment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.repository.DeploymentWithDefinitions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.design.lint.DeploymentLintException;

/**
 * Deploys every BPMN, DMN and Camunda Form found under {@code processes/} and {@code forms/} on the
 * classpath as ONE deployment when the engine starts, with duplicate filtering: a restart without
 * changes deploys nothing new, a change deploys the whole set again so that processes, decisions and
 * forms bound with {@code binding="deployment"} stay in step.
 * <p>
 * Resources are named by their path below the classpath root ({@code processes/civil-status/x.bpmn}),
 * so that the names, and hence duplicate filtering, are the same from {@code target/classes} and from
 * the packaged jar; Camunda's own auto-deployment would name them by absolute file path.
 */
@Component
class ProcessResourceDeployment extends AbstractProcessEnginePlugin {

    static final String DEPLOYMENT_NAME = "motcua";
    private static final Logger log = LoggerFactory.getLogger(ProcessResourceDeployment.class);
    private static final Map<String, List<String>> ROOTS = Map.of(
            "processes", List.of("bpmn", "dmn", "form"),
            "forms", List.of("form"));

    private final ResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
    private final AuditTrail audit;

    ProcessResourceDeployment(@Lazy AuditTrail audit) {
        this.audit = audit;
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        Map<String, Resource> resources = findResources();
        if (resources.isEmpty()) {
            return;
        }
        DeploymentBuilder deployment = engine.getRepositoryService().createDeployment()
                .name(DEPLOYMENT_NAME)
                .source("motcua classpath")
                .enableDuplicateFiltering(false);
        resources.forEach((name, resource) -> {
            try {
                deployment.addInputStream(name, resource.getInputStream());
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + name, e);
            }
        });
        long before = engine.getRepositoryService().createDeploymentQuery().count();
        DeploymentWithDefinitions result;
        try {
            result = deployment.deployWithResult();
        } catch (DeploymentLintException e) {
            // fail fast, but list every problem first: the exception's message is one long line in a stack trace
            e.problems().forEach(problem -> log.error("Lint: {}", problem));
            throw e;
        }
        if (engine.getRepositoryService().createDeploymentQuery().count() > before) {
            audit.record(Instant.now(), "system", AuditAction.DEPLOYMENT_CREATE, "deployment " + result.getId(),
                    resources.size() + " resources from the classpath", null);
        }
        log.info("Deployment {} holds {} resources; new definitions: {} processes, {} decisions",
                result.getId(), resources.size(),
                result.getDeployedProcessDefinitions() == null ? 0 : result.getDeployedProcessDefinitions().size(),
                result.getDeployedDecisionDefinitions() == null ? 0 : result.getDeployedDecisionDefinitions().size());
    }

    /** The deployable resources by their name below the classpath root, in a stable order. */
    Map<String, Resource> findResources() {
        Map<String, Resource> byName = new TreeMap<>();
        try {
            for (var root : ROOTS.entrySet()) {
                Resource[] rootDirectories = resolver.getResources("classpath*:" + root.getKey() + "/");
                for (String extension : root.getValue()) {
                    for (Resource resource : resolver.getResources(
                            "classpath*:" + root.getKey() + "/**/*." + extension)) {
                        byName.put(nameOf(resource, root.getKey(), rootDirectories), resource);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list process resources", e);
        }
        return byName;
    }

    private static String nameOf(Resource resource, String root, Resource[] rootDirectories) throws IOException {
        String url = resource.getURL().toString();
        for (Resource directory : rootDirectories) {
            String prefix = directory.getURL().toString();
            if (url.startsWith(prefix)) {
                return root + "/" + url.substring(prefix.length());
            }
        }
        throw new IllegalStateException("Resource outside its classpath root: " + url);
    }
}
