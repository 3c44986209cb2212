package vn.motcua.portal;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import vn.motcua.api.InvalidRequestException;

/**
 * What waits in the outbox: pending rows, and stuck ones — PARKED (the portal rejected them), or still
 * unsent after {@code stuck-attempts} attempts or {@code stuck-age} since they were written.
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

    public Counts counts() {
        Instant now = Instant.now();
        long pending = jdbc.sql("select count(*) from portal_outbox where state = 'PENDING'").query(Long.class).single();
        long stuck = jdbc.sql("select count(*) from portal_outbox where " + STUCK)
                .param("attempts", properties.outbox().stuckAttempts()).param("cutoff", cutoff(now))
                .query(Long.class).single();
        Timestamp oldest = jdbc.sql("select min(created_at) from portal_outbox where state in ('PENDING', 'PARKED')")
                .query(Timestamp.class).optional().orElse(null);
        return new Counts(pending, stuck, oldest == null ? Duration.ZERO : Duration.between(oldest.toInstant(), now));
    }

    /** Rows of the filter, oldest first. */
    public List<OutboxRow> list(Filter filter, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidRequestException("limit phải từ 1 đến 1000.");
        }
        String where = switch (filter) {
            case STUCK -> STUCK;
            case PENDING -> "state = 'PENDING'";
            case PARKED -> "state = 'PARKED'";
        };
        return jdbc.sql("select " + OutboxRow.COLUMNS + " from portal_outbox where " + where
                        + " order by id limit :limit")
                .param("attempts", properties.outbox().stuckAttempts()).param("cutoff", cutoff(Instant.now()))
                .param("limit", limit)
                .query(OutboxRow::map).list();
    }

    private Timestamp cutoff(Instant now) {
        return Timestamp.from(now.minus(properties.outbox().stuckAge()));
    }
}
