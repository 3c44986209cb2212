package vn.motcua.organization.tasklist;

import java.util.List;

import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Functions that {@link RoleGroupFunctionsPlugin} adds to the engine's expression language. Public
 * because the expression language calls them by reflection.
 */
public final class RoleGroupFunctions {

    static final String CURRENT_USER_GROUPS_WITH_ROLE = "currentUserGroupsWithRole";

    private RoleGroupFunctions() {
    }

    /** The authenticated user's groups named {@code <unit>:<roleCode>}; empty outside a command. */
    public static List<String> currentUserGroupsWithRole(String roleCode) {
        CommandContext context = Context.getCommandContext();
        List<String> groups = context == null ? null : context.getAuthenticatedGroupIds();
        if (groups == null) {
            return List.of();
        }
        String suffix = ":" + roleCode;
        return groups.stream().filter(group -> group.endsWith(suffix)).toList();
    }
}
