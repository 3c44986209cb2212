package vn.motcua.monitoring;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;

import org.springframework.context.annotation.Lazy;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.DossierStatus;
import vn.motcua.monitoring.DashboardViews.DossierItem;
import vn.motcua.monitoring.DashboardViews.Now;
import vn.motcua.monitoring.DashboardViews.OnTimeRate;
import vn.motcua.monitoring.DashboardViews.ReceivedDay;
import vn.motcua.monitoring.DashboardViews.StepDuration;
import vn.motcua.monitoring.DashboardViews.StepLoad;
import vn.motcua.monitoring.DashboardViews.Totals;
import vn.motcua.monitoring.DashboardViews.Trends;
import vn.motcua.monitoring.DashboardViews.UnitLoad;
import vn.motcua.organization.MonitoringScope;
import vn.motcua.organization.OrganizationService;
import vn.motcua.platform.web.InvalidRequestException;
import vn.motcua.sla.Deadlines;
import vn.motcua.sla.SlaClock;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

/**
 * The supervisors' dashboard, read from the monitoring read model only: what is open now and where,
 * what is overdue (and by how many working hours), due within one working day or at risk; the trends
 * of a period; and the drill-down lists behind every number. Every query is limited to the caller's
 * {@link MonitoringScope}.
 *
 * <p>Definitions: a dossier is <i>open</i> from reception until its result is ready, or it is refused,
 * stopped or returned; <i>overdue</i> when its deadline in force (appointment, extended and moved by
 * pauses) has passed; <i>due soon</i> when that deadline falls within the next working day;
 * <i>at risk</i> when one of its open steps has less working time left than the typical duration of
 * that step ({@link TypicalStepDurations}). A dossier waiting for the applicant's supplement is paused
 * and counts in none of the three.
 */
@Service
@Transactional(readOnly = true)
public class Dashboard {

    static final Duration ONE_WORKING_DAY = Duration.ofHours(8);
    private static final int MOST_OVERDUE = 20;
    private static final int MAX_LIST = 500;
    private static final int PROVISIONAL_CHUNK = 500;
    private static final String COCKPIT = "/camunda/app/cockpit/default/#/process-instance/";

    private final JdbcClient jdbc;
    private final Deadlines deadlines;
    private final TypicalStepDurations typical;
    private final OrganizationService organization;
    private final SlaClock clock;

    Dashboard(JdbcClient jdbc, Deadlines deadlines, TypicalStepDurations typical, OrganizationService organization,
              @Lazy SlaClock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.deadlines = deadlines;
        this.typical = typical;
        this.organization = organization;
    }

