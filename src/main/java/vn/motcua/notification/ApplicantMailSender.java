package vn.motcua.notification;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.platform.RetryBackoff;

/**
 * Sends the applicants' e-mails queued in {@code applicant_mail_outbox} through SMTP (Spring Mail,
 * {@code spring.mail.*}). Every node runs it; a row is taken with {@code select … for update skip locked}
 * in its own short transaction and marked SENT in it, so two nodes never send the same row and a sent row
 * is never taken again. When the SMTP server fails the row waits {@code backoff-base × 2^(attempts-1)}
 * (at most {@code backoff-max}, ±20 % jitter) and is tried again; nothing is dropped.
 */
@Service
public class ApplicantMailSender {

    private static final Logger log = LoggerFactory.getLogger(ApplicantMailSender.class);

    private static final String DUE = """
            select id, recipient, subject, body, attempts from applicant_mail_outbox
            where state = 'PENDING' and next_attempt_at <= ?
            order by id
            limit 1
            for update skip locked""";

    private record Row(long id, String recipient, String subject, String body, int attempts) {
    }

    private final JdbcClient jdbc;
    private final ObjectProvider<JavaMailSender> mail;
    private final ApplicantMailProperties properties;
    private final TransactionTemplate transactions;

    ApplicantMailSender(JdbcClient jdbc, ObjectProvider<JavaMailSender> mail, ApplicantMailProperties properties,
                        TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.mail = mail;
        this.properties = properties;
        this.transactions = transactions;
    }

    @EventListener(ApplicationReadyEvent.class)
    void announce() {
        if (!properties.enabled()) {
            log.info("MOTCUA-MAIL-OFF motcua.notification.mail.enabled=false: applicants are not e-mailed");
        } else if (mail.getIfAvailable() == null) {
            log.warn("MOTCUA-MAIL-NO-SMTP spring.mail.host is not set: applicants' e-mails wait in "
                    + "applicant_mail_outbox until an SMTP server is configured");
        } else if (!properties.senderEnabled()) {
            log.info("MOTCUA-MAIL-SENDER-OFF motcua.notification.mail.sender-enabled=false: this node does not send");
        }
    }

    @Scheduled(initialDelayString = "${motcua.notification.mail.poll-interval:PT5S}",
            fixedDelayString = "${motcua.notification.mail.poll-interval:PT5S}")
    void onSchedule() {
        if (properties.enabled() && properties.senderEnabled()) {
            sendDue();
        }
    }

    /**
     * Sends up to {@code batch-size} due e-mails now.
     *
     * @return how many were attempted (sent or failed)
     */
    public int sendDue() {
        return sendDue(Instant.now(), properties.batchSize());
    }

    /** Sends up to {@code limit} e-mails due at {@code now}; failures are rescheduled after {@code now}. */
    int sendDue(Instant now, int limit) {
        JavaMailSender sender = mail.getIfAvailable();
        if (sender == null) {
            return 0;
        }
        int attempted = 0;
        while (attempted < limit && Boolean.TRUE.equals(transactions.execute(status -> sendOne(sender, now)))) {
            attempted++;
        }
        return attempted;
    }

    private boolean sendOne(JavaMailSender sender, Instant now) {
        Optional<Row> due = jdbc.sql(DUE).param(Timestamp.from(now))
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getInt(5)))
                .optional();
        if (due.isEmpty()) {
            return false;
        }
        Row row = due.get();
        try {
            sender.send(message(sender, row));
            jdbc.sql("update applicant_mail_outbox set state = 'SENT', attempts = attempts + 1, sent_at = ?,"
                    + " last_error = null where id = ?").params(Timestamp.from(Instant.now()), row.id()).update();
        } catch (MailException | MessagingException failure) {
            Instant next = now.plus(backoff(row.attempts() + 1));
            String message = String.valueOf(failure.getMessage());
            log.info("MOTCUA-MAIL-RETRY e-mail {} attempt {} failed, next at {}: {}", row.id(), row.attempts() + 1,
                    next, message);
            jdbc.sql("update applicant_mail_outbox set attempts = attempts + 1, last_error = ?, next_attempt_at = ?"
                    + " where id = ?")
                    .params(message.length() > 2000 ? message.substring(0, 2000) : message, Timestamp.from(next),
                            row.id())
                    .update();
        }
        return true;
    }

    private MimeMessage message(JavaMailSender sender, Row row) throws MessagingException {
        MimeMessage message = sender.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
        helper.setFrom(properties.from());
        helper.setTo(row.recipient());
        helper.setSubject(row.subject());
        helper.setText(row.body(), false);
        return message;
    }

    /** The wait after failed attempt number {@code attempt}: see {@link RetryBackoff}. */
    Duration backoff(int attempt) {
        return new RetryBackoff(properties.backoffBase(), properties.backoffMax()).after(attempt);
    }
}
