package vn.motcua.platform.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: new and changed passwords are hashed with bcrypt; existing SHA-512 hashes keep
 * working until the officer's password is next changed. Turns the engine's login lockout off.
 */
@Component
class PasswordHashingPlugin extends AbstractProcessEnginePlugin {

    private final OfficerAccountProperties properties;

    PasswordHashingPlugin(OfficerAccountProperties properties) {
        this.properties = properties;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        // the engine keeps a checker for its built-in SHA-512 hashes by itself
        configuration.setPasswordEncryptor(new BcryptPasswordEncryptor(properties.bcryptStrength()));
        // the engine's own lockout would let anyone lock any account (the only administrator too) for good
        // with a few wrong passwords, and its delay refuses even the right one: RequestThrottle limits
        // failed logins per account and address for a window instead
        configuration.setLoginMaxAttempts(Integer.MAX_VALUE);
        configuration.setLoginDelayBase(0);
    }
}
