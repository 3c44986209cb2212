package vn.motcua.platform.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.ContainerBasedAuthenticationProvider;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hands the user Spring Security authenticated to the Camunda webapps and to {@code /engine-rest}, so
 * the engine checks its authorizations for that user. Camunda instantiates this class by name from a
 * filter init parameter.
 */
public class SpringSecurityContainerAuthentication extends ContainerBasedAuthenticationProvider {

    @Override
    public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()
                || authentication instanceof AnonymousAuthenticationToken) {
            return AuthenticationResult.unsuccessful();
        }
        // the groups Spring loaded at login: the engine's checks (including the camunda-admin
        // exemption) need them on the engine's authentication
        AuthenticationResult result = AuthenticationResult.successful(authentication.getName());
        result.setGroups(authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(EngineIdentityAuthenticationProvider.GROUP_PREFIX))
                .map(authority -> authority.substring(EngineIdentityAuthenticationProvider.GROUP_PREFIX.length()))
                .toList());
        return result;
    }

    @Override
    public void augmentResponseByAuthenticationChallenge(HttpServletResponse response, ProcessEngine engine) {
        // Spring Security's entry points answer unauthenticated requests before they get here
    }
}