    /** The situation now. */
    public Now now(MonitoringScope scope) {
        Instant now = Instant.now();
        Map<String, String> names = unitNames();
        ScopeFilter filter = ScopeFilter.dossiers(scope);
        Map<String, Object> params = timeParams(now);
        params.putAll(filter.params());

        List<UnitLoad> byUnit = jdbc.sql("""
                select d.responsible_unit, count(*),
                  sum(case when not d.paused and d.appointment_at < :now then 1 else 0 end),
                  sum(case when not d.paused and d.appointment_at >= :now and d.appointment_at <= :soon then 1 else 0 end),
                  sum(case when d.paused then 1 else 0 end)
                from monitoring_dossier d where d.is_open""" + filter.sql() + " group by d.responsible_unit")
                .params(params)
                .query((rs, row) -> new UnitLoad(rs.getString(1), names.get(rs.getString(1)), rs.getLong(2),
                        rs.getLong(3), rs.getLong(4), rs.getLong(5)))
                .list();

        // step figures are scoped by the step's unit and need no join: the step row knows whether its
        // dossier is paused
        String stepScope = scope.wholeProvince() ? "" : " and s.unit_code in (:scopeUnits)";
        String stepsOfScope = " from monitoring_step s where s.is_open and not s.dossier_paused" + stepScope;
        Map<String, String> stepNames = stepNames();
        List<StepLoad> bySteps = jdbc.sql("select s.step_key, s.unit_code, count(*),"
                        + " sum(case when s.due_at < :now then 1 else 0 end)" + stepsOfScope
                        + " group by s.step_key, s.unit_code order by count(*) desc")
                .params(params)
                .query((rs, row) -> new StepLoad(rs.getString(1), stepNames.get(rs.getString(1)), rs.getString(2),
                        names.get(rs.getString(2)), rs.getLong(3), rs.getLong(4)))
                .list();

        RiskThresholds risk = RiskThresholds.at(now, typical.byStepKey(), deadlines);
        long atRisk = 0;
        if (!risk.none()) {
            Map<String, Object> riskParams = new HashMap<>(params);
            riskParams.putAll(risk.params());
            atRisk = jdbc.sql("select count(distinct s.dossier_id) from monitoring_step s join " + risk.table()
                            + " on t.step_key = s.step_key where s.is_open and s.due_at > :now and s.due_at < t.threshold"
                            + " and not s.dossier_paused" + stepScope)
                    .params(riskParams).query(Long.class).single();
        }
        Totals totals = new Totals(sum(byUnit, UnitLoad::open), sum(byUnit, UnitLoad::overdue),
                sum(byUnit, UnitLoad::dueSoon), atRisk, sum(byUnit, UnitLoad::paused));
        return new Now(now, totals, byUnit, bySteps, dossiers(scope, DossierState.OVERDUE, null, MOST_OVERDUE, 0));
    }

    /** The dossiers behind a number of the dashboard, most urgent first. */
    public List<DossierItem> dossiers(MonitoringScope scope, DossierState state, String stepKey, int limit, int offset) {
        if (limit < 1 || limit > MAX_LIST || offset < 0) {
            throw new InvalidRequestException("limit phải từ 1 đến " + MAX_LIST + " và offset không âm.");
        }
        Instant now = Instant.now();
        ScopeFilter filter = ScopeFilter.dossiers(scope);
        Map<String, Object> params = timeParams(now);
        params.putAll(filter.params());
        params.put("limit", limit);
        params.put("offset", offset);
        String condition = switch (state) {
            case OPEN -> "";
            case OVERDUE -> " and not d.paused and d.appointment_at < :now";
            case DUE_SOON -> " and not d.paused and d.appointment_at >= :now and d.appointment_at <= :soon";
            case AT_RISK -> {
                RiskThresholds risk = RiskThresholds.at(now, typical.byStepKey(), deadlines);
                params.putAll(risk.params());
                yield " and not d.paused and " + risk.dossierCondition();
            }
        };
        if (stepKey != null && !stepKey.isBlank()) {
            condition += " and exists (select 1 from monitoring_step s2 where s2.dossier_id = d.dossier_id"
                    + " and s2.is_open and s2.step_key = :stepKey)";
            params.put("stepKey", stepKey);
        }
        return jdbc.sql("""
                select d.dossier_id, d.code, d.procedure_code, d.procedure_name, d.receiving_unit, d.responsible_unit,
                  d.status, d.received_at, d.appointment_at, d.paused, d.process_instance_id
                from monitoring_dossier d where d.is_open""" + filter.sql() + condition
                        + " order by d.appointment_at, d.dossier_id limit :limit offset :offset")
                .params(params)
                .query((rs, row) -> item(rs, now))
                .list();
    }

