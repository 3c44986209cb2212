package vn.motcua.portal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.motcua.platform.web.InvalidRequestException;

/**
 * What waits in the outbox: pending rows, and stuck ones — PARKED (the portal rejected them), or still
 * unsent after {@code stuck-attempts} attempts or {@code stuck-age} since they were written. Counts and
 * lists take the receiving units in scope, {@code null} for every unit.
 */
@Service
public class PortalOutboxStatus {

    /** Which rows to list. */
    public enum Filter { STUCK, PENDING, PARKED }

    /**
     * @param pending          rows not yet acknowledged and not parked
     * @param stuck            rows stuck (see the class comment)
     * @param oldestPendingAge how long the oldest unsent row has waited, zero without one
     */
    public record Counts(long pending, long stuck, Duration oldestPendingAge) {
    }

    private static final String STUCK = "(state = 'PARKED' or (state = 'PENDING' and (attempts >= :attempts"
            + " or created_at < :cutoff)))";

    private final JdbcClient jdbc;
    private final PortalProperties properties;

    PortalOutboxStatus(JdbcClient jdbc, PortalProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    /** The counts of every unit. */
    public Counts counts() {
        return counts(null);
    }

    /** The counts of the rows whose receiving unit is one of {@code units} ({@code null}: every unit). */
    public Counts counts(Collection<String> units) {
        if (units != null && units.isEmpty()) {
            return new Counts(0, 0, Duration.ZERO);
        }
        Instant now = Instant.now();
        long pending = scoped(jdbc.sql("select count(*) from portal_outbox where state = 'PENDING'" + unitCondition(units)),
                units).query(Long.class).single();
        long stuck = scoped(jdbc.sql("select count(*) from portal_outbox where " + STUCK + unitCondition(units)), units)
                .param("attempts", properties.outbox().stuckAttempts()).param("cutoff", cutoff(now))
                .query(Long.class).single();
        Timestamp oldest = scoped(jdbc.sql("select min(created_at) from portal_outbox where state in ('PENDING', 'PARKED')"
                + unitCondition(units)), units).query(Timestamp.class).optional().orElse(null);
        return new Counts(pending, stuck, oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), now));
    }

    /** Rows of the filter whose receiving unit is one of {@code units} ({@code null}: every unit), oldest first. */
    public List<OutboxRow> list(Filter filter, Collection<String> units, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidRequestException("limit phải từ 1 đến 1000.");
        }
        String where = switch (filter) {
            case STUCK -> STUCK;
            case PENDING -> "state = 'PENDING'";
            case PARKED -> "state = 'PARKED'";
        };
        if (units != null && units.isEmpty()) {
            return List.of();
        }
        return scoped(jdbc.sql("select " + OutboxRow.COLUMNS + " from portal_outbox where " + where
                        + unitCondition(units) + " order by id limit :limit"), units)
                .param("attempts", properties.outbox().stuckAttempts()).param("cutoff", cutoff(Instant.now()))
                .param("limit", limit)
                .query(OutboxRow::map).list();
    }

    private static String unitCondition(Collection<String> units) {
        return units == null ? "" : " and receiving_unit in (:units)";
    }

    private static JdbcClient.StatementSpec scoped(JdbcClient.StatementSpec statement, Collection<String> units) {
        return units == null ? statement : statement.param("units", List.copyOf(units));
    }

    private Timestamp cutoff(Instant now) {
        return Timestamp.from(now.minus(properties.outbox().stuckAge()));
    }
}
