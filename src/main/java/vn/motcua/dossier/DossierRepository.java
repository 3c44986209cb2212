package vn.motcua.dossier;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The {@code dossier} and {@code dossier_status_change} tables. */
@Repository
class DossierRepository {

    private static final String COLUMNS = """
            id, code, procedure_code, procedure_version, procedure_name, process_instance_id, status, channel,
            receiving_unit, handling_unit, applicant_name, applicant_id_number, applicant_phone, applicant_email,
            applicant_address, submitted_at, received_at, appointment_at, finished_at, returned_at,
            missing_documents, refusal_reason, created_by""";

    private final JdbcClient jdbc;

    DossierRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Dossier dossier, String idempotencyKey, String fingerprint) {
        Applicant applicant = dossier.applicant();
        jdbc.sql("insert into dossier (" + COLUMNS + ", idempotency_key, request_fingerprint) values "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(dossier.id(), dossier.code(), dossier.procedureCode(), dossier.procedureVersion(),
                        dossier.procedureName(), dossier.processInstanceId(), dossier.status().code(),
                        dossier.channel().name(), dossier.receivingUnit(), dossier.handlingUnit(), applicant.name(),
                        applicant.idNumber(), applicant.phone(), applicant.email(), applicant.address(),
                        ts(dossier.submittedAt()), ts(dossier.receivedAt()), ts(dossier.appointmentAt()),
                        ts(dossier.finishedAt()), ts(dossier.returnedAt()), dossier.missingDocuments(),
                        dossier.refusalReason(), dossier.createdBy(), idempotencyKey, fingerprint)
                .update();
    }

    Optional<Dossier> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from dossier where id = ?").param(id).query(this::map).optional();
    }

    /** Reads the dossier and locks its row until the transaction ends: status changes are serialized. */
    Optional<Dossier> lock(String id) {
        return jdbc.sql("select " + COLUMNS + " from dossier where id = ? for update").param(id).query(this::map).optional();
    }

    Optional<Dossier> findByCode(String code) {
        return jdbc.sql("select " + COLUMNS + " from dossier where code = ?").param(code).query(this::map).optional();
    }

    Optional<Dossier> findByProcessInstance(String processInstanceId) {
        return jdbc.sql("select " + COLUMNS + " from dossier where process_instance_id = ?")
                .param(processInstanceId).query(this::map).optional();
    }

    record IdempotentRequest(String dossierId, String fingerprint) {
    }

    Optional<IdempotentRequest> findByIdempotencyKey(String key) {
        return jdbc.sql("select id, request_fingerprint from dossier where idempotency_key = ?").param(key)
                .query((rs, row) -> new IdempotentRequest(rs.getString(1), rs.getString(2))).optional();
    }

    List<Dossier> findByApplicant(String idNumber) {
        return jdbc.sql("select " + COLUMNS + " from dossier where applicant_id_number = ? order by submitted_at desc")
                .param(idNumber).query(this::map).list();
    }

    List<Dossier> findByUnits(List<String> units, int limit) {
        if (units.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from dossier where receiving_unit in (:units) or handling_unit in (:units)"
                        + " order by submitted_at desc limit :limit")
                .param("units", units).param("limit", limit).query(this::map).list();
    }

    /** Dossiers that reached one of the receiving units in [from, to), newest first. */
    List<Dossier> submittedAt(List<String> receivingUnits, Instant from, Instant to) {
        if (receivingUnits.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("select " + COLUMNS + " from dossier where receiving_unit in (:units)"
                        + " and submitted_at >= :from and submitted_at < :to order by submitted_at desc limit 500")
                .param("units", receivingUnits).param("from", ts(from)).param("to", ts(to)).query(this::map).list();
    }

    /** Every dossier that reached the receiving unit in [from, to), oldest first: a counter's tracking book. */
    List<Dossier> bookedAt(String receivingUnit, Instant from, Instant to) {
        return jdbc.sql("select " + COLUMNS + " from dossier where receiving_unit = :unit"
                        + " and submitted_at >= :from and submitted_at < :to order by submitted_at, code")
                .param("unit", receivingUnit).param("from", ts(from)).param("to", ts(to)).query(this::map).list();
    }

    /** Links the dossier to its process unless it already has one; false when it had. */
    boolean linkProcess(String id, String processInstanceId) {
        return jdbc.sql("update dossier set process_instance_id = ? where id = ? and process_instance_id is null")
                .params(processInstanceId, id).update() == 1;
    }

    void markReceived(String id, Instant receivedAt, Instant appointmentAt) {
        jdbc.sql("update dossier set received_at = ?, appointment_at = ?, row_version = row_version + 1 where id = ?")
                .params(ts(receivedAt), ts(appointmentAt), id).update();
    }

    void updateAppointment(String id, Instant appointmentAt) {
        jdbc.sql("update dossier set appointment_at = ?, row_version = row_version + 1 where id = ?")
                .params(ts(appointmentAt), id).update();
    }

    void updateHandlingUnit(String id, String handlingUnit) {
        jdbc.sql("update dossier set handling_unit = ? where id = ?").params(handlingUnit, id).update();
    }

    void recordOutcome(String id, String missingDocuments, String refusalReason) {
        jdbc.sql("update dossier set missing_documents = ?, refusal_reason = ? where id = ?")
                .params(missingDocuments, refusalReason, id).update();
    }

    /** The column holds 4,000 characters; a longer request keeps its beginning. */
    void recordMissingDocuments(String id, String missingDocuments) {
        String kept = missingDocuments.length() > 4000 ? missingDocuments.substring(0, 4000) : missingDocuments;
        jdbc.sql("update dossier set missing_documents = ? where id = ?").params(kept, id).update();
    }

    void changeStatus(String id, DossierStatus status, Instant at, String actor) {
        String timestampColumn = switch (status) {
            case RESULT_READY, REFUSED, STOPPED -> ", finished_at = coalesce(finished_at, :at)";
            case RESULT_RETURNED -> ", returned_at = :at, finished_at = coalesce(finished_at, :at)";
            default -> "";
        };
        jdbc.sql("update dossier set status = :status, row_version = row_version + 1" + timestampColumn + " where id = :id")
                .param("status", status.code()).param("at", ts(at)).param("id", id).update();
        jdbc.sql("insert into dossier_status_change (dossier_id, status, changed_at, actor) values (?, ?, ?, ?)")
                .params(id, status.code(), ts(at), actor).update();
    }

    record StatusChange(DossierStatus status, Instant at, String actor) {
    }

    List<StatusChange> statusHistory(String id) {
        return jdbc.sql("select status, changed_at, actor from dossier_status_change where dossier_id = ? order by id")
                .param(id).query((rs, row) -> new StatusChange(DossierStatus.ofCode(rs.getInt(1)),
                        rs.getTimestamp(2).toInstant(), rs.getString(3))).list();
    }

    private Dossier map(ResultSet rs, int row) throws SQLException {
        return Dossier.builder()
                .id(rs.getString("id"))
                .code(rs.getString("code"))
                .procedureCode(rs.getString("procedure_code"))
                .procedureVersion(rs.getInt("procedure_version"))
                .procedureName(rs.getString("procedure_name"))
                .processInstanceId(rs.getString("process_instance_id"))
                .status(DossierStatus.ofCode(rs.getInt("status")))
                .channel(Channel.valueOf(rs.getString("channel")))
                .receivingUnit(rs.getString("receiving_unit"))
                .handlingUnit(rs.getString("handling_unit"))
                .applicant(new Applicant(rs.getString("applicant_name"), rs.getString("applicant_id_number"),
                        rs.getString("applicant_phone"), rs.getString("applicant_email"),
                        rs.getString("applicant_address")))
                .submittedAt(instant(rs, "submitted_at"))
                .receivedAt(instant(rs, "received_at"))
                .appointmentAt(instant(rs, "appointment_at"))
                .finishedAt(instant(rs, "finished_at"))
                .returnedAt(instant(rs, "returned_at"))
                .missingDocuments(rs.getString("missing_documents"))
                .refusalReason(rs.getString("refusal_reason"))
                .createdBy(rs.getString("created_by"))
                .build();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