    /**
     * The open dossiers of the scope whose deadline is provisional (counted over a year without an official
     * calendar), soonest deadline first: they move when that year's calendar is loaded.
     *
     * @param limit how many to list at most; {@link Provisional#count()} counts them all
     */
    public Provisional provisional(MonitoringScope scope, int limit) {
        Instant now = Instant.now();
        ScopeFilter filter = ScopeFilter.dossiers(scope);
        List<DossierItem> items = new ArrayList<>();
        List<String> instances = clock.provisionalDeadlines();
        // the clock module owns the flag: ask for its instances in chunks that any database takes in an IN list
        for (int from = 0; from < instances.size(); from += PROVISIONAL_CHUNK) {
            Map<String, Object> params = new HashMap<>(filter.params());
            params.put("instances", instances.subList(from, Math.min(instances.size(), from + PROVISIONAL_CHUNK)));
            items.addAll(jdbc.sql("""
                            select d.dossier_id, d.code, d.procedure_code, d.procedure_name, d.receiving_unit,
                              d.responsible_unit, d.status, d.received_at, d.appointment_at, d.paused, d.process_instance_id
                            from monitoring_dossier d where d.is_open and d.process_instance_id in (:instances)"""
                            + filter.sql())
                    .params(params)
                    .query((rs, row) -> item(rs, now))
                    .list());
        }
        items.sort(Comparator.comparing(DossierItem::appointmentAt, Comparator.nullsLast(Comparator.naturalOrder())));
        return new Provisional(items.size(), List.copyOf(items.subList(0, Math.min(items.size(), limit))));
    }

    /**
     * Open dossiers with a provisional deadline.
     *
     * @param count    how many in the scope
     * @param dossiers the first of them, soonest appointment first
     */
    public record Provisional(long count, List<DossierItem> dossiers) {
    }

    private DossierItem item(ResultSet rs, Instant now) throws SQLException {
        Instant appointment = instant(rs.getTimestamp("appointment_at"));
        boolean paused = rs.getBoolean("paused");
        double late = 0;
        if (!paused && appointment != null && appointment.isBefore(now)) {
            late = Math.round(deadlines.workingTimeBetween(appointment, now).toMinutes() / 6.0) / 10.0;
        }
        DossierStatus status = DossierStatus.ofCode(rs.getInt("status"));
        String id = rs.getString("dossier_id");
        String instance = rs.getString("process_instance_id");
        return new DossierItem(id, rs.getString("code"), rs.getString("procedure_code"), rs.getString("procedure_name"),
                rs.getString("receiving_unit"), rs.getString("responsible_unit"), status.code(), status.label(),
                instant(rs.getTimestamp("received_at")), appointment, paused, late,
                "/api/dossiers/" + id + "/control-sheet", instance == null ? null : COCKPIT + instance);
    }

