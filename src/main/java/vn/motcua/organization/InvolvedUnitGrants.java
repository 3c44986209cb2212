package vn.motcua.organization;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Lets the units a process instance reaches read it: when a task is created for a unit's group, that
 * group gets READ on the instance (so Tasklist can show the dossier's variables), and the supervisor
 * groups covering the unit, or the unit where the dossier was received, get READ on the instance and
 * its history (Cockpit). Attached to every user task by {@link InvolvedUnitGrantsPlugin}.
 *
 * <p>The engine deletes the instance grants when the instance ends; the history grants outlive it and
 * are tied to the root process instance, so that they get its removal time when it ends and history
 * cleanup removes them with its history (otherwise they would pile up, several per dossier, forever).
 */
@Component
class InvolvedUnitGrants implements TaskListener {

    static final String RECEIVING_UNIT = "receivingUnit";

    private final OrganizationService organization;
    private final AuthorizationService authorizations;

    InvolvedUnitGrants(@Lazy OrganizationService organization, @Lazy AuthorizationService authorizations) {
        this.organization = organization;
        this.authorizations = authorizations;
    }

    @Override
    public void notify(DelegateTask task) {
        Set<String> candidateGroups = TaskCandidates.groups(task);
        Set<String> units = TaskCandidates.units(task);
        Object receivingUnit = task.getVariable(RECEIVING_UNIT);
        if (receivingUnit instanceof String code) {
            units.add(code);
        }
        Set<String> supervisors = new LinkedHashSet<>();
        units.forEach(unit -> supervisors.addAll(organization.supervisorGroupsCovering(unit)));
        String rootProcessInstanceId = ((ExecutionEntity) task.getExecution()).getRootProcessInstanceId();
        String instanceId = task.getProcessInstanceId();
        // the officer whose action created the task may not manage authorizations: the platform does
        Context.getCommandContext().runWithoutAuthorization(() -> {
            // one query for the grants the instance already has, rather than one per group and resource
            Set<String> present = new HashSet<>();
            for (Authorization existing : authorizations.createAuthorizationQuery().resourceId(instanceId).list()) {
                present.add(existing.getResourceType() + "/" + existing.getGroupId());
            }
            for (String group : candidateGroups) {
                grant(present, group, Resources.PROCESS_INSTANCE, Permissions.READ, instanceId, null);
            }
            for (String group : supervisors) {
                grant(present, group, Resources.PROCESS_INSTANCE, Permissions.READ, instanceId, null);
                grant(present, group, Resources.HISTORIC_PROCESS_INSTANCE, HistoricProcessInstancePermissions.READ,
                        instanceId, rootProcessInstanceId);
            }
            return null;
        });
    }

    private void grant(Set<String> present, String groupId, Resource resource, Permission permission,
                       String resourceId, String rootProcessInstanceId) {
        if (!present.add(resource.resourceType() + "/" + groupId)) {
            return;
        }
        Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
        read.setGroupId(groupId);
        read.setResource(resource);
        read.setResourceId(resourceId);
        read.addPermission(permission);
        authorizations.saveAuthorization(read);
        if (rootProcessInstanceId != null) {
            // the engine looks the root up in the history, where a just started instance is not
            // flushed yet; the grant is flushed with the task's command, root id included
            ((AuthorizationEntity) read).setRootProcessInstanceId(rootProcessInstanceId);
        }
    }
}
