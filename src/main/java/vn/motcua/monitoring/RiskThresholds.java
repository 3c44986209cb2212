package vn.motcua.monitoring;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.StringJoiner;

import vn.motcua.sla.Deadlines;

/**
 * "At risk" as a condition the database can check with an index. A step is predicted late when the
 * working time left until its due date is shorter than the typical duration of its step key. Since
 * working time grows with the clock, that is the same as: due date before {@code now + typical} in
 * working time — one threshold instant per step key, joined as a {@code VALUES} table {@code t}.
 */
record RiskThresholds(String table, Map<String, Object> params) {

    static RiskThresholds at(Instant now, Map<String, Duration> typical, Deadlines deadlines) {
        if (typical.isEmpty()) {
            return new RiskThresholds(null, Map.of());
        }
        StringJoiner rows = new StringJoiner(", ", "(values ", ") t(step_key, threshold)");
        Map<String, Object> params = new HashMap<>();
        int i = 0;
        for (var entry : typical.entrySet()) {
            rows.add("(cast(:riskKey" + i + " as varchar(100)), cast(:riskAt" + i + " as timestamp with time zone))");
            params.put("riskKey" + i, entry.getKey());
            params.put("riskAt" + i, Timestamp.from(deadlines.plusWorkingTime(now, entry.getValue())));
            i++;
        }
        return new RiskThresholds(rows.toString(), params);
    }

    boolean none() {
        return table == null;
    }

    /** Condition "the dossier {@code d} has an open step predicted late" (needs {@code :now}). */
    String dossierCondition() {
        return none() ? "1 = 0" : "exists (select 1 from monitoring_step s join " + table
                + " on t.step_key = s.step_key where s.dossier_id = d.dossier_id and s.is_open"
                + " and s.due_at > :now and s.due_at < t.threshold)";
    }
}
