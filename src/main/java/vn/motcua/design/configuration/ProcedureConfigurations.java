package vn.motcua.design.configuration;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.Procedure.Configuration;
import vn.motcua.catalog.Procedure.Fee;
import vn.motcua.design.configuration.ProcedureAdministration.Change;
import vn.motcua.design.configuration.ProcedureAdministration.Deployed;
import vn.motcua.design.configuration.ProcedureAdministration.DeploymentRequest;
import vn.motcua.design.configuration.ProcedureAdministration.FieldError;
import vn.motcua.design.configuration.ProcedureAdministration.Finding;
import vn.motcua.design.configuration.ProcedureAdministration.LintVerdict;
import vn.motcua.design.configuration.ProcedureAdministration.PendingVersion;
import vn.motcua.design.configuration.ProcedureAdministration.Preview;
import vn.motcua.design.configuration.ProcedureAdministration.PreviewRequest;
import vn.motcua.design.configuration.ProcedureAdministration.ProcedureDetail;
import vn.motcua.design.configuration.ProcedureAdministration.ProcedureItem;
import vn.motcua.design.configuration.ProcedureAdministration.ProcedurePage;
import vn.motcua.design.configuration.ProcedureAdministration.Runs;
import vn.motcua.design.configuration.ProcedureAdministration.UnitRef;
import vn.motcua.design.configuration.ProcedureAdministration.VersionItem;
import vn.motcua.design.generation.CatalogProcesses;
import vn.motcua.design.generation.CatalogProcesses.How;
import vn.motcua.design.generation.ConfiguredProcedure;
import vn.motcua.design.generation.ProcedurePatterns;
import vn.motcua.design.generation.ProcedurePatterns.Derivation;
import vn.motcua.design.generation.ProcessGenerator;
import vn.motcua.design.generation.ProcessGenerator.GeneratedProcess;
import vn.motcua.design.generation.StepTable;
import vn.motcua.design.lint.DeployedDefinitions;
import vn.motcua.design.lint.DeploymentLint;
import vn.motcua.design.lint.LintProblem;
import vn.motcua.design.lint.ProcedureLimits;
import vn.motcua.organization.AdministrationScope;
import vn.motcua.organization.AdministrationScope.Scope;
import vn.motcua.organization.OrganizationService;
import vn.motcua.organization.Unit;
import vn.motcua.platform.web.ConflictException;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

/**
 * An administrator's configuration of a generated procedure: its steps, units, times and reception form fields
 * (and fee) become a new catalog version effective from a chosen day, its process generated, linted and, when
 * the day is today, deployed at once in the same transaction (a refused generation or deployment leaves no
 * version); a later day goes live with the midnight deployment of {@link CatalogProcesses}. Dossiers received
 * before keep the version and process they started with. A process drawn in Camunda Modeler is only shown.
 * A department's or commune's administrator sees only the procedures their unit's subtree implements; anything
 * else is "not found".
 */
@Service
public class ProcedureConfigurations {

    static final int PAGE_SIZE = 50;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Catalog catalog;
    private final CatalogProcesses processes;
    private final OrganizationService organization;
    private final AdministrationScope scopes;
    private final RepositoryService repository;
    private final AuditTrail audit;
    private final DmnEngine dmnEngine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    ProcedureConfigurations(Catalog catalog, CatalogProcesses processes, OrganizationService organization,
                            AdministrationScope scopes, RepositoryService repository, AuditTrail audit) {
        this.catalog = catalog;
        this.processes = processes;
        this.organization = organization;
        this.scopes = scopes;
        this.repository = repository;
        this.audit = audit;
    }

