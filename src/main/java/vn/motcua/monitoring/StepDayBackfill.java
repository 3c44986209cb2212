package vn.motcua.monitoring;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

import vn.motcua.sla.calendar.WorkingTimeCalculator;

/**
 * Flyway migration 7.1: fills {@code monitoring_step_day} from the steps completed before it existed.
 * In Java because the completion's day in Vietnam is not computed alike by PostgreSQL and H2.
 */
@Component
class StepDayBackfill implements JavaMigration {

    private record Key(LocalDate day, String stepKey, String unit) {
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("7.1");
    }

    @Override
    public String getDescription() {
        return "backfill monitoring step day";
    }

    @Override
    public Integer getChecksum() {
        return 71;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Map<Key, long[]> sums = new HashMap<>();
        try (Statement select = context.getConnection().createStatement();
             ResultSet rs = select.executeQuery("select completed_at, step_key, unit_code, working_millis, timeliness"
                     + " from monitoring_step where completed_at is not null")) {
            while (rs.next()) {
                LocalDate day = rs.getTimestamp(1).toInstant().atZone(WorkingTimeCalculator.ZONE).toLocalDate();
                String unit = rs.getString(3);
                long[] sum = sums.computeIfAbsent(new Key(day, rs.getString(2), unit == null ? "" : unit),
                        key -> new long[3]);
                sum[0]++;
                sum[1] += rs.getLong(4);
                sum[2] += "LATE".equals(rs.getString(5)) ? 1 : 0;
            }
        }
        try (PreparedStatement insert = context.getConnection().prepareStatement("insert into monitoring_step_day"
                + " (completed_on, step_key, unit_code, steps, working_millis, late_steps, compacted)"
                + " values (?, ?, ?, ?, ?, ?, true)")) {
            for (Map.Entry<Key, long[]> entry : sums.entrySet()) {
                insert.setObject(1, entry.getKey().day());
                insert.setString(2, entry.getKey().stepKey());
                insert.setString(3, entry.getKey().unit());
                insert.setLong(4, entry.getValue()[0]);
                insert.setLong(5, entry.getValue()[1]);
                insert.setLong(6, entry.getValue()[2]);
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }
}
