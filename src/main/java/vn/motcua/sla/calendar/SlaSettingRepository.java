package vn.motcua.sla.calendar;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SLA settings administrators changed in the pages (table {@code sla_setting}). */
@Repository
class SlaSettingRepository {

    static final String SAME_DAY_CUT_OFF = "same-day-cut-off";

    /** A stored cut-off with who changed it last. */
    record StoredCutOff(LocalTime cutOff, String updatedBy, Instant updatedAt) {
    }

    private final JdbcClient jdbc;

    SlaSettingRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<StoredCutOff> cutOff() {
        return jdbc.sql("select setting_value, updated_by, updated_at from sla_setting where setting_name = ?")
                .param(SAME_DAY_CUT_OFF)
                .query((rs, row) -> new StoredCutOff(LocalTime.parse(rs.getString(1)), rs.getString(2),
                        rs.getTimestamp(3).toInstant()))
                .optional();
    }

    /** Stores the cut-off, replacing the one stored; runs in the caller's transaction. */
    void storeCutOff(LocalTime cutOff, String editor, Instant at) {
        int updated = jdbc.sql("update sla_setting set setting_value = ?, updated_by = ?, updated_at = ? where setting_name = ?")
                .params(cutOff.toString(), editor, Timestamp.from(at), SAME_DAY_CUT_OFF).update();
        if (updated == 0) {
            jdbc.sql("insert into sla_setting (setting_name, setting_value, updated_by, updated_at) values (?, ?, ?, ?)")
                    .params(SAME_DAY_CUT_OFF, cutOff.toString(), editor, Timestamp.from(at)).update();
        }
    }
}
