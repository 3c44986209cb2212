package vn.motcua.audit;

import java.time.Instant;

import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Records logins through the login page and every failed authentication (login page and HTTP Basic).
 * Successful HTTP Basic calls are not logins: stateless clients authenticate on every request.
 */
@Component
class LoginAudit {

    private final AuditTrail trail;

    LoginAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void loggedIn(InteractiveAuthenticationSuccessEvent event) {
        trail.record(Instant.ofEpochMilli(event.getTimestamp()), event.getAuthentication().getName(),
                AuditAction.LOGIN, null, null, remoteAddress(event.getAuthentication()));
    }

    @EventListener
    void failed(AbstractAuthenticationFailureEvent event) {
        trail.record(Instant.ofEpochMilli(event.getTimestamp()), event.getAuthentication().getName(),
                AuditAction.LOGIN_FAILED, null, event.getException().getClass().getSimpleName(),
                remoteAddress(event.getAuthentication()));
    }

    private static String remoteAddress(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details ? details.getRemoteAddress() : null;
    }
}
