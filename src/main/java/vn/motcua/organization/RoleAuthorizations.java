package vn.motcua.organization;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.HistoricProcessInstancePermissions;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.ProcessDefinitionPermissions;
import org.camunda.bpm.engine.authorization.Resource;
import org.camunda.bpm.engine.authorization.Resources;
import org.springframework.stereotype.Component;

import static org.camunda.bpm.engine.authorization.Authorization.ANY;
import static org.camunda.bpm.engine.authorization.Permissions.ACCESS;
import static org.camunda.bpm.engine.authorization.Permissions.ALL;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE;
import static org.camunda.bpm.engine.authorization.Permissions.CREATE_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ;
import static org.camunda.bpm.engine.authorization.Permissions.READ_HISTORY;
import static org.camunda.bpm.engine.authorization.Permissions.READ_INSTANCE;
import static org.camunda.bpm.engine.authorization.Permissions.READ_TASK;
import static org.camunda.bpm.engine.authorization.Resources.APPLICATION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DECISION_REQUIREMENTS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.DEPLOYMENT;
import static org.camunda.bpm.engine.authorization.Resources.HISTORIC_PROCESS_INSTANCE;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

/**
 * The engine permissions each role's group holds. Task permissions are not granted here: the engine
 * gives a task's candidate groups and assignee READ and UPDATE on that task only, which is what keeps
 * an officer to the work of their own unit.
 */
@Component
class RoleAuthorizations {

    /** Permissions of a group on a resource; {@code exact}: these and no others, whatever was granted before. */
    private record Grant(Resource resource, String resourceId, List<Permission> permissions, boolean exact) {

        Grant(Resource resource, String resourceId, List<Permission> permissions) {
            this(resource, resourceId, permissions, false);
        }
    }

    private static final Grant TASKLIST = new Grant(APPLICATION, "tasklist", List.of(ACCESS));
    private static final Grant COCKPIT = new Grant(APPLICATION, "cockpit", List.of(ACCESS));
    private static final Grant READ_DEFINITIONS = new Grant(PROCESS_DEFINITION, ANY, List.of(READ));

    private static final Map<Role, List<Grant>> GRANTS = Map.of(
            Role.RECEPTION, List.of(TASKLIST,
                    new Grant(PROCESS_DEFINITION, ANY, List.of(READ, CREATE_INSTANCE)),
                    new Grant(PROCESS_INSTANCE, ANY, List.of(CREATE))),
            Role.SPECIALIST, List.of(TASKLIST, READ_DEFINITIONS),
            Role.LEADER, List.of(TASKLIST, READ_DEFINITIONS),
            // commune supervisors: definitions only; each process instance of their commune is granted
            // to them as it reaches the commune (InvolvedUnitGrants)
            Role.SUPERVISOR, List.of(TASKLIST, COCKPIT, READ_DEFINITIONS),
            // designers deploy and watch running instances; they change no dossier: no instance, task, job or variable
            // writes, no suspension or deletion that cascades to running dossiers, and neither tasks nor history to read
            // (Camunda lets anyone who can read a task's history comment on it); earlier ALL grants are narrowed
            Role.DESIGNER, List.of(TASKLIST, COCKPIT,
                    new Grant(DEPLOYMENT, ANY, List.of(CREATE, READ), true),
                    new Grant(PROCESS_DEFINITION, ANY, List.of(ProcessDefinitionPermissions.READ, ProcessDefinitionPermissions.UPDATE,
                            ProcessDefinitionPermissions.READ_INSTANCE, ProcessDefinitionPermissions.READ_INSTANCE_VARIABLE), true),
                    new Grant(DECISION_DEFINITION, ANY, List.of(ALL)),
                    new Grant(DECISION_REQUIREMENTS_DEFINITION, ANY, List.of(ALL))),
            // administrators are members of camunda-admin, which holds every permission (adminGroup())
            Role.ADMINISTRATOR, List.of());

    /** Provincial supervisors watch every process of the province. */
    private static final List<Grant> PROVINCIAL_SUPERVISOR = List.of(TASKLIST, COCKPIT,
            new Grant(PROCESS_DEFINITION, ANY, List.of(READ, READ_INSTANCE, READ_HISTORY, READ_TASK)),
            new Grant(PROCESS_INSTANCE, ANY, List.of(READ)),
            new Grant(HISTORIC_PROCESS_INSTANCE, ANY, List.of(HistoricProcessInstancePermissions.READ)));

    /** Group ids per authorization query (an IN list). */
    private static final int QUERY_CHUNK = 500;

    private final AuthorizationService authorizations;

    RoleAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    /** A role's group in a unit, and whether the unit belongs to the province level. */
    record RoleGroup(String groupId, Role role, boolean provincialUnit) {
    }

    /** Grants the role's permissions to the group; adds to grants already present, except exact ones. */
    void grant(String groupId, Role role, boolean provincialUnit) {
        grantAll(List.of(new RoleGroup(groupId, role, provincialUnit)));
    }

    /**
     * {@link #grant} for many groups: their present grants are read in a few queries, and only grants that lack a
     * permission (or are exact) are written.
     */
    void grantAll(List<RoleGroup> groups) {
        Map<String, Authorization> existing = existingGrants(groups.stream().map(RoleGroup::groupId).distinct().toList());
        for (RoleGroup group : groups) {
            save(group.groupId(), group.role() == Role.SUPERVISOR && group.provincialUnit() ? PROVINCIAL_SUPERVISOR
                    : GRANTS.get(group.role()), existing);
        }
    }

    /**
     * Gives the administrators' group every permission on every resource, as Camunda's own first-admin
     * setup does: the engine's admin groups are exempt only from admin-only operations, not from
     * ordinary authorization checks.
     */
    void grantAdministrators(String groupId) {
        save(groupId, Arrays.stream(Resources.values()).map(resource -> new Grant(resource, ANY, List.of(ALL))).toList(),
                existingGrants(List.of(groupId)));
    }

    private Map<String, Authorization> existingGrants(List<String> groupIds) {
        Map<String, Authorization> existing = new HashMap<>();
        for (int from = 0; from < groupIds.size(); from += QUERY_CHUNK) {
            String[] chunk = groupIds.subList(from, Math.min(from + QUERY_CHUNK, groupIds.size())).toArray(String[]::new);
            for (Authorization authorization : authorizations.createAuthorizationQuery().groupIdIn(chunk)
                    .authorizationType(Authorization.AUTH_TYPE_GRANT).list()) {
                existing.putIfAbsent(key(authorization.getGroupId(), authorization.getResourceType(),
                        authorization.getResourceId()), authorization);
            }
        }
        return existing;
    }

    private static String key(String groupId, int resourceType, String resourceId) {
        return groupId + "|" + resourceType + "|" + resourceId;
    }

    private void save(String groupId, List<Grant> grants, Map<String, Authorization> existing) {
        for (Grant grant : grants) {
            String key = key(groupId, grant.resource().resourceType(), grant.resourceId());
            Authorization authorization = existing.get(key);
            if (authorization != null && !grant.exact()
                    && grant.permissions().stream().allMatch(authorization::isPermissionGranted)) {
                continue;
            }
            if (authorization == null) {
                authorization = authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            }
            authorization.setGroupId(groupId);
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
            if (grant.exact()) {
                authorization.setPermissions(grant.permissions().toArray(Permission[]::new));
            } else {
                grant.permissions().forEach(authorization::addPermission);
            }
            authorizations.saveAuthorization(authorization);
            existing.put(key, authorization);
        }
    }
}
