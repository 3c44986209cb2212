package vn.motcua.security;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Engine plugin: new and changed passwords are hashed with bcrypt; existing SHA-512 hashes keep
 * working until the officer's password is next changed.
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
        configuration.setLoginMaxAttempts(properties.loginMaxAttempts());
    }
}
