package vn.motcua.portal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * One row of {@code portal_outbox}: a status change of a dossier as the portal will receive it.
 *
 * @param seq   the dossier's change number (1, 2, 3 …), sent as {@code SeqNo}
 * @param state {@code PENDING}, {@code SENT}, {@code PARKED} or {@code SUPERSEDED}
 */
public record OutboxRow(long id, String dossierId, int seq, String state, String dossierCode, String procedureCode,
                        String receivingUnit, int status, Instant changedAt, String channel, boolean paidOnline,
                        boolean vneidAuthenticated, boolean digitized, Instant receivedAt, Instant appointmentAt,
                        Instant finishedAt, Instant returnedAt, int attempts, Instant nextAttemptAt, String lastError,
                        Instant createdAt, Instant sentAt) {

    static final String COLUMNS = """
            id, dossier_id, seq, state, dossier_code, procedure_code, receiving_unit, status, changed_at, channel,
            paid_online, vneid_authenticated, digitized, received_at, appointment_at, finished_at, returned_at,
            attempts, next_attempt_at, last_error, created_at, sent_at""";

    static OutboxRow map(ResultSet rs, int row) throws SQLException {
        return new OutboxRow(rs.getLong("id"), rs.getString("dossier_id"), rs.getInt("seq"), rs.getString("state"),
                rs.getString("dossier_code"), rs.getString("procedure_code"), rs.getString("receiving_unit"),
                rs.getInt("status"), instant(rs, "changed_at"), rs.getString("channel"), rs.getBoolean("paid_online"),
                rs.getBoolean("vneid_authenticated"), rs.getBoolean("digitized"), instant(rs, "received_at"),
                instant(rs, "appointment_at"), instant(rs, "finished_at"), instant(rs, "returned_at"),
                rs.getInt("attempts"), instant(rs, "next_attempt_at"), rs.getString("last_error"),
                instant(rs, "created_at"), instant(rs, "sent_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