    /** Received per day and channel, on-time rates per unit and procedure, step durations, in [from, to]. */
    public Trends trends(MonitoringScope scope, LocalDate from, LocalDate to) {
        Period period = Period.of(from, to);
        ScopeFilter received = ScopeFilter.receivedBy(scope);
        Map<String, Object> params = new HashMap<>(received.params());
        params.put("fromDay", from);
        params.put("toDay", to);
        params.put("start", Timestamp.from(period.start()));
        params.put("end", Timestamp.from(period.end()));

        Map<LocalDate, long[]> days = new TreeMap<>();
        jdbc.sql("select d.received_on, d.channel, count(*) from monitoring_dossier d"
                        + " where d.received_on >= :fromDay and d.received_on <= :toDay" + received.sql()
                        + " group by d.received_on, d.channel")
                .params(params)
                .query((rs, row) -> {
                    long[] counts = days.computeIfAbsent(rs.getObject(1, LocalDate.class), day -> new long[3]);
                    counts[channelIndex(rs.getString(2))] += rs.getLong(3);
                    return null;
                }).list();
        List<ReceivedDay> receivedPerDay = days.entrySet().stream()
                .map(day -> new ReceivedDay(day.getKey(), day.getValue()[0], day.getValue()[1], day.getValue()[2]))
                .toList();

        ScopeFilter handled = ScopeFilter.dossiers(scope);
        Map<String, Object> resolvedParams = new HashMap<>(params);
        resolvedParams.putAll(handled.params());
        String resolved = " from monitoring_dossier d where d.finished_at >= :start and d.finished_at < :end"
                + " and d.timeliness is not null" + handled.sql();
        Map<String, String> names = unitNames();
        List<OnTimeRate> byUnit = jdbc.sql("select d.responsible_unit, count(*),"
                        + " sum(case when d.timeliness <> 'LATE' then 1 else 0 end)" + resolved
                        + " group by d.responsible_unit order by d.responsible_unit")
                .params(resolvedParams)
                .query((rs, row) -> rate(rs.getString(1), names.get(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
                .list();
        Map<String, String> procedureNames = names("select procedure_code, max(procedure_name) from monitoring_procedure"
                + " group by procedure_code");
        List<OnTimeRate> byProcedure = jdbc.sql("select d.procedure_code, count(*),"
                        + " sum(case when d.timeliness <> 'LATE' then 1 else 0 end)" + resolved
                        + " group by d.procedure_code order by d.procedure_code")
                .params(resolvedParams)
                .query((rs, row) -> rate(rs.getString(1), procedureNames.get(rs.getString(1)), rs.getLong(2), rs.getLong(3)))
                .list();

        String stepScope = scope.wholeProvince() ? "" : " and s.unit_code in (:scopeUnits)";
        Map<String, Object> stepParams = new HashMap<>(params);
        if (!scope.wholeProvince()) {
            stepParams.put("scopeUnits", scope.units());
        }
        Map<String, String> stepNames = stepNames();
        // from the per-day aggregate: at millions of dossiers, averaging every completed step of the
        // period is what made this the slowest dashboard query
        List<StepDuration> steps = jdbc.sql("select s.step_key, sum(s.steps), sum(s.working_millis), sum(s.late_steps)"
                        + " from monitoring_step_day s where s.completed_on >= :fromDay and s.completed_on <= :toDay"
                        + stepScope + " group by s.step_key")
                .params(stepParams)
                .query((rs, row) -> new StepDuration(rs.getString(1), stepNames.get(rs.getString(1)), rs.getLong(2),
                        Math.round(rs.getDouble(3) / rs.getLong(2) / 360_000.0) / 10.0, rs.getLong(4)))
                .list().stream()
                .sorted((a, b) -> Double.compare(b.averageWorkingHours(), a.averageWorkingHours()))
                .toList();
        return new Trends(from, to, receivedPerDay, byUnit, byProcedure, steps);
    }

    private static OnTimeRate rate(String key, String name, long resolved, long onTime) {
        return new OnTimeRate(key, name, resolved, onTime,
                resolved == 0 ? null : Math.round(onTime * 10_000.0 / resolved) / 10_000.0);
    }

    static int channelIndex(String channel) {
        return switch (channel) {
            case "ONLINE" -> 1;
            case "POST" -> 2;
            default -> 0;
        };
    }

    private Map<String, Object> timeParams(Instant now) {
        Map<String, Object> params = new HashMap<>();
        params.put("now", Timestamp.from(now));
        params.put("soon", Timestamp.from(deadlines.plusWorkingTime(now, ONE_WORKING_DAY)));
        return params;
    }

    private Map<String, String> stepNames() {
        return names("select step_key, max(step_name) from monitoring_step_key group by step_key");
    }

    private Map<String, String> names(String sql) {
        Map<String, String> names = new HashMap<>();
        jdbc.sql(sql).query((rs, row) -> names.put(rs.getString(1), rs.getString(2))).list();
        return names;
    }

    Map<String, String> unitNames() {
        return organization.unitNames();
    }

    private static <T> long sum(List<T> rows, Function<T, Long> value) {
        long total = 0;
        for (T row : rows) {
            total += value.apply(row);
        }
        return total;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    /** A period of whole days in Vietnam's time: [from 00:00, the day after to 00:00). */
    record Period(Instant start, Instant end) {
        static Period of(LocalDate from, LocalDate to) {
            if (from == null || to == null || to.isBefore(from)) {
                throw new InvalidRequestException("Cần from và to (yyyy-MM-dd), với from không sau to.");
            }
            if (from.plusYears(1).isBefore(to)) {
                throw new InvalidRequestException("Khoảng thời gian tối đa là một năm.");
            }
            return new Period(from.atStartOfDay(WorkingTimeCalculator.ZONE).toInstant(),
                    to.plusDays(1).atStartOfDay(WorkingTimeCalculator.ZONE).toInstant());
        }
    }

}
