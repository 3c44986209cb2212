package vn.motcua.security;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.filter.OncePerRequestFilter;

import vn.motcua.organization.OfficerAccessChanged;

/**
 * Ends an officer's session whose rights have narrowed since they signed in: a role removed (here or in
 * Camunda Admin), the account locked or deleted. Each request of a signed-in officer compares the
 * session's groups with the officer's {@link OfficerStanding}; when they no longer hold, the session is
 * invalidated and the request goes on anonymous, so it gets the login page or a 401 problem+json. A
 * change made through the organization API ({@link OfficerAccessChanged}) also deletes the officer's
 * sessions from the shared store at once.
 */
public class EndedSessions extends OncePerRequestFilter {

    private final OfficerStanding standing;

    EndedSessions(OfficerStanding standing) {
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

    /** Deletes the officer's sessions from the shared session store when the organization API narrowed their access. */
    @Component
    static class OnAccessChanged {

        private final OfficerStanding standing;
        private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

        OnAccessChanged(OfficerStanding standing, ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
            this.standing = standing;
            this.sessions = sessions;
        }

        @TransactionalEventListener(fallbackExecution = true)
        void endSessions(OfficerAccessChanged change) {
            standing.forget(change.username());
            sessions.ifAvailable(repository -> repository.findByPrincipalName(change.username()).keySet()
                    .forEach(repository::deleteById));
        }
    }
}
