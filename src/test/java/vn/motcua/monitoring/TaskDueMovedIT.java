package vn.motcua.monitoring;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.IntegrationTest;
import vn.motcua.sla.TaskDueMoved;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.monitoring.MonitoringSeed.CENTER_C;
import static vn.motcua.monitoring.MonitoringSeed.COMMUNE_C;
import static vn.motcua.monitoring.MonitoringSeed.Seeded;
import static vn.motcua.monitoring.MonitoringSeed.insert;
import static vn.motcua.monitoring.MonitoringSeed.step;

/** A due date the SLA clock holds during a supplement, then reschedules, reaches the read model. */
@IntegrationTest
class TaskDueMovedIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    TransactionTemplate transaction;

    @Test
    void a_held_then_rescheduled_step_keeps_the_clocks_due_date_so_escalation_uses_the_right_one() {
        String id = "due-" + UUID.randomUUID().toString().substring(0, 8);
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        insert(jdbc, new Seeded(id, CENTER_C, "COUNTER", 4, now.minus(Duration.ofDays(3)), now.plus(Duration.ofDays(5)),
                null, null, null, false, false, 0, false));
        step(jdbc, id + "-task", id, "judicial-record/Task_Appraise", COMMUNE_C, now.minus(Duration.ofDays(2)),
                now.minus(Duration.ofHours(1)), null, null);

        transaction.executeWithoutResult(status -> events.publishEvent(new TaskDueMoved(id + "-task", null)));
        assertThat(due(id)).isNull();

        Instant resumed = now.plus(Duration.ofDays(2));
        transaction.executeWithoutResult(status -> events.publishEvent(new TaskDueMoved(id + "-task", resumed)));
        assertThat(due(id)).isEqualTo(resumed);
    }

    private Instant due(String dossierId) {
        return jdbc.sql("select due_at from monitoring_step where dossier_id = ?").param(dossierId)
                .query((rs, row) -> Optional.ofNullable(rs.getTimestamp(1)).map(Timestamp::toInstant))
                .single().orElse(null);
    }
}
