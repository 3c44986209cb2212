package vn.motcua.platform.security;

import java.util.List;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.stereotype.Component;

/**
 * Checks an officer's password against the engine's identity store, so that one account serves our
 * pages, our API, the Camunda webapps and {@code /engine-rest}. Failed attempts are limited per account
 * and client address by {@link RequestThrottle} in front of this; the engine's own lockout is off. An
 * account an administrator locked ({@link AccountStanding}) fails here.
 * The officer's Camunda groups become authorities ({@code GROUP_<groupId>}). A verified password is
 * remembered for {@code motcua.security.verified-credentials-ttl} ({@link VerifiedCredentials}).
 */
@Component
public class EngineIdentityAuthenticationProvider implements AuthenticationProvider {

    public static final String GROUP_PREFIX = "GROUP_";

    private final IdentityService identity;
    private final VerifiedCredentials verified;
    private final AccountStanding standing;

    EngineIdentityAuthenticationProvider(IdentityService identity, OfficerAccountProperties properties,
                                         AccountStanding standing) {
        this.identity = identity;
        this.standing = standing;
        this.verified = !properties.verifiedCredentialsTtl().isZero() && !properties.verifiedCredentialsTtl().isNegative()
                ? new VerifiedCredentials(properties.verifiedCredentialsTtl()) : null;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String username = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (username == null || username.isBlank() || credentials == null) {
            throw badCredentials();
        }
        if (standing.isLocked(username)) {
            throw new LockedException("Tài khoản đã bị khóa. Vui lòng liên hệ quản trị viên.");
        }
        String password = credentials.toString();
        if (verified != null) {
            var remembered = verified.authoritiesOf(username, password);
            if (remembered.isPresent()) {
                return UsernamePasswordAuthenticationToken.authenticated(username, null, remembered.get());
            }
        }
        if (!identity.checkPassword(username, password)) {
            throw badCredentials();
        }
        List<GrantedAuthority> authorities = identity.createGroupQuery().groupMember(username).list().stream()
                .map(Group::getId)
                .<GrantedAuthority>map(groupId -> new SimpleGrantedAuthority(GROUP_PREFIX + groupId))
                .toList();
        if (verified != null) {
            verified.remember(username, password, authorities);
        }
        return UsernamePasswordAuthenticationToken.authenticated(username, null, authorities);
    }

    private static BadCredentialsException badCredentials() {
        return new BadCredentialsException("Tên đăng nhập hoặc mật khẩu không đúng");
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
