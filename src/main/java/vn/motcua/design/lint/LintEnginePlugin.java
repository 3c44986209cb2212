package vn.motcua.design.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.impl.bpmn.deployer.BpmnDeployer;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Procedure;
import vn.motcua.design.expression.ModelExpressionAllowlist;
import vn.motcua.design.expression.ModelExpressionProperties;

/**
 * Engine plugin: every deployment passes the lint ({@link LintDeployer}) before the engine's own
 * deployers, whose BPMN deployer then deploys the lint's parses ({@link LintedBpmnDeployer}). Legal limits come from the {@link Catalog} (the procedure version in force today), and
 * from the classpath's {@code processes/catalog/procedures.yaml} for process keys the catalog does not
 * know yet — on the first start the engine deploys before the catalog file is loaded.
 */
@Component
class LintEnginePlugin extends AbstractProcessEnginePlugin {

    private static final String CATALOG_FILE = "processes/catalog/procedures.yaml";

    private static final Logger LOG = LoggerFactory.getLogger(LintEnginePlugin.class);

    private final Catalog catalog;
    private final ListableBeanFactory beans;
    private final Set<String> modelBeans;
    private final LintedParses parses = new LintedParses();
    private volatile FileLimits fileLimits;

    private record FileLimits(LocalDate day, ProcedureLimits limits) {
    }

    LintEnginePlugin(@Lazy Catalog catalog, ListableBeanFactory beans, ModelExpressionProperties expressions) {
        this.catalog = catalog;
        this.beans = beans;
        this.modelBeans = Set.copyOf(expressions.beans());
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = new ArrayList<>();
        if (configuration.getCustomPreDeployers() != null) {
            deployers.addAll(configuration.getCustomPreDeployers());
        }
        deployers.add(new LintDeployer(this::limits, parses, this::isPlatformComponent));
        configuration.setCustomPreDeployers(deployers);
    }

    /**
     * Replaces the engine's BPMN deployer by one that deploys the lint's parse of each file instead of parsing it
     * again ({@link LintedBpmnDeployer}), configured as the original. The engine builds its deployers twice (the
     * configuration's list and the deployment cache's, which deploys): both now hold the configuration's list,
     * whose BPMN parser the lint uses.
     */
    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = new ArrayList<>(configuration.getDeployers());
        boolean replaced = false;
        for (int i = 0; i < deployers.size(); i++) {
            if (deployers.get(i).getClass() == BpmnDeployer.class) {
                deployers.set(i, new LintedBpmnDeployer((BpmnDeployer) deployers.get(i), parses));
                replaced = true;
                break;
            }
        }
        if (!replaced) {
            // another plugin's own BPMN deployer: keep it, the files are then parsed twice
            LOG.warn("No plain BpmnDeployer among {}: BPMN files are parsed by the lint and again by the deployer", deployers);
        }
        configuration.setDeployers(deployers);
        configuration.getDeploymentCache().setDeployers(deployers);
    }

    /** Whether an expression names a bean of the application, or an engine service, that is not built for models. */
    private boolean isPlatformComponent(String name) {
        return !modelBeans.contains(name) && (ModelExpressionAllowlist.PLATFORM_NAMES.contains(name) || beans.containsBean(name));
    }

    /**
     * The limits of the procedures in force today, read from the catalog once for the whole deployment (not once
     * per process: a generated province holds thousands), with the classpath catalog file for the others.
     */
    private ProcedureLimits limits() {
        Map<String, ProcedureLimits.LegalLimit> fromCatalog = new HashMap<>();
        for (Procedure procedure : catalog.inForce(LocalDate.now())) {
            ProcedureLimits.LegalLimit limit = ProcedureLimits.LegalLimit.of(procedure);
            // several procedures may share a process: the first by code with a limit
            if (limit != null && procedure.processKey() != null) {
                fromCatalog.putIfAbsent(procedure.processKey(), limit);
            }
        }
        ProcedureLimits file = catalogFile();
        return processKey -> fromCatalog.containsKey(processKey)
                ? Optional.of(fromCatalog.get(processKey)) : file.of(processKey);
    }

    /**
     * The classpath catalog's limits, read once per day rather than for every process of every deployment
     * that the database catalog does not know (common building blocks, newly generated procedures).
     */
    private ProcedureLimits catalogFile() {
        LocalDate today = LocalDate.now();
        FileLimits read = fileLimits;
        if (read == null || !read.day().equals(today)) {
            read = new FileLimits(today, readCatalogFile(today));
            fileLimits = read;
        }
        return read.limits();
    }

    private static ProcedureLimits readCatalogFile(LocalDate day) {
        ClassPathResource file = new ClassPathResource(CATALOG_FILE);
        if (!file.exists()) {
            return ProcedureLimits.NONE;
        }
        try (InputStream in = file.getInputStream()) {
            return CatalogFileLimits.read(in, day);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + CATALOG_FILE, e);
        }
    }
}
