package vn.motcua.platform.security;

import org.camunda.bpm.engine.impl.digest.PasswordEncryptor;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Hashes officers' passwords in the engine's identity store with bcrypt (a slow, adaptive hash)
 * instead of the engine's default salted SHA-512. The engine stores the hash as {@code {BCRYPT}...}
 * and still checks older SHA-512 hashes (see {@link PasswordHashingPlugin}).
 */
class BcryptPasswordEncryptor implements PasswordEncryptor {

    static final String ALGORITHM = "BCRYPT";

    private final BCryptPasswordEncoder bcrypt;

    BcryptPasswordEncryptor(int strength) {
        this.bcrypt = new BCryptPasswordEncoder(strength);
    }

    @Override
    public String encrypt(String password) {
        return bcrypt.encode(password);
    }

    @Override
    public boolean check(String password, String encrypted) {
        return bcrypt.matches(password, encrypted);
    }

    @Override
    public String hashAlgorithmName() {
        return ALGORITHM;
    }
}
