package vn.motcua.monitoring;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.notification.NotificationSender;
import vn.motcua.notification.NotificationSender.OutboundMessage;
import vn.motcua.notification.NotificationTemplate;
import vn.motcua.notification.NotificationTemplate.Placeholder;
import vn.motcua.notification.NotificationTexts;
import vn.motcua.notification.Notifications;
import vn.motcua.organization.GroupIds;
import vn.motcua.organization.OrganizationService;
import vn.motcua.organization.Role;
import vn.motcua.organization.UnitKind;
import vn.motcua.sla.Deadlines;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

/**
 * Escalation of overdue steps: a step still open after its due date (its allotment) notifies the
 * leaders of the unit that has it and the supervisors covering that unit (for a provincial unit, the
 * provincial center's supervisors), once per step: in the notification list and through the
 * {@link NotificationSender}.
 *
 * <p>"Once" holds across nodes: each step is claimed with
 * {@code update monitoring_step set escalated_at = … where task_id = … and escalated_at is null}; only
 * the node whose update changed the row writes the notifications, in the claim's transaction. The
 * e-mail/SMS go out after that commit (a crash in between loses the e-mail, never the in-app entry).
 * Steps of dossiers paused for a supplement are not escalated (their due date is on hold). The texts are
 * the administrators' ({@link NotificationTemplate#ESCALATION_SUBJECT}, {@link NotificationTemplate#ESCALATION_BODY}).
 */
@Service
public class Escalations {

    private static final Logger log = LoggerFactory.getLogger(Escalations.class);
    private static final int BATCH = 500;
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(WorkingTimeCalculator.ZONE);

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Notifications notifications;
    private final NotificationSender sender;
    private final OrganizationService organization;
    private final Deadlines deadlines;
    private final NotificationTexts texts;

    Escalations(JdbcClient jdbc, TransactionTemplate transactions, Notifications notifications,
                NotificationSender sender, OrganizationService organization, Deadlines deadlines,
                NotificationTexts texts) {
        this.texts = texts;
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.notifications = notifications;
        this.sender = sender;
        this.organization = organization;
        this.deadlines = deadlines;
    }

    private record OverdueStep(String taskId, String dossierId, String code, String stepName, String unit,
                               Instant dueAt) {
    }

    /** Escalates every step overdue at {@code now} not escalated yet; returns how many this node escalated. */
    public int escalate(Instant now) {
        List<OverdueStep> candidates = jdbc.sql("""
                select s.task_id, s.dossier_id, d.code, s.step_name, s.unit_code, s.due_at
                from monitoring_step s join monitoring_dossier d on d.dossier_id = s.dossier_id
                where s.is_open and s.escalated_at is null and s.due_at < ? and not d.paused
                order by s.due_at limit ?""")
                .params(Timestamp.from(now), BATCH)
                .query((rs, row) -> new OverdueStep(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getTimestamp(6).toInstant()))
                .list();
        int escalated = 0;
        for (OverdueStep step : candidates) {
            List<OutboundMessage> messages = transactions.execute(status -> claimAndNotify(step, now));
            if (messages != null) {
                messages.forEach(sender::send);
                escalated++;
            }
        }
        if (escalated > 0) {
            log.info("escalated {} overdue steps", escalated);
        }
        return escalated;
    }

    /** The messages to send, or {@code null} when another node (or an earlier run) claimed the step. */
    private List<OutboundMessage> claimAndNotify(OverdueStep step, Instant now) {
        int claimed = jdbc.sql("update monitoring_step set escalated_at = ? where task_id = ? and escalated_at is null")
                .params(Timestamp.from(now), step.taskId()).update();
        if (claimed == 0) {
            return null;
        }
        Duration late = deadlines.workingTimeBetween(step.dueAt(), now);
        Map<Placeholder, String> values = Map.of(
                Placeholder.DOSSIER_CODE, step.code() == null ? step.dossierId() : step.code(),
                Placeholder.STEP_NAME, step.stepName() == null ? "" : step.stepName(),
                Placeholder.STEP_DUE, SHOWN.format(step.dueAt()),
                Placeholder.HOURS_LATE, hours(late));
        String title = texts.render(NotificationTemplate.ESCALATION_SUBJECT, values);
        String body = texts.render(NotificationTemplate.ESCALATION_BODY, values);
        String link = "/api/dossiers/" + step.dossierId() + "/control-sheet";
        List<OutboundMessage> messages = new ArrayList<>();
        for (String group : recipients(step.unit())) {
            notifications.notify(group, title, body, step.dossierId(), step.taskId(), link);
            messages.add(new OutboundMessage(group, title, body, link));
        }
        return messages;
    }

    /** The unit's leaders and the supervisors covering it. */
    Set<String> recipients(String unit) {
        Set<String> groups = new LinkedHashSet<>();
        if (unit == null) {
            return groups;
        }
        groups.add(GroupIds.of(unit, Role.LEADER));
        List<String> covering = organization.supervisorGroupsCovering(unit);
        if (covering.isEmpty()) {
            organization.units().stream()
                    .filter(candidate -> candidate.kind() == UnitKind.SERVICE_CENTER && organization.isProvincial(candidate.code()))
                    .forEach(center -> groups.add(GroupIds.of(center.code(), Role.SUPERVISOR)));
        } else {
            groups.addAll(covering);
        }
        return groups;
    }

    private static String hours(Duration duration) {
        return String.valueOf(Math.round(Math.max(0, duration.toMinutes()) / 6.0) / 10.0).replace('.', ',');
    }
}