    /** The procedures in force in the scope whose code or name contains {@code query}, a page of {@value #PAGE_SIZE}. */
    public ProcedurePage list(Scope scope, String query, int page) {
        LocalDate today = today();
        Map<String, How> how = processes.statuses(today).stream()
                .collect(Collectors.toMap(CatalogProcesses.Status::code, CatalogProcesses.Status::how, (a, b) -> a));
        Map<String, String> names = organization.unitNames();
        String wanted = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        Map<String, PendingVersion> pending = new LinkedHashMap<>();
        catalog.allVersions().stream().filter(version -> version.validFrom().isAfter(today))
                .sorted(Comparator.comparing(Procedure::validFrom))
                .forEach(version -> pending.putIfAbsent(version.code(),
                        new PendingVersion(version.version(), version.validFrom())));
        ProcedurePatterns patterns = processes.patterns();
        List<ProcedureItem> matching = new ArrayList<>();
        for (Procedure procedure : catalog.inForce(today)) {
            if (!wanted.isEmpty() && !procedure.code().toLowerCase(Locale.ROOT).contains(wanted)
                    && !procedure.name().toLowerCase(Locale.ROOT).contains(wanted)) {
                continue;
            }
            Optional<String> unit = patterns.implementingUnit(procedure);
            if (covers(scope, unit)) {
                matching.add(new ProcedureItem(procedure.code(), procedure.name(), procedure.level().name(),
                        unit.map(code -> new UnitRef(code, names.getOrDefault(code, code))).orElse(null),
                        runs(how.getOrDefault(procedure.code(), How.NOT_RUNNING)), procedure.version(),
                        pending.get(procedure.code())));
            }
        }
        int from = Math.min(Math.max(page, 0) * PAGE_SIZE, matching.size());
        return new ProcedurePage(matching.subList(from, Math.min(from + PAGE_SIZE, matching.size())), Math.max(page, 0),
                PAGE_SIZE, matching.size());
    }

    /** The version in force with its configuration (an administrator's, or the one derived from its record). */
    public ProcedureDetail detail(Scope scope, String code) {
        LocalDate today = today();
        Procedure procedure = inForce(scope, code);
        How how = processes.how(procedure);
        Configuration configuration = null;
        String reason = null;
        if (how != How.HAND_DRAWN && procedure.runsGeneratedProcess()) {
            Derivation derivation = processes.derive(procedure);
            if (derivation.generated()) {
                configuration = current(procedure, derivation);
            } else {
                reason = derivation.reason();
            }
        } else {
            reason = how == How.HAND_DRAWN
                    ? "Quy trình vẽ tay: chỉ xem ở đây; chỉnh sửa bằng Camunda Modeler."
                    : "Thủ tục chạy quy trình \"" + procedure.processKey() + "\" do người thiết kế gán.";
        }
        Procedure.LegalLimit limit = procedure.limit();
        List<Procedure> all = catalog.versions(code);
        List<VersionItem> versions = all.stream()
                .sorted(Comparator.comparingInt(Procedure::version))
                .map(version -> new VersionItem(version.version(), version.validFrom(), lastDay(version, all),
                        version.configuration() == null ? null : version.configuration().note(),
                        decision(version),
                        version.configuration() == null ? null : version.configuration().configuredBy()))
                .toList();
        Optional<String> unit = implementingUnit(procedure);
        return new ProcedureDetail(procedure.code(), procedure.name(), procedure.level().name(),
                unit.map(this::unitRef).orElse(null), runs(how), procedure.version(), procedure.validFrom(),
                limit == null ? null : limit.describe(), limit == null ? null : limit.workingDays(),
                limit == null ? null : limit.workingHours(), limit != null && limit.sameDay(),
                limit == null ? null : limit.extendedWorkingDays(), procedure.fee(),
                ConfigurationDiff.feeText(procedure.fee()), configuration != null,
                procedure.configuration() != null, configuration, reason, versions, pending(code, today).orElse(null));
    }

