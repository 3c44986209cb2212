package vn.motcua.monitoring;

import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Folds the delta rows of {@code monitoring_step_day} (one per completed step) into one compacted row
 * per day, step and unit, every {@code motcua.monitoring.step-day-compaction-interval}. Rows are never
 * changed, only replaced: the rows read are locked ({@code for update}) and deleted by id, so a delta
 * committed meanwhile stays for the next run, and two nodes compacting at once do not count a row twice.
 */
@Component
class StepDayCompaction {

    private static final int BATCH = 5_000;

    private record Key(LocalDate day, String stepKey, String unit) {
    }

    private record Row(long id, Key key, long steps, long workingMillis, long late) {
    }

    private final JdbcClient jdbc;

    StepDayCompaction(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Scheduled(initialDelayString = "${motcua.monitoring.step-day-compaction-interval:PT1M}",
            fixedDelayString = "${motcua.monitoring.step-day-compaction-interval:PT1M}")
    void scheduled() {
        compact();
    }

    /** Compacts up to one batch of delta rows; returns how many were folded. */
    @Transactional
    public int compact() {
        List<Row> deltas = jdbc.sql("""
                select id, completed_on, step_key, unit_code, steps, working_millis, late_steps from monitoring_step_day
                where compacted = false order by id fetch first %d rows only for update""".formatted(BATCH))
                .query((rs, n) -> row(rs)).list();
        if (deltas.isEmpty()) {
            return 0;
        }
        Map<Key, long[]> sums = new LinkedHashMap<>();
        List<Long> replaced = new ArrayList<>();
        for (Row delta : deltas) {
            add(sums, delta);
            replaced.add(delta.id());
        }
        for (Key key : sums.keySet()) {
            jdbc.sql("""
                    select id, completed_on, step_key, unit_code, steps, working_millis, late_steps from monitoring_step_day
                    where compacted = true and completed_on = ? and step_key = ? and unit_code = ? for update""")
                    .params(Date.valueOf(key.day()), key.stepKey(), key.unit())
                    .query((rs, n) -> row(rs)).list()
                    .forEach(row -> {
                        add(sums, row);
                        replaced.add(row.id());
                    });
        }
        for (int from = 0; from < replaced.size(); from += 1_000) {
            jdbc.sql("delete from monitoring_step_day where id in (:ids)")
                    .param("ids", replaced.subList(from, Math.min(replaced.size(), from + 1_000))).update();
        }
        sums.forEach((key, sum) -> jdbc.sql("""
                insert into monitoring_step_day (completed_on, step_key, unit_code, steps, working_millis, late_steps,
                  compacted) values (?, ?, ?, ?, ?, ?, true)""")
                .params(Date.valueOf(key.day()), key.stepKey(), key.unit(), sum[0], sum[1], sum[2]).update());
        return deltas.size();
    }

    private static void add(Map<Key, long[]> sums, Row row) {
        long[] sum = sums.computeIfAbsent(row.key(), key -> new long[3]);
        sum[0] += row.steps();
        sum[1] += row.workingMillis();
        sum[2] += row.late();
    }

    private static Row row(ResultSet rs) throws SQLException {
        return new Row(rs.getLong(1), new Key(rs.getObject(2, LocalDate.class), rs.getString(3), rs.getString(4)),
                rs.getLong(5), rs.getLong(6), rs.getLong(7));
    }
}
