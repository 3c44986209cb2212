package vn.motcua.monitoring;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The typical working duration of each step key: the average working time of the steps of that key
 * completed in the last {@code typicalWindowDays} days, read from the read model. Kept in memory for
 * {@code typicalRefresh}: the aggregate reads every completed step of the window, too much for every
 * dashboard request at millions of dossiers, and it moves slowly.
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
        jdbc.sql("""
                select step_key, avg(working_millis) from monitoring_step
                where completed_at >= ? and working_millis is not null group by step_key""")
                .param(Timestamp.from(now.minus(Duration.ofDays(properties.typicalWindowDays()))))
                .query((rs, row) -> durations.put(rs.getString(1), Duration.ofMillis(Math.round(rs.getDouble(2)))))
                .list();
        return durations;
    }
}