    /** What the configuration would deploy, against the version in force; nothing is written. */
    public Preview preview(Scope scope, String code, PreviewRequest request) {
        Procedure current = editable(scope, code);
        checks(scope, current).check(current, request.configuration(), request.fee(), false, null, today());
        Procedure candidate = current.configured(request.configuration(), feeOf(request.fee(), current));
        Derivation derivation = derivation(candidate);
        ConfigurationChecks.byCommune(request.configuration(), routedByCommune(derivation.table()));
        GeneratedProcess generated = processes.generate(candidate, derivation.table());
        List<Finding> findings = lint(candidate, generated).stream()
                .map(problem -> new Finding(problem.resource(), problem.elementId(), problem.message())).toList();
        Derivation before = processes.derive(current);
        List<Change> diff = ConfigurationDiff.between(
                before.generated() ? withCommuneRouting(ConfiguredProcedure.of(before.table()), current.configuration())
                        : new Configuration(List.of(), List.of(), List.of(), null, null), current.fee(),
                withReceivingUnits(ConfiguredProcedure.of(derivation.table()), request.configuration()),
                candidate.fee(), this::unitName);
        return new Preview(generated.bpmn(), startForm(generated), diff, new LintVerdict(findings.isEmpty(), findings));
    }

    /**
     * Publishes the configuration as a new version effective from the requested day, and deploys its process now
     * when that day is today; all or nothing.
     */
    @Transactional
    public Deployed deploy(Scope scope, String code, DeploymentRequest request, String actor, String remoteAddress) {
        LocalDate today = today();
        Procedure current = editable(scope, code);
        checks(scope, current).check(current, request.configuration(), request.fee(), true, request.effectiveFrom(), today);
        Configuration configuration = request.configuration();
        Configuration recorded = configuration.recorded(blankToNull(request.note()), actor);
        Procedure candidate = current.configured(recorded, feeOf(request.fee(), current));
        Derivation derivation = derivation(candidate);
        ConfigurationChecks.byCommune(recorded, routedByCommune(derivation.table()));
        GeneratedProcess generated = processes.generate(candidate, derivation.table());
        List<LintProblem> problems = lint(candidate, generated);
        if (!problems.isEmpty()) {
            throw new ConfigurationRefused(problems.stream().map(problem -> new FieldError("lint",
                    problem.message())).toList());
        }
        Deployed deployed = publish(candidate, request.effectiveFrom(), today);
        audit.record(Instant.now(), actor, AuditAction.PROCEDURE_CONFIGURATION_DEPLOYED, code,
                "phiên bản " + deployed.version() + " hiệu lực từ " + DAY.format(deployed.validFrom())
                        + (recorded.note() == null ? "" : "; " + recorded.note()), remoteAddress);
        return deployed;
    }

    /** Publishes the configuration and fee of the version before the one in force as a new version, effective today. */
    @Transactional
    public Deployed rollback(Scope scope, String code, String actor, String remoteAddress) {
        LocalDate today = today();
        Procedure current = editable(scope, code);
        Procedure previous = catalog.versions(code).stream().filter(version -> version.version() < current.version())
                .findFirst().orElseThrow(() -> new ConflictException("Thủ tục " + code + " chưa có phiên bản trước "
                        + "phiên bản " + current.version() + " để quay lại."));
        Configuration restored = previous.configuration() == null ? null
                : previous.configuration().recorded("Quay lại cấu hình của phiên bản " + previous.version(), actor);
        Deployed deployed = publish(current.configured(restored, previous.fee()), today, today);
        audit.record(Instant.now(), actor, AuditAction.PROCEDURE_CONFIGURATION_ROLLED_BACK, code,
                "phiên bản " + deployed.version() + " = cấu hình của phiên bản " + previous.version(), remoteAddress);
        return deployed;
    }

    /** The BPMN XML of the process in force (hand-drawn or generated), for the viewer. */
    public String bpmn(Scope scope, String code) {
        Procedure procedure = inForce(scope, code);
        return processes.deployedBpmn(procedure.processKey()).orElseThrow(() -> new NoSuchElementException(
                "Thủ tục " + code + " chưa có quy trình được triển khai."));
    }

