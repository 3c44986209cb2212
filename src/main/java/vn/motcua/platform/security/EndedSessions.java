package vn.motcua.platform.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends an officer's session whose rights have narrowed since they signed in: a role removed (here or in
 * Camunda Admin), the account locked or deleted. Each request of a signed-in officer compares the
 * session's groups with the officer's {@link AccountStanding}; when they no longer hold, the session is
 * invalidated and the request goes on anonymous, so it gets the login page or a 401 problem+json. The
 * organization also deletes an officer's sessions from the shared store at once when its API narrows them.
 */
class EndedSessions extends OncePerRequestFilter {

    private final AccountStanding standing;

    EndedSessions(AccountStanding standing) {
        this.standing = standing;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication officer = SecurityContextHolder.getContext().getAuthentication();
        if (session != null && officer instanceof UsernamePasswordAuthenticationToken && officer.isAuthenticated()) {
            List<String> groups = officer.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                    .filter(authority -> authority.startsWith(EngineIdentityAuthenticationProvider.GROUP_PREFIX))
                    .map(authority -> authority.substring(EngineIdentityAuthenticationProvider.GROUP_PREFIX.length()))
                    .toList();
            if (!standing.stillHolds(officer.getName(), groups)) {
                session.invalidate();
                SecurityContextHolder.clearContext();
            }
        }
        chain.doFilter(request, response);
    }
}
