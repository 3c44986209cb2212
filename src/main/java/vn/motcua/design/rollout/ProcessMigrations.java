package vn.motcua.design.rollout;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationException;
import org.camunda.bpm.engine.migration.MigratingProcessInstanceValidationReport;
import org.camunda.bpm.engine.migration.MigrationPlan;
import org.camunda.bpm.engine.migration.MigrationPlanValidationException;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.platform.web.InvalidRequestException;

/**
 * Moves running dossiers of a process to a newer version of it with the Camunda migration API.
 * By default a dossier finishes on the process version it started with; a designer who wants the
 * new version applied to running dossiers first reviews a dry run (which dossiers, where they
 * stand, which cannot migrate and why), then applies the plan to those that can. Activities map
 * by equal id ({@code mapEqualActivities}); a dossier waiting in an activity the new version no
 * longer has cannot migrate and stays on its version.
 */
@Service
public class ProcessMigrations {

    /**
     * Which versions to migrate between; the target defaults to the latest version. Only an
     * explicit {@code dryRun: false} migrates: a request without it is a dry run.
     */
    public record Request(String processKey, Integer sourceVersion, Integer targetVersion, Boolean dryRun) {

        boolean apply() {
            return Boolean.FALSE.equals(dryRun);
        }
    }

    /** One running dossier (process instance) of the source version. */
    public record Instance(String processInstanceId, String dossierId, String dossierCode, List<String> activities,
                           boolean canMigrate, List<String> reasons) {
    }

    /** One activity mapping of the plan. */
    public record Mapping(String sourceActivity, String targetActivity) {
    }

    /**
     * The dry run or the outcome.
     *
     * @param migrated how many instances were moved (0 on a dry run)
     */
    public record Report(String processKey, int sourceVersion, String sourceDefinitionId, int targetVersion,
                         String targetDefinitionId, boolean dryRun, List<Mapping> mappings, List<Instance> instances,
                         int migratable, int migrated) {
    }

    private final RepositoryService repository;
    private final RuntimeService runtime;
    private final JdbcClient jdbc;
    private final TransactionTemplate isolated;
    private final TransactionTemplate transaction;

    ProcessMigrations(RepositoryService repository, RuntimeService runtime, JdbcClient jdbc,
                      PlatformTransactionManager transactions) {
        this.repository = repository;
        this.runtime = runtime;
        this.jdbc = jdbc;
        this.isolated = new TransactionTemplate(transactions);
        this.isolated.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Validates the plan, then tries every running instance of the source version in its own
     * rolled-back transaction (the engine has no instance dry run); unless a dry run, migrates
     * the instances that passed, all in one transaction.
     */
    public Report migrate(Request request) {
        if (request.processKey() == null || request.processKey().isBlank() || request.sourceVersion() == null) {
            throw new InvalidRequestException("Cần processKey và sourceVersion (phiên bản quy trình đang chạy).");
        }
        ProcessDefinition source = definition(request.processKey(), request.sourceVersion());
        ProcessDefinition target = request.targetVersion() == null
                ? repository.createProcessDefinitionQuery().processDefinitionKey(request.processKey()).latestVersion()
                .singleResult()
                : definition(request.processKey(), request.targetVersion());
        if (target.getVersion() <= source.getVersion()) {
            throw new InvalidRequestException("Phiên bản đích (" + target.getVersion()
                    + ") phải mới hơn phiên bản nguồn (" + source.getVersion() + ").");
        }
        MigrationPlan plan;
        try {
            plan = runtime.createMigrationPlan(source.getId(), target.getId()).mapEqualActivities()
                    .updateEventTriggers().build();
        } catch (MigrationPlanValidationException e) {
            List<String> failures = new ArrayList<>();
            e.getValidationReport().getInstructionReports().forEach(report -> failures.add(
                    report.getMigrationInstruction().getSourceActivityId() + ": " + String.join("; ", report.getFailures())));
            throw new InvalidRequestException("Không lập được kế hoạch chuyển phiên bản: " + String.join(" | ", failures));
        }
        List<Instance> instances = new ArrayList<>();
        List<String> migratable = new ArrayList<>();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processDefinitionId(source.getId())
                .orderByProcessInstanceId().asc().list()) {
            List<String> reasons = tryMigration(plan, instance.getId());
            if (reasons.isEmpty()) {
                migratable.add(instance.getId());
            }
            instances.add(new Instance(instance.getId(), instance.getBusinessKey(), dossierCode(instance.getBusinessKey()),
                    runtime.getActiveActivityIds(instance.getId()), reasons.isEmpty(), reasons));
        }
        int migrated = 0;
        if (request.apply() && !migratable.isEmpty()) {
            transaction.executeWithoutResult(status ->
                    runtime.newMigration(plan).processInstanceIds(migratable).execute());
            migrated = migratable.size();
        }
        List<Mapping> mappings = plan.getInstructions().stream()
                .map(instruction -> new Mapping(instruction.getSourceActivityId(), instruction.getTargetActivityId()))
                .toList();
        return new Report(request.processKey(), source.getVersion(), source.getId(), target.getVersion(), target.getId(),
                !request.apply(), mappings, instances, migratable.size(), migrated);
    }

    private ProcessDefinition definition(String key, int version) {
        ProcessDefinition definition = repository.createProcessDefinitionQuery().processDefinitionKey(key)
                .processDefinitionVersion(version).singleResult();
        if (definition == null) {
            throw new InvalidRequestException("Không có phiên bản " + version + " của quy trình \"" + key + "\".");
        }
        return definition;
    }

    /** Why the instance cannot migrate; empty when it can. Nothing is kept: the transaction always rolls back. */
    private List<String> tryMigration(MigrationPlan plan, String processInstanceId) {
        List<String> reasons = new ArrayList<>();
        isolated.executeWithoutResult(status -> {
            status.setRollbackOnly();
            try {
                runtime.newMigration(plan).processInstanceIds(processInstanceId).skipCustomListeners().skipIoMappings()
                        .execute();
            } catch (MigratingProcessInstanceValidationException e) {
                reasons.addAll(reasonsOf(e.getValidationReport()));
            } catch (ProcessEngineException e) {
                reasons.add(e.getMessage());
            }
        });
        return reasons;
    }

    private static List<String> reasonsOf(MigratingProcessInstanceValidationReport report) {
        List<String> reasons = new ArrayList<>(report.getFailures());
        report.getActivityInstanceReports().forEach(activity -> activity.getFailures()
                .forEach(failure -> reasons.add("Bước \"" + activity.getSourceScopeId() + "\": " + failure)));
        report.getTransitionInstanceReports().forEach(transition -> transition.getFailures()
                .forEach(failure -> reasons.add("Bước \"" + transition.getSourceScopeId() + "\": " + failure)));
        return reasons;
    }

    private String dossierCode(String dossierId) {
        if (dossierId == null) {
            return null;
        }
        return jdbc.sql("select code from dossier where id = ?").param(dossierId).query(String.class).optional()
                .orElse(null);
    }
}
