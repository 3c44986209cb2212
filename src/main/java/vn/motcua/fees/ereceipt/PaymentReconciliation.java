package vn.motcua.fees.ereceipt;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Set;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.fees.PaymentMethod;
import vn.motcua.platform.web.InvalidRequestException;

/**
 * The payment half of reconciliation: payments without receipt, receipts without payment, and the
 * online orders and payments the payment module flagged for a check by hand (a success reported after
 * the order expired; a payment no process instance waited for). A payment without receipt gets its
 * receipt with one click, through the idempotent {@link EReceipts#issue}.
 */
@Service
public class PaymentReconciliation {

    /** What is wrong with a row, in the words supervisors read. */
    public enum Problem {
        PAYMENT_WITHOUT_RECEIPT("Đã ghi nhận thanh toán nhưng chưa có biên lai"),
        RECEIPT_WITHOUT_PAYMENT("Biên lai không ứng với khoản thanh toán nào đã ghi nhận"),
        PAID_AFTER_EXPIRY("Cổng thanh toán báo thành công sau khi lệnh thanh toán đã hết hạn: hoàn tiền hoặc chấp nhận thủ công"),
        UNCORRELATED("Khoản thanh toán không khớp với hồ sơ nào đang chờ nộp phí (trùng hoặc đến muộn): kiểm tra thủ công");

        private final String label;

