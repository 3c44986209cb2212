package vn.motcua.citizen.simulator;

import java.util.List;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/**
 * Checks a simulated citizen's ID number and the simulator's password. Deliberately not a bean: with a
 * second {@code AuthenticationProvider} bean Spring would stop using the officers' provider globally.
 */
final class VneidSimulatorLogin implements AuthenticationProvider {

    private final VneidSimulatorCitizens citizens;

    VneidSimulatorLogin(VneidSimulatorCitizens citizens) {
        this.citizens = citizens;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String citizenId = authentication.getName();
        Object password = authentication.getCredentials();
        if (citizens.find(citizenId).isEmpty() || password == null || !citizens.passwordMatches(password.toString())) {
            throw new BadCredentialsException("Số định danh cá nhân hoặc mật khẩu không đúng");
        }
        return UsernamePasswordAuthenticationToken.authenticated(citizenId, null, List.of());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
