package vn.motcua.organization;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Resource;
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
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_DEFINITION;
import static org.camunda.bpm.engine.authorization.Resources.PROCESS_INSTANCE;

/**
 * The engine permissions each role's group holds. Task permissions are not granted here: the engine
 * gives a task's candidate groups and assignee READ and UPDATE on that task only, which is what keeps
 * an officer to the work of their own unit.
 */
@Component
class RoleAuthorizations {

    private record Grant(Resource resource, String resourceId, List<Permission> permissions) {
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
            Role.SUPERVISOR, List.of(TASKLIST, COCKPIT,
                    new Grant(PROCESS_DEFINITION, ANY, List.of(READ, READ_INSTANCE, READ_HISTORY, READ_TASK))),
            Role.DESIGNER, List.of(TASKLIST, COCKPIT,
                    new Grant(DEPLOYMENT, ANY, List.of(ALL)),
                    new Grant(PROCESS_DEFINITION, ANY, List.of(ALL)),
                    new Grant(DECISION_DEFINITION, ANY, List.of(ALL)),
                    new Grant(DECISION_REQUIREMENTS_DEFINITION, ANY, List.of(ALL))),
            // administrators are members of camunda-admin, which the engine exempts from checks
            Role.ADMINISTRATOR, List.of());

    private final AuthorizationService authorizations;

    RoleAuthorizations(AuthorizationService authorizations) {
        this.authorizations = authorizations;
    }

    /** Grants the role's permissions to the group; does nothing for grants already present. */
    void grant(String groupId, Role role) {
        for (Grant grant : GRANTS.get(role)) {
            Authorization existing = authorizations.createAuthorizationQuery()
                    .groupIdIn(groupId)
                    .resourceType(grant.resource())
                    .resourceId(grant.resourceId())
                    .singleResult();
            Authorization authorization = existing != null ? existing
                    : authorizations.createNewAuthorization(Authorization.AUTH_TYPE_GRANT);
            authorization.setGroupId(groupId);
            authorization.setResource(grant.resource());
            authorization.setResourceId(grant.resourceId());
            grant.permissions().forEach(authorization::addPermission);
            authorizations.saveAuthorization(authorization);
        }
    }
}