    private Deployed publish(Procedure candidate, LocalDate from, LocalDate today) {
        String code = candidate.code();
        List<Procedure> versions = catalog.versions(code);
        versions.stream().filter(version -> version.validFrom().isAfter(today) && !version.validFrom().isBefore(from))
                .findFirst().ifPresent(pending -> {
                    throw new ConflictException("Thủ tục " + code + " đã có phiên bản " + pending.version()
                            + " chờ hiệu lực từ ngày " + DAY.format(pending.validFrom()) + ": chọn ngày hiệu lực sau ngày đó.");
                });
        int number = versions.stream().mapToInt(Procedure::version).max().orElse(0) + 1;
        Procedure next = candidate.asVersion(number, from);
        try {
            catalog.publish(next);
        } catch (DuplicateKeyException | IllegalStateException concurrent) {
            throw new ConflictException("Thủ tục " + code + " vừa được thay đổi bởi người khác; hãy tải lại và thử lại.");
        }
        String definitionId = null;
        if (from.equals(today)) {
            processes.deploy(today);
            ProcessDefinition definition = repository.createProcessDefinitionQuery()
                    .processDefinitionKey(next.processKey()).withoutTenantId().latestVersion().singleResult();
            if (definition == null || definition.getVersionTag() == null
                    || !definition.getVersionTag().startsWith("v" + number + "-")) {
                throw new IllegalStateException("The process of " + code + " v" + number + " was not deployed");
            }
            definitionId = definition.getId();
        }
        return new Deployed(code, number, from, definitionId);
    }

    /** The version in force, if the scope covers it; "not found" otherwise (a unit administrator learns nothing). */
    private Procedure inForce(Scope scope, String code) {
        Procedure procedure = catalog.inForce(code, today()).orElse(null);
        if (procedure == null || !covers(scope, implementingUnit(procedure))) {
            throw new NoSuchElementException("Không có thủ tục mã " + code + " trong phạm vi quản trị của bạn.");
        }
        return procedure;
    }

    /** The version in force of a procedure running its generated process. */
    private Procedure editable(Scope scope, String code) {
        Procedure procedure = inForce(scope, code);
        if (processes.how(procedure) == How.HAND_DRAWN) {
            throw new ConflictException("Thủ tục " + code + " chạy quy trình vẽ tay \"" + procedure.processKey()
                    + "\": chỉ xem được ở đây; hãy chỉnh sửa quy trình bằng Camunda Modeler.");
        }
        if (!procedure.runsGeneratedProcess()) {
            throw new ConflictException("Thủ tục " + code + " chạy quy trình \"" + procedure.processKey()
                    + "\" do người thiết kế gán: hãy chỉnh sửa quy trình bằng Camunda Modeler.");
        }
        return procedure;
    }

    private Derivation derivation(Procedure candidate) {
        Derivation derivation = processes.derive(candidate);
        if (!derivation.generated()) {
            throw new ConfigurationRefused(List.of(new FieldError("steps", derivation.reason())));
        }
        return derivation;
    }

