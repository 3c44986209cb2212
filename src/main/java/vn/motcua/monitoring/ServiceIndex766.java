package vn.motcua.monitoring;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.monitoring.MonitoringProperties.Index766Weights;
import vn.motcua.organization.MonitoringScope;
import vn.motcua.platform.web.InvalidRequestException;

/**
 * The inputs of the service index of Decision 766/QĐ-TTg per dossier, and the indicator groups that
 * can be computed from them, for the dossiers received in a period by the units in scope.
 *
 * <p>Formulas (weights in {@code motcua.monitoring.index766.*}; shares are fractions 0–1):
 * <ul>
 *   <li><b>progress</b> (tiến độ, kết quả giải quyết; {@code progress} = 20 points):
 *       {@code progress × (early + on time) / resolved}, over the dossiers of the period whose result
 *       is ready or returned;</li>
 *   <li><b>digitization</b> (số hóa; {@code digitization} = 22): {@code digitization × digitized / received},
 *       a dossier being digitized when its documents are stored as files (results are not yet
 *       digitized by the platform, so they do not count yet);</li>
 *   <li><b>online service</b> (dịch vụ công trực tuyến; {@code onlineService} = 22):
 *       {@code onlineService × (a × online/received + b × paidOnline/received + c × vneid/received)}
 *       with {@code a, b, c} = {@code online-share-of-online-service} (0.5), {@code paid-online-…} (0.25),
 *       {@code vneid-…} (0.25) — the split is unconfirmed;</li>
 *   <li><b>transparency</b> (18) and <b>satisfaction</b> (18) need data the platform does not hold
 *       (publication checks, surveys): returned as {@code null}.</li>
 * </ul>
 * A group with no dossier to measure is {@code null}, not zero.
 */
@Service
@Transactional(readOnly = true)
public class ServiceIndex766 {

    /** The 766 inputs of one dossier. */
    public record Inputs(String dossierId, String code, String procedureCode, String receivingUnit, String channel,
                         boolean paidOnline, boolean vneidAuthenticated, boolean documentsReused, boolean digitized,
                         boolean resultDigitized, String timeliness) {
    }

    public record Counts(long received, long online, long paidOnline, long vneid, long digitized, long resolved,
                         long resolvedInTime) {
    }

    public record Indicators(Double progress, Double digitization, Double onlineService, Double transparency,
                             Double satisfaction) {
    }

    public record Answer(LocalDate from, LocalDate to, Counts counts, Indicators indicators, Index766Weights weights,
                         List<Inputs> dossiers, int limit, int offset) {
    }

    private static final int MAX_LIST = 5000;

    private final JdbcClient jdbc;
    private final MonitoringProperties properties;

    ServiceIndex766(JdbcClient jdbc, MonitoringProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    public Answer compute(MonitoringScope scope, LocalDate from, LocalDate to, int limit, int offset) {
        if (limit < 0 || limit > MAX_LIST || offset < 0) {
            throw new InvalidRequestException("limit phải từ 0 đến " + MAX_LIST + " và offset không âm.");
        }
        Dashboard.Period.of(from, to);
        ScopeFilter filter = ScopeFilter.receivedBy(scope);
        Map<String, Object> params = new HashMap<>(filter.params());
        params.put("fromDay", from);
        params.put("toDay", to);
        String where = " from monitoring_dossier d where d.received_on >= :fromDay and d.received_on <= :toDay"
                + filter.sql();
        Counts counts = jdbc.sql("select count(*), sum(case when d.channel = 'ONLINE' then 1 else 0 end),"
                        + " sum(case when d.paid_online then 1 else 0 end),"
                        + " sum(case when d.vneid_authenticated then 1 else 0 end),"
                        + " sum(case when d.digitized then 1 else 0 end),"
                        + " sum(case when d.status in (9, 10) and d.timeliness is not null then 1 else 0 end),"
                        + " sum(case when d.status in (9, 10) and d.timeliness in ('EARLY', 'ON_TIME') then 1 else 0 end)"
                        + where)
                .params(params)
                .query((rs, row) -> new Counts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                        rs.getLong(5), rs.getLong(6), rs.getLong(7)))
                .single();
        params.put("limit", limit);
        params.put("offset", offset);
        List<Inputs> dossiers = limit == 0 ? List.of() : jdbc.sql("select d.dossier_id, d.code, d.procedure_code,"
                        + " d.receiving_unit, d.channel, d.paid_online, d.vneid_authenticated, d.digitized, d.timeliness"
                        + where + " order by d.received_on, d.dossier_id limit :limit offset :offset")
                .params(params)
                .query((rs, row) -> new Inputs(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getBoolean(6), rs.getBoolean(7), false, rs.getBoolean(8), false,
                        rs.getString(9)))
                .list();
        return new Answer(from, to, counts, indicators(counts), properties.index766(), dossiers, limit, offset);
    }

    /** The formulas of the class comment, rounded to two decimals. */
    Indicators indicators(Counts c) {
        Index766Weights w = properties.index766();
        Double progress = c.resolved() == 0 ? null : round(w.progress() * c.resolvedInTime() / c.resolved());
        Double digitization = c.received() == 0 ? null : round(w.digitization() * c.digitized() / c.received());
        Double online = c.received() == 0 ? null : round(w.onlineService()
                * (w.onlineShareOfOnlineService() * c.online() / c.received()
                + w.paidOnlineShareOfOnlineService() * c.paidOnline() / c.received()
                + w.vneidShareOfOnlineService() * c.vneid() / c.received()));
        return new Indicators(progress, digitization, online, null, null);
    }

    private static Double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

}
