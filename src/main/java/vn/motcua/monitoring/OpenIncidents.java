package vn.motcua.monitoring;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.motcua.organization.MonitoringScope;

/**
 * The open Camunda incidents (a job that failed after its last retry, a failed external task), read through
 * Camunda's runtime API and tied to their dossier: the business key of the incident's root process instance
 * is the dossier id, whose code and units come from the monitoring read model. A commune supervisor sees the
 * incidents of the dossiers their units receive or handle; incidents of no dossier only the province.
 */
@Service
public class OpenIncidents {

    static final String COCKPIT = "/camunda/app/cockpit/default/#/process-instance/%s/runtime?tab=incidents-tab";

    private final RuntimeService runtime;
    private final RepositoryService repository;
    private final JdbcClient jdbc;
    private final int listLimit;

    OpenIncidents(RuntimeService runtime, RepositoryService repository, JdbcClient jdbc, IncidentProperties properties) {
        this.runtime = runtime;
        this.repository = repository;
        this.jdbc = jdbc;
        this.listLimit = properties.listLimit();
    }

    /** One open incident as a supervisor sees it. */
    public record IncidentItem(String id, String type, String processDefinitionKey, String processName,
                               String activityId, String activityName, String message, Instant at,
                               String processInstanceId, String dossierId, String dossierCode, String responsibleUnit,
                               String cockpit) {
    }

    /** Open incidents per process definition key and incident type (the gauge's rows). */
    public record Count(String processDefinitionKey, String type, long open) {
    }

    /** The open incidents in the scope, newest first. */
    public List<IncidentItem> list(MonitoringScope scope) {
        List<Incident> incidents = runtime.createIncidentQuery().orderByIncidentTimestamp().desc().list();
        Map<String, String> dossierOfInstance = dossierIds(incidents);
        Map<String, DossierRow> dossiers = dossiers(Set.copyOf(dossierOfInstance.values()));
        List<IncidentItem> items = new ArrayList<>();
        for (Incident incident : incidents) {
            DossierRow dossier = dossiers.get(dossierOfInstance.get(incident.getProcessInstanceId()));
            boolean visible = dossier == null ? scope.wholeProvince()
                    : scope.covers(dossier.responsibleUnit()) || scope.covers(dossier.receivingUnit());
            if (!visible) {
                continue;
            }
            ProcessDefinition definition = definition(incident.getProcessDefinitionId());
            String activityId = incident.getFailedActivityId() != null ? incident.getFailedActivityId() : incident.getActivityId();
            items.add(new IncidentItem(incident.getId(), incident.getIncidentType(),
                    definition == null ? null : definition.getKey(),
                    definition == null ? null : definition.getName() != null ? definition.getName() : definition.getKey(),
                    activityId, activityName(incident.getProcessDefinitionId(), activityId), incident.getIncidentMessage(),
                    incident.getIncidentTimestamp().toInstant(), incident.getProcessInstanceId(),
                    dossier == null ? null : dossier.id(), dossier == null ? null : dossier.code(),
                    dossier == null ? null : dossier.responsibleUnit(),
                    incident.getProcessInstanceId() == null ? null : COCKPIT.formatted(incident.getProcessInstanceId())));
            if (items.size() == listLimit) {
                break;
            }
        }
        return items;
    }

    /** Every open incident of the engine, counted per process definition key and type. */
    public List<Count> counts() {
        Map<List<String>, Long> counts = new HashMap<>();
        for (Incident incident : runtime.createIncidentQuery().list()) {
            ProcessDefinition definition = definition(incident.getProcessDefinitionId());
            String key = definition == null ? "" : definition.getKey();
            counts.merge(List.of(key, incident.getIncidentType()), 1L, Long::sum);
        }
        return counts.entrySet().stream()
                .map(entry -> new Count(entry.getKey().get(0), entry.getKey().get(1), entry.getValue()))
                .sorted(Comparator.comparing(Count::processDefinitionKey).thenComparing(Count::type))
                .toList();
    }

    /** Process instance id → dossier id: the business key of the instance's root (a called sub-process has none). */
    private Map<String, String> dossierIds(List<Incident> incidents) {
        Set<String> instanceIds = new HashSet<>();
        incidents.stream().map(Incident::getProcessInstanceId).filter(id -> id != null).forEach(instanceIds::add);
        if (instanceIds.isEmpty()) {
            return Map.of();
        }
        Map<String, String> rootOf = new HashMap<>();
        for (ProcessInstance instance : runtime.createProcessInstanceQuery().processInstanceIds(instanceIds).list()) {
            rootOf.put(instance.getId(), instance.getRootProcessInstanceId() != null
                    ? instance.getRootProcessInstanceId() : instance.getId());
        }
        Map<String, String> businessKeyOfRoot = new HashMap<>();
        Set<String> roots = new HashSet<>(rootOf.values());
        if (!roots.isEmpty()) {
            for (ProcessInstance root : runtime.createProcessInstanceQuery().processInstanceIds(roots).list()) {
                if (root.getBusinessKey() != null) {
                    businessKeyOfRoot.put(root.getId(), root.getBusinessKey());
                }
            }
        }
        Map<String, String> dossierOfInstance = new HashMap<>();
        rootOf.forEach((instance, root) -> {
            String businessKey = businessKeyOfRoot.get(root);
            if (businessKey != null) {
                dossierOfInstance.put(instance, businessKey);
            }
        });
        return dossierOfInstance;
    }

    private record DossierRow(String id, String code, String receivingUnit, String responsibleUnit) {
    }

    private Map<String, DossierRow> dossiers(Set<String> ids) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        Map<String, DossierRow> rows = new HashMap<>();
        jdbc.sql("select dossier_id, code, receiving_unit, responsible_unit from monitoring_dossier where dossier_id in (:ids)")
                .param("ids", ids)
                .query((rs, n) -> new DossierRow(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4)))
                .list().forEach(row -> rows.put(row.id(), row));
        return rows;
    }

    private ProcessDefinition definition(String processDefinitionId) {
        return processDefinitionId == null ? null : repository.getProcessDefinition(processDefinitionId);
    }

    private String activityName(String processDefinitionId, String activityId) {
        if (processDefinitionId == null || activityId == null) {
            return null;
        }
        FlowElement element = repository.getBpmnModelInstance(processDefinitionId).getModelElementById(activityId);
        return element != null && element.getName() != null ? element.getName() : activityId;
    }
}