    private List<LintProblem> lint(Procedure procedure, GeneratedProcess generated) {
        Map<String, byte[]> resources = new LinkedHashMap<>();
        CatalogProcesses.buildingBlocks().forEach((name, text) -> resources.put(name, bytes(text)));
        generated.files().forEach((name, text) -> resources.put(name, bytes(text)));
        ProcedureLimits limits = key -> key.equals(procedure.processKey())
                ? Optional.ofNullable(ProcedureLimits.LegalLimit.of(procedure)) : Optional.empty();
        return new DeploymentLint(dmnEngine, new EngineDefinitions(repository), limits).check(resources);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** The definitions deployed on the engine, by key. */
    private record EngineDefinitions(RepositoryService repository) implements DeployedDefinitions {

        @Override
        public boolean hasProcess(String key) {
            return repository.createProcessDefinitionQuery().processDefinitionKey(key).count() > 0;
        }

        @Override
        public boolean hasDecision(String key) {
            return repository.createDecisionDefinitionQuery().decisionDefinitionKey(key).count() > 0;
        }

        @Override
        public boolean hasForm(String key) {
            return false;
        }
    }

    private static Object startForm(GeneratedProcess generated) {
        String form = generated.files().get(ProcessGenerator.FORM_FOLDER + generated.processKey() + "-start.form");
        try {
            return form == null ? null : JSON.readTree(form);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private Configuration current(Procedure procedure, Derivation derivation) {
        Configuration derived = ConfiguredProcedure.of(derivation.table());
        Configuration explicit = procedure.configuration();
        return explicit == null ? derived : new Configuration(derived.steps(), derived.fields(),
                explicit.receivingUnits(), explicit.note(), explicit.configuredBy(), explicit.communeRouting());
    }

    private static Configuration withReceivingUnits(Configuration derived, Configuration requested) {
        return new Configuration(derived.steps(), derived.fields(), requested.receivingUnits(), null, null,
                requested.communeRouting());
    }

    /** The derived configuration with the commune routing overrides of the version in force, if any. */
    private static Configuration withCommuneRouting(Configuration derived, Configuration inForce) {
        return inForce == null ? derived : new Configuration(derived.steps(), derived.fields(), derived.receivingUnits(),
                null, null, inForce.communeRouting());
    }

    /** Whether the table hands the dossier to the receiving commune, first or at a later step. */
    private static boolean routedByCommune(StepTable table) {
        return "commune".equals(table.routing())
                || table.steps().stream().anyMatch(step -> "commune".equals(step.routing()));
    }

    private static Fee feeOf(Fee requested, Procedure current) {
        return requested == null ? current.fee() : requested;
    }

    /** The checks for a change of the version in force. */
    private ConfigurationChecks checks(Scope scope, Procedure current) {
        Map<String, Unit> units = organization.units().stream().collect(Collectors.toMap(Unit::code, Function.identity()));
        Derivation inForce = processes.derive(current);
        Set<String> unitsInForce = inForce.generated() ? ConfiguredProcedure.of(inForce.table()).steps().stream()
                .map(step -> step.unit()).filter(Objects::nonNull).collect(Collectors.toSet()) : Set.of();
        return new ConfigurationChecks(units, scopes, scope, unitsInForce, organization::isActive);
    }

    private Optional<String> implementingUnit(Procedure procedure) {
        return processes.patterns().implementingUnit(procedure);
    }

    private boolean covers(Scope scope, Optional<String> unit) {
        return scope.isProvince() || unit.isPresent() && scopes.covers(scope, unit.get());
    }

    private Optional<PendingVersion> pending(String code, LocalDate today) {
        return catalog.versions(code).stream().filter(version -> version.validFrom().isAfter(today))
                .min(Comparator.comparing(Procedure::validFrom))
                .map(version -> new PendingVersion(version.version(), version.validFrom()));
    }

    private UnitRef unitRef(String code) {
        return new UnitRef(code, unitName(code));
    }

    private String unitName(String code) {
        return organization.unitNames().getOrDefault(code, code);
    }

    /**
     * The last day a version applies: its own last day, else the day before a higher version takes effect (the
     * highest version valid on a day is the one in force), or its first day when superseded that same day;
     * {@code null} while nothing supersedes it.
     */
    private static LocalDate lastDay(Procedure version, List<Procedure> all) {
        Optional<LocalDate> superseded = all.stream().filter(other -> other.version() > version.version())
                .map(Procedure::validFrom).min(Comparator.naturalOrder())
                // superseded the day it took effect: it applied to the dossiers received before that day's change
                .map(day -> day.isAfter(version.validFrom()) ? day.minusDays(1) : version.validFrom());
        if (version.validTo() != null) {
            return superseded.filter(day -> day.isBefore(version.validTo())).orElse(version.validTo());
        }
        return superseded.orElse(null);
    }

    private static String decision(Procedure version) {
        if (version.details() == null || version.details().decision() == null) {
            return null;
        }
        Procedure.Decision decision = version.details().decision();
        return decision.number() + (decision.issuedOn() == null ? "" : " ngày " + DAY.format(decision.issuedOn()));
    }

    private static Runs runs(How how) {
        return switch (how) {
            case HAND_DRAWN -> Runs.HAND_DRAWN;
            case GENERATED -> Runs.GENERATED;
            case NOT_RUNNING -> Runs.NONE;
        };
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static LocalDate today() {
        return LocalDate.now(WorkingTimeCalculator.ZONE);
    }
}
