package vn.motcua.monitoring;

import java.sql.Date;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import vn.motcua.sla.calendar.WorkingTimeCalculator;

/**
 * The typical working duration of each step key: the average working time of the steps of that key
 * completed in the last {@code typicalWindowDays} days, read from the read model. Kept in memory for
 * {@code typicalRefresh}: it moves slowly. Read from the per-day aggregate {@code monitoring_step_day}.
 */
@Component
class TypicalStepDurations {

    private final JdbcClient jdbc;
    private final MonitoringProperties properties;
    private volatile Snapshot snapshot;

    private record Snapshot(Instant readAt, Map<String, Duration> durations) {
    }

    TypicalStepDurations(JdbcClient jdbc, MonitoringProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    Map<String, Duration> byStepKey() {
        Snapshot current = snapshot;
        Instant now = Instant.now();
        if (current == null || current.readAt().plus(properties.typicalRefresh()).isBefore(now)) {
            current = new Snapshot(now, read(now));
            snapshot = current;
        }
        return current.durations();
    }

    /** Forgets the snapshot, so the next call re-reads (tests that seed completed steps). */
    void refresh() {
        snapshot = null;
    }

    private Map<String, Duration> read(Instant now) {
        Map<String, Duration> durations = new LinkedHashMap<>();
        LocalDate today = LocalDate.ofInstant(now, WorkingTimeCalculator.ZONE);
        jdbc.sql("""
                select step_key, sum(working_millis), sum(steps) from monitoring_step_day
                where completed_on > ? group by step_key""")
                .param(Date.valueOf(today.minusDays(properties.typicalWindowDays())))
                .query((rs, row) -> durations.put(rs.getString(1),
                        Duration.ofMillis(Math.round(rs.getDouble(2) / rs.getLong(3)))))
                .list();
        return durations;
    }
}