        Problem(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * One row to reconcile.
     *
     * @param paymentId   the payment (for a receipt without payment: the payment id the receipt names)
     * @param receiptId   the receipt, when the row is one
     * @param orderRef    the online order, when there is one
     * @param method      {@code CASH} or {@code ONLINE}
     * @param at          when it was paid (a receipt: when it was issued; a late success: when it was reported)
     * @param unitCode    the collecting unit (the dossier's receiving unit, or the receipt's unit)
     * @param description what is wrong, in Vietnamese
     */
    public record Row(Problem problem, String paymentId, String receiptId, String orderRef, String dossierId,
                      String dossierCode, long amount, String method, Instant at, String unitCode,
                      String description) {
    }

    /** The three groups, each newest first. */
    public record Report(List<Row> paymentsWithoutReceipt, List<Row> receiptsWithoutPayment, List<Row> flagged) {
    }

    /** The answer of the one-click issue: the receipt, and whether it was issued now. */
    public record Issued(EReceipt receipt, boolean created) {
    }

    private final JdbcClient jdbc;
    private final EReceipts receipts;

    PaymentReconciliation(JdbcClient jdbc, EReceipts receipts) {
        this.jdbc = jdbc;
        this.receipts = receipts;
    }

    /**
     * The rows of the units given, at most {@code limit} per group.
     *
     * @param units the collecting units in scope, or {@code null} for every unit
     */
    @Transactional(readOnly = true)
    public Report report(Collection<String> units, int limit) {
        if (limit < 1 || limit > 1000) {
            throw new InvalidRequestException("limit phải từ 1 đến 1000.");
        }
        if (units != null && units.isEmpty()) {
            return new Report(List.of(), List.of(), List.of());
        }
        List<String> scope = units == null ? null : List.copyOf(Set.copyOf(units));
        List<Row> flagged = new ArrayList<>(query("""
                select o.order_ref, o.dossier_id, d.code, o.amount_vnd, d.receiving_unit,
                  coalesce((select max(l.received_at) from payment_callback_log l where l.order_ref = o.order_ref
                     and l.verdict = 'PAID_AFTER_EXPIRY'), o.closed_at, o.expires_at) as reported_at
                from payment_order o join dossier d on d.id = o.dossier_id
                where o.paid_after_expiry = true""", "d.receiving_unit", "reported_at", scope, limit,
                (rs, row) -> new Row(Problem.PAID_AFTER_EXPIRY, null, null, rs.getString("order_ref"),
                        rs.getString("dossier_id"), rs.getString("code"), rs.getLong("amount_vnd"), "ONLINE",
                        instant(rs, "reported_at"), rs.getString("receiving_unit"), Problem.PAID_AFTER_EXPIRY.label())));
        flagged.addAll(query("""
                select p.id, p.order_ref, p.dossier_id, d.code, p.amount_vnd, p.method, p.paid_at, d.receiving_unit
                from payment p join dossier d on d.id = p.dossier_id
                where p.correlated = false""", "d.receiving_unit", "p.paid_at", scope, limit,
                (rs, row) -> payment(rs, Problem.UNCORRELATED)));
        flagged.sort((a, b) -> b.at().compareTo(a.at()));
        return new Report(
                query("""
                        select p.id, p.order_ref, p.dossier_id, d.code, p.amount_vnd, p.method, p.paid_at, d.receiving_unit
                        from payment p join dossier d on d.id = p.dossier_id
                        where p.amount_vnd > 0 and not exists (select 1 from e_receipt r where r.issue_key = p.id)""",
                        "d.receiving_unit", "p.paid_at", scope, limit,
                        (rs, row) -> payment(rs, Problem.PAYMENT_WITHOUT_RECEIPT)),
                query("""
                        select r.id, r.payment_id, r.dossier_id, r.dossier_code, r.amount, r.payment_method,
                          r.issued_at, r.unit_code
                        from e_receipt r
                        where r.issue_key not like 'replaces:%'
                          and not exists (select 1 from payment p where p.id = r.issue_key)""",
                        "r.unit_code", "r.issued_at", scope, limit,
                        (rs, row) -> new Row(Problem.RECEIPT_WITHOUT_PAYMENT, rs.getString("payment_id"),
                                rs.getString("id"), null, rs.getString("dossier_id"), rs.getString("dossier_code"),
                                rs.getLong("amount"), rs.getString("payment_method"), instant(rs, "issued_at"),
                                rs.getString("unit_code"), Problem.RECEIPT_WITHOUT_PAYMENT.label())),
                flagged.size() > limit ? List.copyOf(flagged.subList(0, limit)) : List.copyOf(flagged));
    }

    /**
     * The payment's collecting unit (its dossier's receiving unit).
     *
     * @throws NoSuchElementException for an unknown payment
     */
    public String unitOf(String paymentId) {
        return jdbc.sql("select d.receiving_unit from payment p join dossier d on d.id = p.dossier_id where p.id = ?")
                .param(paymentId).query(String.class).optional()
                .orElseThrow(() -> new NoSuchElementException("Không tìm thấy khoản thanh toán."));
    }

    /**
     * Issues the receipt of a recorded payment, from the payment and its dossier as stored; returns the
     * receipt already issued when there is one (no new number).
     *
     * @throws NoSuchElementException for an unknown payment
     */
    public Issued issueReceipt(String paymentId) {
        var existing = receipts.ofPayment(paymentId);
        if (existing.isPresent()) {
            return new Issued(existing.get(), false);
        }
        EReceiptRequest request = jdbc.sql("""
                select p.id, p.dossier_id, d.code, d.procedure_code, d.procedure_name, d.receiving_unit, p.payer_name,
                  p.amount_vnd, p.method, p.paid_at
                from payment p join dossier d on d.id = p.dossier_id where p.id = ?""")
                .param(paymentId)
                .query((rs, row) -> new EReceiptRequest(rs.getString("id"), rs.getString("dossier_id"),
                        rs.getString("code"), rs.getString("procedure_code"), rs.getString("procedure_name"),
                        rs.getString("receiving_unit"), rs.getString("payer_name"), rs.getLong("amount_vnd"),
                        PaymentMethod.valueOf(rs.getString("method")), instant(rs, "paid_at")))
                .optional().orElseThrow(() -> new NoSuchElementException("Không tìm thấy khoản thanh toán."));
        EReceipt receipt = receipts.issue(request);
        return new Issued(receipt, true);
    }

    private <T> List<T> query(String select, String unitColumn, String orderColumn, List<String> scope, int limit,
                              RowMapper<T> mapper) {
        String sql = select + (scope == null ? "" : " and " + unitColumn + " in (:units)")
                + " order by " + orderColumn + " desc fetch first " + limit + " rows only";
        var statement = jdbc.sql(sql);
        if (scope != null) {
            statement = statement.param("units", scope);
        }
        return statement.query(mapper).list();
    }

    private static Row payment(ResultSet rs, Problem problem) throws SQLException {
        return new Row(problem, rs.getString("id"), null, rs.getString("order_ref"), rs.getString("dossier_id"),
                rs.getString("code"), rs.getLong("amount_vnd"), rs.getString("method"), instant(rs, "paid_at"),
                rs.getString("receiving_unit"), problem.label());
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp value = rs.getTimestamp(column);
        return value == null ? null : value.toInstant();
    }
}
