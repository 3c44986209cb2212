package vn.motcua.organization;

import java.security.SecureRandom;
import java.util.Base64;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;
import org.camunda.bpm.engine.impl.util.EncryptionUtil;
import org.springframework.stereotype.Component;

/**
 * The first password of officers created in bulk (an organization import). Hashing one bcrypt password per new
 * officer would take minutes for a province's thousands of officers, so one batch shares one hash, computed once:
 * of the configured demo password ({@link OrganizationProperties#initialPassword()}, dev and test profiles only),
 * or else of a random secret nobody keeps, so that new officers cannot sign in until an administrator sets their
 * password. The engine keeps a hash it is given on a new user as it is (it hashes only a new plain password).
 */
@Component
class ImportedAccountPasswords {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ProcessEngine engine;
    private final OrganizationProperties properties;

    ImportedAccountPasswords(ProcessEngine engine, OrganizationProperties properties) {
        this.engine = engine;
        this.properties = properties;
    }

    /** One batch's first password: salt and hash as the engine stores them. */
    record SharedHash(String salt, String hash) {

        /** Gives the new (unsaved) user this password. */
        void applyTo(User newUser) {
            UserEntity entity = (UserEntity) newUser;
            entity.setSalt(salt);
            entity.setDbPassword(hash);
        }
    }

    SharedHash newBatch() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        String salt = configuration.getSaltGenerator().generateSalt();
        String password = properties.initialPassword();
        if (password == null) {
            byte[] secret = new byte[24];
            RANDOM.nextBytes(secret);
            password = Base64.getUrlEncoder().encodeToString(secret);
        }
        return new SharedHash(salt, configuration.getPasswordManager().encrypt(EncryptionUtil.saltPassword(password, salt)));
    }
}
