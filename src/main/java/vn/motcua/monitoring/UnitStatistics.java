package vn.motcua.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.organization.MonitoringScope;

/**
 * The periodic statistics of each receiving unit (counter), as the one-stop reports ask: for the
 * period [from 00:00, the day after to 00:00) in Vietnam's time,
 * <ul>
 *   <li>received: received in the period, by channel (in person, online, post);</li>
 *   <li>carried over: received before the period and not finished when it began;</li>
 *   <li>resolved early / on time / late: result ready in the period, by the dossier's timeliness
 *       (waiting for supplements not counted, see {@link vn.motcua.sla.Timeliness});</li>
 *   <li>pending within time / overdue: received and not finished at the end of the period; overdue
 *       when its deadline in force had passed by then (or by now, for a period not yet over); a
 *       dossier paused for a supplement counts as within time;</li>
 *   <li>not yet collected: result ready before the end of the period but not returned by then.</li>
 * </ul>
 * Refused, stopped and withdrawn dossiers are neither resolved nor pending. Each figure is one
 * grouped, index-driven query of the read model.
 */
@Service
@Transactional(readOnly = true)
public class UnitStatistics {

    /** One unit's line of the report. */
    public record Row(String unit, String unitName, long receivedCounter, long receivedOnline, long receivedPost,
                      long carriedOver, long resolvedEarly, long resolvedOnTime, long resolvedLate,
                      long pendingWithinTime, long pendingOverdue, long notCollected) {

        public long received() {
            return receivedCounter + receivedOnline + receivedPost;
        }

        public long resolved() {
            return resolvedEarly + resolvedOnTime + resolvedLate;
        }
    }

    public record Report(LocalDate from, LocalDate to, List<Row> units, Row total) {
    }

    private final JdbcClient jdbc;
    private final Dashboard dashboard;

    UnitStatistics(JdbcClient jdbc, Dashboard dashboard) {
        this.jdbc = jdbc;
        this.dashboard = dashboard;
    }

    public Report report(MonitoringScope scope, LocalDate from, LocalDate to) {
        Dashboard.Period period = Dashboard.Period.of(from, to);
        Instant now = Instant.now();
        ScopeFilter filter = ScopeFilter.receivedBy(scope);
        Map<String, Object> params = new HashMap<>(filter.params());
        params.put("fromDay", from);
        params.put("toDay", to);
        params.put("start", Timestamp.from(period.start()));
        params.put("end", Timestamp.from(period.end()));
        params.put("cut", Timestamp.from(period.end().isBefore(now) ? period.end() : now));
        Map<String, long[]> units = new TreeMap<>();

        jdbc.sql("select d.receiving_unit, d.channel, count(*) from monitoring_dossier d"
                        + " where d.received_on >= :fromDay and d.received_on <= :toDay" + filter.sql()
                        + " group by d.receiving_unit, d.channel")
                .params(params).query((rs, row) -> {
                    add(units, rs.getString(1), Dashboard.channelIndex(rs.getString(2)), rs.getLong(3));
                    return null;
                }).list();
        // "open, or finished after the moment" as two index-only queries rather than one OR
        for (String unfinished : List.of("d.is_open", "d.finished_at >= :start")) {
            jdbc.sql("select d.receiving_unit, count(*) from monitoring_dossier d where d.received_at < :start and "
                            + unfinished + filter.sql() + " group by d.receiving_unit")
                    .params(params).query((rs, row) -> {
                        add(units, rs.getString(1), 3, rs.getLong(2));
                        return null;
                    }).list();
        }
        jdbc.sql("select d.receiving_unit, d.timeliness, count(*) from monitoring_dossier d"
                        + " where d.finished_at >= :start and d.finished_at < :end and d.status in (9, 10)"
                        + " and d.timeliness is not null" + filter.sql() + " group by d.receiving_unit, d.timeliness")
                .params(params).query((rs, row) -> {
                    int index = switch (rs.getString(2)) {
                        case "EARLY" -> 4;
                        case "ON_TIME" -> 5;
                        default -> 6;
                    };
                    add(units, rs.getString(1), index, rs.getLong(3));
                    return null;
                }).list();
        // pending at the end: open and running, finished after the end (never paused then), open and paused
        // (within time, whatever its deadline)
        for (String unfinished : List.of("d.is_open and not d.paused", "d.finished_at >= :end")) {
            jdbc.sql("select d.receiving_unit, count(*), sum(case when d.appointment_at < :cut then 1 else 0 end)"
                            + " from monitoring_dossier d where d.received_at < :end and " + unfinished + filter.sql()
                            + " group by d.receiving_unit")
                    .params(params).query((rs, row) -> {
                        add(units, rs.getString(1), 7, rs.getLong(2) - rs.getLong(3));
                        add(units, rs.getString(1), 8, rs.getLong(3));
                        return null;
                    }).list();
        }
        jdbc.sql("select d.receiving_unit, count(*) from monitoring_dossier d where d.received_at < :end and d.is_open"
                        + " and d.paused" + filter.sql() + " group by d.receiving_unit")
                .params(params).query((rs, row) -> {
                    add(units, rs.getString(1), 7, rs.getLong(2));
                    return null;
                }).list();
        for (String uncollected : List.of("d.status = 9", "d.status = 10 and d.returned_at >= :end")) {
            jdbc.sql("select d.receiving_unit, count(*) from monitoring_dossier d where " + uncollected
                            + " and d.finished_at < :end" + filter.sql() + " group by d.receiving_unit")
                    .params(params).query((rs, row) -> {
                        add(units, rs.getString(1), 9, rs.getLong(2));
                        return null;
                    }).list();
        }

        Map<String, String> names = dashboard.unitNames();
        long[] total = new long[10];
        List<Row> rows = units.entrySet().stream().map(entry -> {
            long[] v = entry.getValue();
            for (int i = 0; i < v.length; i++) {
                total[i] += v[i];
            }
            return row(entry.getKey(), names.get(entry.getKey()), v);
        }).toList();
        return new Report(from, to, rows, row(null, "Tổng cộng", total));
    }

    private static Row row(String unit, String name, long[] v) {
        return new Row(unit, name, v[0], v[1], v[2], v[3], v[4], v[5], v[6], v[7], v[8], v[9]);
    }

    private static void add(Map<String, long[]> units, String unit, int index, long count) {
        units.computeIfAbsent(unit, key -> new long[10])[index] += count;
    }
}
