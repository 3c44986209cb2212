package vn.motcua.portal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.function.Predicate;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.platform.web.InvalidRequestException;

/**
 * The portal half of reconciliation: dossiers whose status the portal has not acknowledged — its last
 * acknowledged status differs from our latest one, or it acknowledged nothing — although the first
 * unacknowledged change is older than {@code motcua.portal.reconciliation.unacknowledged-after}. Our
 * latest status is the latest outbox row of the dossier: every status change writes one in the
 * transaction of the change. A dossier belongs to the scope of its receiving unit, the unit the
 * portal knows it by.
 */
@Service
public class PortalReconciliation {

    /**
     * A dossier to reconcile.
     *
     * @param portalStatus   the status the portal acknowledged last, {@code null} if none
     * @param unsentRows     outbox rows of the dossier still PENDING or PARKED
     * @param lastError      the latest error of those rows, in the portal's or the network's words
     */
    public record Mismatch(String dossierId, String dossierCode, int ourStatus, String ourStatusLabel,
                           Integer portalStatus, Instant acknowledgedAt, Instant changedAt, long unsentRows,
                           String lastError) {
    }

    private final JdbcClient jdbc;
    private final PortalProperties properties;
    private final DossierService dossiers;
    private final PortalOutbox outbox;

    PortalReconciliation(JdbcClient jdbc, PortalProperties properties, DossierService dossiers, PortalOutbox outbox) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.dossiers = dossiers;
        this.outbox = outbox;
    }

    /**
     * Dossiers to reconcile, the longest waiting first.
     *
     * @param units the receiving units in scope, {@code null} for every unit
     */
    @Transactional(readOnly = true)
    public List<Mismatch> mismatches(Collection<String> units, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidRequestException("limit phải từ 1 đến 1000.");
        }
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        Timestamp cutoff = Timestamp.from(Instant.now().minus(properties.reconciliation().unacknowledgedAfter()));
        var statement = jdbc.sql("""
                select o.dossier_id, o.dossier_code, o.status, s.portal_status, s.acked_at, o.changed_at,
                  (select count(*) from portal_outbox u where u.dossier_id = o.dossier_id
                     and u.state in ('PENDING', 'PARKED')) as unsent,
                  (select u.last_error from portal_outbox u where u.dossier_id = o.dossier_id
                     and u.state in ('PENDING', 'PARKED') order by u.seq limit 1) as last_error,
                  (select min(u.created_at) from portal_outbox u where u.dossier_id = o.dossier_id
                     and u.seq > coalesce(s.last_seq, 0)) as waiting_since
                from portal_outbox o
                left join portal_dossier_state s on s.dossier_id = o.dossier_id
                where o.seq = (select max(m.seq) from portal_outbox m where m.dossier_id = o.dossier_id)
                  and (s.portal_status is null or s.portal_status <> o.status)
                  and (select min(u.created_at) from portal_outbox u where u.dossier_id = o.dossier_id
                         and u.seq > coalesce(s.last_seq, 0)) < :cutoff
                """ + (units == null ? "" : " and o.receiving_unit in (:units)") + """
                order by waiting_since, o.dossier_id
                limit :limit""")
                .param("cutoff", cutoff).param("limit", limit);
        if (units != null) {
            statement = statement.param("units", List.copyOf(units));
        }
        return statement.query((rs, row) -> {
                    int ours = rs.getInt("status");
                    int portal = rs.getInt("portal_status");
                    Integer portalStatus = rs.wasNull() ? null : portal;
                    Timestamp acked = rs.getTimestamp("acked_at");
                    return new Mismatch(rs.getString("dossier_id"), rs.getString("dossier_code"), ours,
                            DossierStatus.ofCode(ours).label(), portalStatus,
                            acked == null ? null : acked.toInstant(), rs.getTimestamp("changed_at").toInstant(),
                            rs.getLong("unsent"), rs.getString("last_error"));
                })
                .list();
    }

    /**
     * Sends the dossier's current status again: a new outbox row with the next sequence number. Rows
     * the portal rejected (PARKED) are marked SUPERSEDED, so that they stop blocking the dossier; rows
     * waiting for a retry become due now. Nothing is deleted.
     *
     * @param inScope whether a receiving unit is in the caller's scope; a dossier outside it is refused
     *                unchanged
     * @return the dossier as it now stands
     * @throws AccessDeniedException for a dossier received outside the caller's scope
     */
    @Transactional
    public Dossier resend(String dossierId, Predicate<String> inScope) {
        Dossier dossier = dossiers.get(dossierId);
        if (!inScope.test(dossier.receivingUnit())) {
            throw new AccessDeniedException("dossier " + dossierId + " is received outside the caller's scope");
        }
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("update portal_outbox set state = 'SUPERSEDED' where dossier_id = ? and state = 'PARKED'")
                .param(dossierId).update();
        jdbc.sql("update portal_outbox set next_attempt_at = ? where dossier_id = ? and state = 'PENDING'")
                .params(now, dossierId).update();
        outbox.enqueueCurrent(dossier);
        return dossier;
    }
}
