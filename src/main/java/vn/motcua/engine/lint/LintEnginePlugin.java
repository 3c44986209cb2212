package vn.motcua.engine.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.springframework.context.annotation.Lazy;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Procedure;

/**
 * Engine plugin: every deployment passes the lint ({@link LintDeployer}) before the engine's own
 * deployers. Legal limits come from the {@link Catalog} (the procedure version in force today), and
 * from the classpath's {@code processes/catalog/procedures.yaml} for process keys the catalog does not
 * know yet — on the first start the engine deploys before the catalog file is loaded.
 */
@Component
class LintEnginePlugin extends AbstractProcessEnginePlugin {

    private static final String CATALOG_FILE = "processes/catalog/procedures.yaml";

    private final Catalog catalog;
    private volatile FileLimits fileLimits;

    private record FileLimits(LocalDate day, ProcedureLimits limits) {
    }

    LintEnginePlugin(@Lazy Catalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        List<Deployer> deployers = new ArrayList<>();
        if (configuration.getCustomPreDeployers() != null) {
            deployers.addAll(configuration.getCustomPreDeployers());
        }
        deployers.add(new LintDeployer(this::limits));
        configuration.setCustomPreDeployers(deployers);
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
