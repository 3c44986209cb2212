package vn.motcua.organization;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.db.AuthorizationCheck;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: authorization checks sized for a province, where {@code ACT_RU_AUTHORIZATION} holds
 * several per-dossier grants for every dossier of the history time to live (millions of rows).
 * <ul>
 *   <li>Checks use the officer's groups as they are, without first reading every group id that appears
 *       in the table: Camunda runs that {@code SELECT DISTINCT GROUP_ID_} once per command only to
 *       shorten the group list, while an officer has a handful of groups.
 *       {@code motcua.authorization.prefilter-groups=true} restores the engine's behaviour.</li>
 *   <li>A task list asking only for tasks whose candidate groups are among the officer's own groups
 *       (a unit's task list, the shared Tasklist filters) is not joined with the authorization table:
 *       the engine grants READ on every task to each of its candidate groups when it adds them, so the
 *       join removes nothing, but PostgreSQL cannot use an index for it (its condition is
 *       {@code RESOURCE_ID_ in (task, definition key, '*')}) and compared every open task of the unit
 *       with every grant of the group (seconds for a unit with 2,500 open tasks).
 *       {@code motcua.authorization.own-group-task-lists-checked=true} restores the join.</li>
 * </ul>
 * Every other query and every single task (by id, claim, complete) is checked as usual.
 */
@Component
class AuthenticatedGroupsPlugin extends AbstractProcessEnginePlugin {

    private final boolean prefilter;
    private final boolean ownGroupTaskListsChecked;

    AuthenticatedGroupsPlugin(@Value("${motcua.authorization.prefilter-groups:false}") boolean prefilter,
                              @Value("${motcua.authorization.own-group-task-lists-checked:false}")
                              boolean ownGroupTaskListsChecked) {
        this.prefilter = prefilter;
        this.ownGroupTaskListsChecked = ownGroupTaskListsChecked;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (prefilter && ownGroupTaskListsChecked) {
            return;
        }
        List<SessionFactory> factories = configuration.getCustomSessionFactories() == null ? new ArrayList<>()
                : new ArrayList<>(configuration.getCustomSessionFactories());
        factories.add(new SessionFactory() {
            @Override
            public Class<?> getSessionType() {
                return AuthorizationManager.class;
            }

            @Override
            public Session openSession() {
                return new OfficerAuthorizationManager(prefilter, ownGroupTaskListsChecked);
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    /** The engine's authorization manager with the two changes described on the plugin. */
    static final class OfficerAuthorizationManager extends AuthorizationManager {

        private final boolean prefilter;
        private final boolean ownGroupTaskListsChecked;

        OfficerAuthorizationManager(boolean prefilter, boolean ownGroupTaskListsChecked) {
            this.prefilter = prefilter;
            this.ownGroupTaskListsChecked = ownGroupTaskListsChecked;
        }

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            if (prefilter) {
                return super.filterAuthenticatedGroupIds(authenticatedGroupIds);
            }
            // groups without any authorization add nothing to a check: keeping them changes no result
            return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(authenticatedGroupIds);
        }

        @Override
        public void configureTaskQuery(TaskQueryImpl query) {
            super.configureTaskQuery(query);
            AuthorizationCheck check = query.getAuthCheck();
            if (!ownGroupTaskListsChecked && check.isAuthorizationCheckEnabled()
                    && onlyCandidateGroupsAmong(query, check.getAuthGroupIds())) {
                check.getPermissionChecks().clear();
            }
        }

        /**
         * Whether every task the query can return has one of the given groups as candidate group: no
         * OR-branches, no candidate user or group pattern, and candidate groups all among the given ones.
         */
        static boolean onlyCandidateGroupsAmong(TaskQueryImpl query, List<String> groups) {
            if (query.getQueries().size() != 1 || query.getCandidateUser() != null
                    || query.getCandidateGroupLike() != null || query.getInvolvedUser() != null) {
                return false;
            }
            List<String> candidateGroups = query.getCandidateGroups();
            return candidateGroups != null && !candidateGroups.isEmpty() && groups != null
                    && groups.containsAll(candidateGroups);
        }
    }
}
