package vn.motcua.portal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.platform.RetryBackoff;

/**
 * Sends the outbox to the portal, oldest first and in order per dossier: only the oldest unsent row of
 * a dossier is eligible, so a later change of a dossier never overtakes an earlier one. Every node runs
 * it; a row is taken with {@code select … for update skip locked} in its own short transaction, so two
 * nodes never send the same row.
 *
 * <p>On a temporary failure the row waits {@code backoff-base × 2^(attempts-1)} (at most
 * {@code backoff-max}, ±20 % jitter) and blocks its dossier's later rows meanwhile. A rejected payload
 * is PARKED with the portal's message: it is not retried automatically (it would be rejected again)
 * and keeps blocking its dossier until a supervisor resends the dossier's current status
 * ({@link PortalReconciliation#resend}).
 */
@Service
public class PortalOutboxSender {

    private static final Logger log = LoggerFactory.getLogger(PortalOutboxSender.class);

    private static final String HEAD_OF_EACH_DOSSIER = "select " + OutboxRow.COLUMNS + " " + """
             from portal_outbox o
             where o.state = 'PENDING' and o.next_attempt_at <= :now
               and not exists (select 1 from portal_outbox p
                               where p.dossier_id = o.dossier_id and p.seq < o.seq and p.state in ('PENDING', 'PARKED'))
             order by o.id
             limit 1
             for update skip locked""";

    private final JdbcClient jdbc;
    private final PortalClient client;
    private final PortalProperties properties;
    private final TransactionTemplate transactions;

    PortalOutboxSender(JdbcClient jdbc, PortalClient client, PortalProperties properties,
                       TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.client = client;
        this.properties = properties;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (!properties.configured()) {
            log.warn("MOTCUA-PORTAL-OFF motcua.portal.base-url is not set: dossier status changes are kept in "
                    + "portal_outbox and sent once a portal is configured");
        } else if (!properties.outbox().senderEnabled()) {
            log.info("MOTCUA-PORTAL-SENDER-OFF motcua.portal.outbox.sender-enabled=false: this node does not send");
        } else {
            log.info("MOTCUA-PORTAL-ON status changes are sent to {} every {}", properties.baseUrl(),
                    properties.outbox().pollInterval());
        }
    }

    @Scheduled(initialDelayString = "${motcua.portal.outbox.poll-interval:PT2S}",
            fixedDelayString = "${motcua.portal.outbox.poll-interval:PT2S}")
    void onSchedule() {
        if (properties.configured() && properties.outbox().senderEnabled()) {
            sendDue();
        }
    }

    /**
     * Sends up to {@code batch-size} due rows now.
     *
     * @return how many rows were attempted (sent, failed or parked)
     */
    public int sendDue() {
        return sendDue(Instant.now(), properties.outbox().batchSize());
    }

    /** Sends up to {@code limit} rows due at {@code now}; failures are rescheduled after {@code now}. */
    int sendDue(Instant now, int limit) {
        if (!properties.configured()) {
            return 0;
        }
        int attempted = 0;
        while (attempted < limit && Boolean.TRUE.equals(transactions.execute(status -> sendOne(now)))) {
            attempted++;
        }
        return attempted;
    }

    private boolean sendOne(Instant now) {
        Optional<OutboxRow> head = jdbc.sql(HEAD_OF_EACH_DOSSIER).param("now", Timestamp.from(now))
                .query(OutboxRow::map).optional();
        if (head.isEmpty()) {
            return false;
        }
        OutboxRow row = head.get();
        PortalClient.Outcome outcome = client.send(row);
        if (outcome instanceof PortalClient.Accepted) {
            acknowledged(row);
        } else if (outcome instanceof PortalClient.Rejected rejected) {
            log.warn("MOTCUA-PORTAL-REJECTED dossier {} seq {} parked: {}", row.dossierCode(), row.seq(),
                    rejected.message());
            jdbc.sql("update portal_outbox set state = 'PARKED', attempts = attempts + 1, last_error = ? where id = ?")
                    .params(limit(rejected.message()), row.id()).update();
        } else if (outcome instanceof PortalClient.Failed failed) {
            Instant next = now.plus(backoff(row.attempts() + 1));
            log.info("MOTCUA-PORTAL-RETRY dossier {} seq {} attempt {} failed, next at {}: {}", row.dossierCode(),
                    row.seq(), row.attempts() + 1, next, failed.message());
            jdbc.sql("update portal_outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = ? where id = ?")
                    .params(limit(failed.message()), Timestamp.from(next), row.id()).update();
        }
        return true;
    }

    private void acknowledged(OutboxRow row) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("update portal_outbox set state = 'SENT', attempts = attempts + 1, sent_at = ?, last_error = null"
                + " where id = ?").params(now, row.id()).update();
        int updated = jdbc.sql("update portal_dossier_state set last_seq = ?, portal_status = ?, acked_at = ?"
                        + " where dossier_id = ? and last_seq < ?")
                .params(row.seq(), row.status(), now, row.dossierId(), row.seq()).update();
        if (updated == 0) {
            jdbc.sql("insert into portal_dossier_state (dossier_id, last_seq, portal_status, acked_at) select ?, ?, ?, ?"
                            + " where not exists (select 1 from portal_dossier_state where dossier_id = ?)")
                    .params(row.dossierId(), row.seq(), row.status(), now, row.dossierId()).update();
        }
    }

    /** The wait after failed attempt number {@code attempt}: see {@link RetryBackoff}. */
    Duration backoff(int attempt) {
        return new RetryBackoff(properties.outbox().backoffBase(), properties.outbox().backoffMax()).after(attempt);
    }

    private static String limit(String message) {
        return message.length() > 2000 ? message.substring(0, 2000) : message;
    }
}
