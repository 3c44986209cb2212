package vn.motcua.fees.ereceipt;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.fees.PaymentMethod;

/** The {@code e_receipt} table. There is no delete: receipts are cancelled, never removed. */
@Repository
class EReceiptRepository {

    private static final String COLUMNS = """
            id, unit_code, template_code, series, receipt_year, receipt_number, payment_id, dossier_id,
            dossier_code, procedure_code, procedure_name, payer_name, amount, amount_in_words, payment_method,
            paid_at, issued_at, public_token, status, cancelled_at, cancelled_by, cancel_reason, replaces_id""";

    private final JdbcClient jdbc;
    private final EReceiptProperties properties;

    EReceiptRepository(JdbcClient jdbc, EReceiptProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    void insert(EReceipt receipt, String issueKey) {
        jdbc.sql("insert into e_receipt (" + COLUMNS + ", issue_key) values "
                        + "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(receipt.id(), receipt.unitCode(), receipt.templateCode(), receipt.series(), receipt.year(),
                        receipt.number(), receipt.paymentId(), receipt.dossierId(), receipt.dossierCode(),
                        receipt.procedureCode(), receipt.procedureName(), receipt.payerName(), receipt.amount(),
                        receipt.amountInWords(), receipt.method().name(), ts(receipt.paidAt()),
                        ts(receipt.issuedAt()), receipt.publicToken(), receipt.status().name(),
                        ts(receipt.cancelledAt()), receipt.cancelledBy(), receipt.cancelReason(),
                        receipt.replacesId(), issueKey)
                .update();
    }

    Optional<EReceipt> find(String id) {
        return jdbc.sql("select " + COLUMNS + " from e_receipt where id = ?").param(id).query(this::map).optional();
    }

    /** Reads the receipt and locks its row until the transaction ends: cancellations are serialized. */
    Optional<EReceipt> lock(String id) {
        return jdbc.sql("select " + COLUMNS + " from e_receipt where id = ? for update").param(id).query(this::map)
                .optional();
    }

    Optional<EReceipt> findByIssueKey(String issueKey) {
        return jdbc.sql("select " + COLUMNS + " from e_receipt where issue_key = ?").param(issueKey)
                .query(this::map).optional();
    }

    Optional<EReceipt> findByPublicToken(String token) {
        return jdbc.sql("select " + COLUMNS + " from e_receipt where public_token = ?").param(token)
                .query(this::map).optional();
    }

    Optional<EReceipt> findReplacementOf(String id) {
        return jdbc.sql("select " + COLUMNS + " from e_receipt where replaces_id = ?").param(id)
                .query(this::map).optional();
    }

    /** The dossier's receipts, cancelled ones included, in the order they were issued. */
    List<EReceipt> ofDossier(String dossierId) {
        return jdbc.sql("select " + COLUMNS + " from e_receipt where dossier_id = ? order by issued_at, receipt_number")
                .param(dossierId).query(this::map).list();
    }

    /** Marks the receipt cancelled; only a valid receipt changes. */
    boolean cancel(String id, Instant at, String by, String reason) {
        return jdbc.sql("""
                        update e_receipt set status = 'CANCELLED', cancelled_at = ?, cancelled_by = ?, cancel_reason = ?
                        where id = ? and status = 'ISSUED'""")
                .params(ts(at), by, reason, id).update() == 1;
    }

    private EReceipt map(ResultSet rs, int row) throws SQLException {
        int number = rs.getInt("receipt_number");
        return new EReceipt(rs.getString("id"), rs.getString("unit_code"), rs.getString("template_code"),
                rs.getString("series"), rs.getInt("receipt_year"), number, properties.printedNumber(number),
                rs.getString("payment_id"), rs.getString("dossier_id"), rs.getString("dossier_code"),
                rs.getString("procedure_code"), rs.getString("procedure_name"), rs.getString("payer_name"),
                rs.getLong("amount"), rs.getString("amount_in_words"),
                PaymentMethod.valueOf(rs.getString("payment_method")), instant(rs, "paid_at"),
                instant(rs, "issued_at"), rs.getString("public_token"),
                EReceiptStatus.valueOf(rs.getString("status")), instant(rs, "cancelled_at"),
                rs.getString("cancelled_by"), rs.getString("cancel_reason"), rs.getString("replaces_id"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
