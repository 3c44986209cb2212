package vn.motcua.platform.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Limits of {@link RequestThrottle}: failed logins (login page, HTTP Basic on {@code /api} and
 * {@code /engine-rest}, the portal's technical account) per account and per client address, and public
 * lookups per client address. Counters live in each node's memory.
 *
 * @param accountLoginFailures failed logins of one account (from any address) per {@code loginWindow};
 *                             past that, that account's logins are refused until the window refills
 * @param addressLoginFailures failed logins from one client address (for any account) per {@code loginWindow}
 * @param loginWindow          the window of both login limits (tokens come back gradually over it)
 * @param addressLookups       public lookups ({@code /tra-cuu}, {@code /tra-cuu-bien-lai/*},
 *                             {@code /api/public/**} except the payment gateway's callback) per
 *                             {@code lookupWindow} from one client address
 * @param lookupWindow         the window of the lookup limit
 * @param maxTrackedKeys       accounts and addresses remembered per counter at most: an attacker
 *                             rotating names cannot exhaust memory (the least recently seen go first)
 */
@ConfigurationProperties("motcua.security.throttle")
public record ThrottleProperties(@DefaultValue("10") int accountLoginFailures,
                                 @DefaultValue("30") int addressLoginFailures,
                                 @DefaultValue("5m") Duration loginWindow,
                                 @DefaultValue("60") int addressLookups,
                                 @DefaultValue("1m") Duration lookupWindow,
                                 @DefaultValue("100000") int maxTrackedKeys) {
}
