package vn.motcua.organization;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: authorization checks use the officer's groups as they are, without first reading
 * every group id that appears in {@code ACT_RU_AUTHORIZATION}. Camunda runs that
 * {@code SELECT DISTINCT GROUP_ID_} once per command only to shorten the group list of the checks;
 * its cost grows with the table, which holds several per-dossier grants for every dossier of the
 * history time to live (millions of rows in a province), while an officer has a handful of groups.
 * Set {@code motcua.authorization.prefilter-groups=true} to get the engine's own behaviour back.
 */
@Component
class AuthenticatedGroupsPlugin extends AbstractProcessEnginePlugin {

    private final boolean prefilter;

    AuthenticatedGroupsPlugin(@Value("${motcua.authorization.prefilter-groups:false}") boolean prefilter) {
        this.prefilter = prefilter;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        if (prefilter) {
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
                return new UnfilteredGroupsAuthorizationManager();
            }
        });
        configuration.setCustomSessionFactories(factories);
    }

    /** The engine's authorization manager, minus the lookup of all authorized group ids. */
    static final class UnfilteredGroupsAuthorizationManager extends AuthorizationManager {

        @Override
        public List<String> filterAuthenticatedGroupIds(List<String> authenticatedGroupIds) {
            // groups without any authorization add nothing to a check: keeping them changes no result
            return authenticatedGroupIds == null ? new ArrayList<>() : new ArrayList<>(authenticatedGroupIds);
        }
    }
}
