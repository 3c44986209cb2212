package vn.motcua.portal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvents.Change;
import vn.motcua.dossier.DossierEvents.DossierChanged;
import vn.motcua.fees.FeePayments;
import vn.motcua.files.DossierFiles;

/**
 * Writes every status change of a dossier to {@code portal_outbox}, in the transaction of the change
 * (the dossier module publishes {@link DossierChanged} synchronously inside it): the row commits with
 * the change or not at all, so nothing accepted is lost and nothing rolled back is sent. A change that
 * leaves the status as it was (a new handling unit, a new appointment) writes no row.
 */
@Component
public class PortalOutbox {

    private final JdbcClient jdbc;
    private final DossierFiles files;
    private final FeePayments payments;

    PortalOutbox(JdbcClient jdbc, DossierFiles files, FeePayments payments) {
        this.jdbc = jdbc;
        this.files = files;
        this.payments = payments;
    }

    private record Last(int seq, int status, boolean paidOnline) {
    }

    @EventListener
    void on(DossierChanged event) {
        Dossier dossier = event.dossier();
        Optional<Last> last = last(dossier.id());
        if (last.isPresent() && last.get().status() == dossier.status().code()) {
            return;
        }
        insert(dossier, last, event.did(Change.DOCUMENTS_ADDED));
    }

    /**
     * Enqueues the dossier's current status again with the next sequence number, whatever was sent
     * before (reconciliation's resend). Joins the caller's transaction.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void enqueueCurrent(Dossier dossier) {
        insert(dossier, last(dossier.id()), false);
    }

    /**
     * The portal told us more about a dossier it forwarded (applicant signed in with VNeID): rows not
     * yet attempted carry it too. Joins the caller's transaction, the one that registered the dossier.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    void markVneidAuthenticated(String dossierId) {
        jdbc.sql("update portal_outbox set vneid_authenticated = true where dossier_id = ? and state = 'PENDING'"
                + " and attempts = 0").param(dossierId).update();
    }

    private Optional<Last> last(String dossierId) {
        return jdbc.sql("select seq, status, paid_online from portal_outbox where dossier_id = ? order by seq desc"
                        + " limit 1")
                .param(dossierId)
                .query((rs, row) -> new Last(rs.getInt(1), rs.getInt(2), rs.getBoolean(3)))
                .optional();
    }

    private void insert(Dossier dossier, Optional<Last> last, boolean documentsAdded) {
        Timestamp now = Timestamp.from(Instant.now());
        boolean vneid = jdbc.sql("select count(*) from portal_submission where dossier_id = ? and vneid_authenticated")
                .param(dossier.id()).query(Long.class).single() > 0;
        Map<String, Object> values = new HashMap<>();
        values.put("dossier", dossier.id());
        values.put("seq", last.map(Last::seq).orElse(0) + 1);
        values.put("code", dossier.code());
        values.put("procedure", dossier.procedureCode());
        values.put("unit", dossier.receivingUnit());
        values.put("status", dossier.status().code());
        values.put("channel", dossier.channel().name());
        values.put("paid", last.map(Last::paidOnline).orElse(false) || payments.paidOnline(dossier.id()));
        values.put("vneid", vneid);
        values.put("digitized", documentsAdded || !files.of(dossier.id()).isEmpty());
        values.put("received", ts(dossier.receivedAt()));
        values.put("appointment", ts(dossier.appointmentAt()));
        values.put("finished", ts(dossier.finishedAt()));
        values.put("returned", ts(dossier.returnedAt()));
        values.put("now", now);
        jdbc.sql("""
                insert into portal_outbox (dossier_id, seq, state, dossier_code, procedure_code, receiving_unit, status,
                  changed_at, channel, paid_online, vneid_authenticated, digitized, received_at, appointment_at,
                  finished_at, returned_at, attempts, next_attempt_at, created_at)
                values (:dossier, :seq, 'PENDING', :code, :procedure, :unit, :status, :now, :channel, :paid, :vneid,
                  :digitized, :received, :appointment, :finished, :returned, 0, :now, :now)""")
                .params(values)
                .update();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
