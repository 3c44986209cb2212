package vn.motcua.design.generation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Deployment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.event.TransactionalEventListener;

import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.CatalogChanged;
import vn.motcua.catalog.Procedure;
import vn.motcua.design.generation.ProcedurePatterns.Derivation;
import vn.motcua.design.lint.DeploymentLintException;
import vn.motcua.organization.OrganizationService;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

/**
 * Every procedure in force runs: one nobody assigned a process to runs the process generated from its record
 * ({@link ProcedurePatterns}), deployed with the shared building blocks it calls at start and after each catalog
 * import; a process drawn in Modeler (or from a step table) with the same key always wins. {@link #statuses} says
 * for each procedure how it runs, or why it does not.
 */
@Service
public class CatalogProcesses {

    /** The deployment of the generated processes; a new one only when something in it changed. */
    public static final String DEPLOYMENT_NAME = "motcua-catalog-generated";

    /** At most this many generated processes in one deployment. */
    static final int DEPLOYMENT_PART = 1000;

    private static final Logger log = LoggerFactory.getLogger(CatalogProcesses.class);
    private static final List<String> BUILDING_BLOCKS = List.of("processes/common/*.bpmn", "forms/common-*.form");

    /** How a procedure runs. */
    public enum How { HAND_DRAWN, GENERATED, NOT_RUNNING }

    /**
     * @param pattern who handles a generated procedure ({@link ProcedurePatterns.Pattern}), or {@code null}
     * @param traits  what its record adds ({@link ProcedurePatterns.Trait}), empty when not generated
     * @param reason  in Vietnamese, why a procedure does not run; {@code null} when it runs
     */
    public record Status(String code, String name, String processKey, How how, String pattern, List<String> traits,
                         String reason) {
    }

    /** What one generation deployed: the procedures whose process changed, and how many are unchanged. */
    public record Deployed(List<String> changed, int unchanged) {
    }

    private final Catalog catalog;
    private final OrganizationService organization;
    private final RepositoryService repository;
    private final JdbcClient jdbc;

