package vn.motcua.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Officer account security.
 *
 * @param bcryptStrength    bcrypt cost factor of password hashes (each +1 doubles the work)
 * @param loginMaxAttempts  failed logins after which the engine locks the account until an
 *                          administrator unlocks it (attempts before that are delayed increasingly)
 */
@ConfigurationProperties("motcua.security")
public record OfficerAccountProperties(@DefaultValue("10") int bcryptStrength,
                                 @DefaultValue("10") int loginMaxAttempts) {
}
