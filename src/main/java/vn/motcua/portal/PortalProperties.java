package vn.motcua.portal;

import java.net.URI;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the National Public Service Portal sync ({@code motcua.portal.*}). The paths and the
 * payload follow <em>our assumed contract</em> (modelled on the DVCQG integration seen in OpenCPS, see
 * docs/domain.md, "National Public Service Portal"); a province maps them to the contract it is given.
 *
 * @param baseUrl        the portal's adapter URL ({@code https://…}); empty: nothing is sent, changes
 *                       wait in the outbox
 * @param authPath       path of the login that trades username and password for a session token
 * @param syncPath       path of the status sync ({@code CapNhatTrangThaiHoSo})
 * @param syncService    value of the {@code service} field of a sync call
 * @param username       the province's account at the portal
 * @param password       its password
 * @param connectTimeout how long to wait for a connection to the portal
 * @param readTimeout    how long to wait for the portal's answer to one call
 * @param tokenLifetime  how long a session token is used when the login answer does not say
 * @param outbox         the outbox sender
 * @param reconciliation the reconciliation of our statuses with the portal's acknowledgements
 * @param inbound        the portal's technical account for online submissions it forwards to us
 */
@ConfigurationProperties("motcua.portal")
public record PortalProperties(URI baseUrl,
                               @DefaultValue("/auth") String authPath,
                               @DefaultValue("/sync") String syncPath,
                               @DefaultValue("CapNhatTrangThaiHoSo") String syncService,
                               String username,
                               String password,
                               @DefaultValue("2s") Duration connectTimeout,
                               @DefaultValue("5s") Duration readTimeout,
                               @DefaultValue("30m") Duration tokenLifetime,
                               @DefaultValue Outbox outbox,
                               @DefaultValue Reconciliation reconciliation,
                               @DefaultValue Inbound inbound) {

    /** Whether a portal is configured at all. */
    public boolean configured() {
        return baseUrl != null && !baseUrl.toString().isBlank();
    }

    /**
     * The outbox sender ({@code motcua.portal.outbox.*}).
     *
     * @param senderEnabled whether this node sends on its own schedule (tests drive the sender themselves)
     * @param pollInterval  pause between two rounds of sending
     * @param batchSize     at most this many rows per round
     * @param backoffBase   wait after the first failure; doubled after each further failure
     * @param backoffMax    the longest wait between two attempts
     * @param stuckAttempts a row still unsent after this many attempts is stuck
     * @param stuckAge      a row still unsent this long after it was written is stuck
     */
    public record Outbox(@DefaultValue("true") boolean senderEnabled,
                         @DefaultValue("2s") Duration pollInterval,
                         @DefaultValue("20") int batchSize,
                         @DefaultValue("5s") Duration backoffBase,
                         @DefaultValue("15m") Duration backoffMax,
                         @DefaultValue("5") int stuckAttempts,
                         @DefaultValue("15m") Duration stuckAge) {
    }

    /**
     * Reconciliation ({@code motcua.portal.reconciliation.*}).
     *
     * @param unacknowledgedAfter a dossier whose latest status the portal has not acknowledged this long
     *                            after the change is listed for reconciliation
     */
    public record Reconciliation(@DefaultValue("30m") Duration unacknowledgedAfter) {
    }

    /**
     * The portal's technical account on our side ({@code motcua.portal.inbound.*}): HTTP Basic on
     * {@code /api/portal/submissions}, role {@code PORTAL}. Without a password nobody can call it.
     *
     * @param username the account name
     * @param password its password with a Spring Security encoding prefix, e.g. {@code {bcrypt}$2a$…}
     */
    public record Inbound(@DefaultValue("dvcqg") String username, String password) {
    }
}
