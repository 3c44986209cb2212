package vn.motcua.organization;

import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Permission;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.auth.DefaultAuthorizationProvider;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationEntity;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: an officer may read their own engine user (the Tasklist shows their name) but not
 * change it. Camunda grants every new user ALL on their own user, which let any officer rename
 * themselves (their name appears in colleagues' Tasklist), change their password without the
 * administrator or delete themselves through the engine's APIs. New users get READ only, and the grants
 * of users created before are narrowed to READ when the engine starts. Names, e-mails and passwords are
 * changed through the organization API ({@link OrganizationService}) or by administrators in Camunda Admin.
 */
@Component
class OwnAccountReadOnlyPlugin extends AbstractProcessEnginePlugin {

    private static final Permission[] READ_ONLY = {Permissions.READ};

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        configuration.setResourceAuthorizationProvider(new DefaultAuthorizationProvider() {
            @Override
            public AuthorizationEntity[] newUser(User user) {
                AuthorizationEntity ownUser = new AuthorizationEntity(Authorization.AUTH_TYPE_GRANT);
                ownUser.setUserId(user.getId());
                ownUser.setResource(Resources.USER);
                ownUser.setResourceId(user.getId());
                ownUser.addPermission(Permissions.READ);
                return new AuthorizationEntity[] {ownUser};
            }
        });
    }

    @Override
    public void postProcessEngineBuild(ProcessEngine engine) {
        AuthorizationService authorizations = engine.getAuthorizationService();
        for (Authorization grant : authorizations.createAuthorizationQuery().resourceType(Resources.USER)
                .authorizationType(Authorization.AUTH_TYPE_GRANT).list()) {
            boolean ownUser = grant.getUserId() != null && grant.getUserId().equals(grant.getResourceId());
            if (ownUser && (grant.isPermissionGranted(Permissions.UPDATE) || grant.isPermissionGranted(Permissions.DELETE))) {
                grant.setPermissions(READ_ONLY);
                authorizations.saveAuthorization(grant);
            }
        }
    }
}
