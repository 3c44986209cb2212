package vn.motcua.organization.tasklist;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import static vn.motcua.organization.tasklist.RoleGroupFunctions.CURRENT_USER_GROUPS_WITH_ROLE;

/**
 * Adds {@code currentUserGroupsWithRole('reception')} to the engine's expression language, next to
 * Camunda's own {@code currentUserGroups()}: the groups of the logged-in officer that hold one role, in
 * any of their units. A Tasklist filter built on it shows a receptionist who is also a specialist only
 * the counter's work, and keeps the query restricted to the officer's own candidate groups.
 */
@Component
class RoleGroupFunctionsPlugin extends AbstractProcessEnginePlugin {

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        try {
            configuration.getExpressionManager().addFunction(CURRENT_USER_GROUPS_WITH_ROLE,
                    RoleGroupFunctions.class.getMethod(CURRENT_USER_GROUPS_WITH_ROLE, String.class));
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
