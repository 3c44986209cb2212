package vn.motcua.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Officer account security.
 *
 * @param bcryptStrength    bcrypt cost factor of password hashes (each +1 doubles the work)
 * @param verifiedCredentialsTtl how long a verified user name and password are remembered, so that
 *                          stateless HTTP Basic calls ({@code /engine-rest}, {@code /api}) do not each pay a
 *                          bcrypt check; a changed password, lock or group membership takes effect after
 *                          at most this long. Zero turns the memory off.
 */
@ConfigurationProperties("motcua.security")
public record OfficerAccountProperties(@DefaultValue("10") int bcryptStrength,
                                 @DefaultValue("60s") Duration verifiedCredentialsTtl) {
}
