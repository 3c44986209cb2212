package vn.motcua.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvents.DossierChanged;
import vn.motcua.notification.ApplicantMessages.ApplicantMessage;

/**
 * Queues an e-mail to the applicant in {@code applicant_mail_outbox} for every change they are told about
 * ({@link ApplicantMessages#eventOf}), in the transaction of the change (the dossier module publishes
 * {@link DossierChanged} synchronously inside it): the row commits with the change or not at all. A
 * dossier without the applicant's e-mail address queues nothing, and so does a platform with
 * {@code motcua.notification.mail.enabled=false}.
 */
@Component
class ApplicantMailOutbox {

    private final JdbcClient jdbc;
    private final ApplicantMessages messages;
    private final ApplicantMailProperties properties;

    ApplicantMailOutbox(JdbcClient jdbc, ApplicantMessages messages, ApplicantMailProperties properties) {
        this.jdbc = jdbc;
        this.messages = messages;
        this.properties = properties;
    }

    @EventListener
    void on(DossierChanged change) {
        Dossier dossier = change.dossier();
        String recipient = dossier.applicant() == null ? null : dossier.applicant().email();
        if (!properties.enabled() || recipient == null || recipient.isBlank()) {
            return;
        }
        Optional<Integer> lastStatus = jdbc.sql("select status from applicant_mail_outbox where dossier_id = ?"
                        + " order by id desc limit 1")
                .param(dossier.id()).query(Integer.class).optional();
        boolean statusChanged = lastStatus.map(status -> status != dossier.status().code()).orElse(true);
        messages.eventOf(change, statusChanged)
                .ifPresent(event -> insert(dossier, recipient.strip(), messages.compose(dossier, event)));
    }

    private void insert(Dossier dossier, String recipient, ApplicantMessage message) {
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                insert into applicant_mail_outbox (dossier_id, status, event, recipient, subject, body, state, attempts,
                  next_attempt_at, created_at)
                values (?, ?, ?, ?, ?, ?, 'PENDING', 0, ?, ?)""")
                .params(dossier.id(), dossier.status().code(), message.event().name(), recipient, message.subject(),
                        message.body(), now, now)
                .update();
    }
}
