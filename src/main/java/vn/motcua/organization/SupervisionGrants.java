package vn.motcua.organization;

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
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

/**
 * Lets the supervisors of a commune or ward see, in Cockpit, each process instance that reaches one
 * of its units: when a task is created for a unit's group (or the dossier was received there), the
 * supervisor groups covering that unit get READ on the instance and its history. Attached to every
 * user task by {@link SupervisionPlugin}.
 */
@Component
class SupervisionGrants implements TaskListener {

    static final String RECEIVING_UNIT = "receivingUnit";

    private final OrganizationService organization;
    private final AuthorizationService authorizations;

    SupervisionGrants(@Lazy OrganizationService organization, @Lazy AuthorizationService authorizations) {
        this.organization = organization;
        this.authorizations = authorizations;
    }

    @Override
    public void notify(DelegateTask task) {
        Set<String> units = new LinkedHashSet<>();
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                String unit = GroupIds.unitCodeOf(link.getGroupId());
                if (unit != null) {
                    units.add(unit);
                }
            }
        }
        Object receivingUnit = task.getVariable(RECEIVING_UNIT);
        if (receivingUnit instanceof String code) {
            units.add(code);
        }
        Set<String> supervisors = new LinkedHashSet<>();
        units.forEach(unit -> supervisors.addAll(organization.supervisorGroupsCovering(unit)));
        // the officer whose action created the task may not manage authorizations: the platform does
        Context.getCommandContext().runWithoutAuthorization(() -> {
            for (String group : supervisors) {
                grant(group, Resources.PROCESS_INSTANCE, Permissions.READ, task.getProcessInstanceId());
                grant(group, Resources.HISTORIC_PROCESS_INSTANCE, HistoricProcessInstancePermissions.READ,
                        task.getProcessInstanceId());
            }
            return null;
        });
    }

    private void grant(String groupId, Resource resource, Permission permission, String resourceId) {
        boolean present = authorizations.createAuthorizationQuery()
                .groupIdIn(groupId).resourceType(resource).resourceId(resourceId).count() > 0;
        if (!present) {
            Authorization read = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            read.setGroupId(groupId);
            read.setResource(resource);
            read.setResourceId(resourceId);
            read.addPermission(permission);
            authorizations.saveAuthorization(read);
        }
    }
}