    CatalogProcesses(Catalog catalog, OrganizationService organization, RepositoryService repository, JdbcClient jdbc) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.organization = organization;
        this.repository = repository;
    }

    @EventListener(ApplicationReadyEvent.class)
    void atStart() {
        deployLogged("start");
    }

    @TransactionalEventListener(fallbackExecution = true)
    void afterImport(CatalogChanged change) {
        deployLogged(change.source());
    }

    /** The import has committed whatever this does: a refused deployment is logged and shown in the statuses. */
    private void deployLogged(String after) {
        try {
            deploy();
        } catch (DeploymentLintException refused) {
            refused.problems().forEach(problem -> log.error("Lint of the generated processes ({}): {}", after, problem));
        } catch (ProcessEngineException refused) {
            log.error("The processes generated from the catalog ({}) were not deployed", after, refused);
        }
    }

    /** On the first minute of a day, versions that take effect that day go live (not when they were imported). */
    @Scheduled(cron = "0 0 0 * * *", zone = "Asia/Ho_Chi_Minh")
    void atMidnight() {
        deployLogged("effective date " + today());
    }

    /**
     * Generates the processes of the procedures in force today that run a generated one, and deploys those that
     * changed (told apart by the process's version tag: the catalog version and {@link ProcessGenerator#fingerprint}),
     * at most {@value #DEPLOYMENT_PART} in a deployment, each with the shared building blocks they call; nothing when
     * nothing changed.
     */
    public Deployed deploy() {
        return deploy(today());
    }

    /** {@link #deploy()} as of a day: the versions in force that day (at midnight the scheduler passes the new day). */
    public synchronized Deployed deploy(LocalDate day) {
        LatestProcesses latest = latestProcesses();
        List<Planned> generated = plan(day, latest.drawn()).stream()
                .filter(planned -> planned.derivation() != null && planned.derivation().generated()).toList();
        ProcessGenerator generator = ProcessGenerator.forProcedures(generated.stream().map(Planned::procedure).toList());
        List<String> changed = new ArrayList<>();
        Map<StepTable, String> toGenerate = new LinkedHashMap<>();
        for (Planned planned : generated) {
            StepTable table = planned.derivation().table();
            String versionTag = "v" + planned.procedure().version() + "-" + generator.fingerprint(table);
            if (!versionTag.equals(latest.generatedTags().get(table.processKey()))) {
                changed.add(planned.procedure().code());
                toGenerate.put(table, versionTag);
            }
        }
        if (toGenerate.isEmpty()) {
            return new Deployed(List.of(), generated.size());
        }
        // a first deployment of a province's catalog in parts: the engine parses and lints a deployment as a whole,
        // in memory (2,000 processes at once need more heap than a small server has)
        List<Map.Entry<StepTable, String>> pending = new ArrayList<>(toGenerate.entrySet());
        Map<String, String> buildingBlocks = buildingBlocks();
        for (int from = 0; from < pending.size(); from += DEPLOYMENT_PART) {
            Map<String, String> files = new LinkedHashMap<>();
            // generating is the costly part (milliseconds a procedure): on every core
            pending.subList(from, Math.min(from + DEPLOYMENT_PART, pending.size())).parallelStream()
                    .map(entry -> GeneratedFiles.withVersionTag(generator.generate(entry.getKey()), entry.getValue()))
                    .toList().forEach(files::putAll);
            var deployment = repository.createDeployment().name(DEPLOYMENT_NAME).source("motcua catalog")
                    .enableDuplicateFiltering(false);
            buildingBlocks.forEach(deployment::addString);
            files.forEach(deployment::addString);
            Deployment deployed = deployment.deploy();
            log.info("Deployment {} of processes generated from the catalog: {} of {} changed ({} unchanged)",
                    deployed.getId(), Math.min(from + DEPLOYMENT_PART, pending.size()) - from, changed.size(),
                    generated.size() - changed.size());
        }
        return new Deployed(changed, generated.size() - changed.size());
    }

    /** How each procedure in force on the day runs, by code. */
    public List<Status> statuses(LocalDate day) {
        LatestProcesses latest = latestProcesses();
        return plan(day, latest.drawn()).stream().map(Planned::status).map(status -> status.how() != How.GENERATED
                || latest.generatedTags().containsKey(status.processKey()) ? status
                : new Status(status.code(), status.name(), status.processKey(), How.NOT_RUNNING, status.pattern(),
                        status.traits(), "Quy trình sinh tự động chưa triển khai được (xem nhật ký của máy chủ)"))
                .toList();
    }

    /**
     * How one procedure version runs: hand-drawn when a process with its key was deployed by anyone but the
     * catalog generation, generated when it runs its record's process, else not at all.
     */
    public How how(Procedure procedure) {
        String key = procedure.processKey();
        if (key != null && latestProcesses().drawn().contains(key)) {
            return How.HAND_DRAWN;
        }
        return procedure.runsGeneratedProcess() ? How.GENERATED : How.NOT_RUNNING;
    }

    /** The step table of a procedure version by its pattern and configuration, or why it has none. */
    public Derivation derive(Procedure procedure) {
        try {
            return ProcedurePatterns.byUnitNames(organization.unitNames()).derive(procedure);
        } catch (IllegalArgumentException unfit) {
            return new Derivation(null, Set.of(), null, "Bản ghi không sinh được quy trình: " + unfit.getMessage());
        }
    }

    /** The patterns with the province's units as they are now (e.g. {@link ProcedurePatterns#implementingUnit}). */
    public ProcedurePatterns patterns() {
        return ProcedurePatterns.byUnitNames(organization.unitNames());
    }

    /**
     * The files a deployment of this version's generated process would hold (BPMN first, its forms and decisions),
     * generated without deploying anything; the shared building blocks are not among them ({@link #buildingBlocks}).
     */
    public ProcessGenerator.GeneratedProcess generate(Procedure procedure, StepTable table) {
        return ProcessGenerator.forProcedures(List.of(procedure)).generate(table);
    }

    /** The BPMN XML of the latest deployed process with this key, if any. */
    public Optional<String> deployedBpmn(String processKey) {
        var definition = repository.createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion()
                .withoutTenantId().singleResult();
        if (definition == null) {
            return Optional.empty();
        }
        try (InputStream in = repository.getProcessModel(definition.getId())) {
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private record Planned(Procedure procedure, Status status, Derivation derivation) {
    }

    private List<Planned> plan(LocalDate day, Set<String> drawn) {
        ProcedurePatterns patterns = ProcedurePatterns.byUnitNames(organization.unitNames());
        List<Planned> planned = new ArrayList<>();
        for (Procedure procedure : catalog.inForce(day).stream().sorted(Comparator.comparing(Procedure::code)).toList()) {
            String key = procedure.processKey();
            if (key != null && drawn.contains(key)) {
                planned.add(new Planned(procedure, status(procedure, How.HAND_DRAWN, null, null), null));
            } else if (!procedure.runsGeneratedProcess()) {
                planned.add(new Planned(procedure, status(procedure, How.NOT_RUNNING, null,
                        "Quy trình \"" + key + "\" chưa được triển khai"), null));
            } else {
                Derivation derivation;
                try {
                    derivation = patterns.derive(procedure);
                } catch (IllegalArgumentException unfit) {
                    derivation = new Derivation(null, Set.of(), null, "Bản ghi không sinh được quy trình: "
                            + unfit.getMessage());
                }
                planned.add(new Planned(procedure, derivation.generated()
                        ? status(procedure, How.GENERATED, derivation, null)
                        : status(procedure, How.NOT_RUNNING, derivation, derivation.reason()), derivation));
            }
        }
        return planned;
    }

    private static Status status(Procedure procedure, How how, Derivation derivation, String reason) {
        return new Status(procedure.code(), procedure.name(), procedure.processKey(), how,
                derivation == null || derivation.pattern() == null ? null : derivation.pattern().name(),
                derivation == null ? List.of() : derivation.traits().stream().map(Enum::name).sorted().toList(), reason);
    }

    /**
     * Keys of the latest process definitions: {@code drawn} in Modeler or from a step table (any deployment but this
     * generation's), and the version tags of those {@code generated} by this generation, by key.
     */
    private record LatestProcesses(Set<String> drawn, Map<String, String> generatedTags) {
    }

    private LatestProcesses latestProcesses() {
        // read from the engine's tables: its query API loads every definition's BPMN to read the documentation,
        // seconds for a province's two thousand processes
        Set<String> drawn = new HashSet<>();
        Map<String, String> tags = new HashMap<>();
        jdbc.sql("""
                        select d.key_, d.version_tag_, dep.name_ from act_re_procdef d
                        join act_re_deployment dep on dep.id_ = d.deployment_id_
                        where d.tenant_id_ is null and d.version_ = (select max(v.version_) from act_re_procdef v
                                                                   where v.key_ = d.key_ and v.tenant_id_ is null)""")
                .query((rs, row) -> {
                    String key = rs.getString(1);
                    if (!DEPLOYMENT_NAME.equals(rs.getString(3))) {
                        drawn.add(key);
                    } else if (!key.startsWith("common-")) {
                        tags.put(key, rs.getString(2) == null ? "" : rs.getString(2));
                    }
                    return key;
                }).list();
        return new LatestProcesses(drawn, tags);
    }

    /** The shared call activities and their forms, which generated processes call with binding "deployment". */
    public static Map<String, String> buildingBlocks() {
        Map<String, String> files = new LinkedHashMap<>();
        PathMatchingResourcePatternResolver resolver = new PathMatchingResourcePatternResolver();
        try {
            for (String pattern : BUILDING_BLOCKS) {
                for (Resource resource : resolver.getResources("classpath*:" + pattern)) {
                    try (InputStream in = resource.getInputStream()) {
                        files.put(pattern.substring(0, pattern.lastIndexOf('/') + 1) + resource.getFilename(),
                                new String(in.readAllBytes(), StandardCharsets.UTF_8));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the shared building blocks", e);
        }
        return files;
    }

    private static LocalDate today() {
        return LocalDate.now(WorkingTimeCalculator.ZONE);
    }
}
