package vn.motcua.fees;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** The tables of V10__payment.sql: payment orders, payments and the callback log. */
@Repository
class PaymentRecords {

    /** The states of an online order; it leaves PENDING once. */
    enum OrderState { PENDING, PAID, FAILED, EXPIRED }

    record Order(String orderRef, String dossierId, long amountVnd, String gateway, OrderState state,
                 Instant createdAt, Instant expiresAt, boolean paidAfterExpiry) {
    }

    record Payment(String id, String dossierId, String orderRef, PaymentMethod method, String gateway,
                   String gatewayTxnNo, long amountVnd, String payerName, Instant paidAt, String recordedBy,
                   boolean correlated) {
    }

    record Callback(Instant receivedAt, String gateway, String orderRef, String verdict, String rspCode,
                    String params) {
    }

    private static final int MAX_PARAMS = 4000;

    private final JdbcClient jdbc;

    PaymentRecords(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insertOrder(Order order) {
        jdbc.sql("""
                insert into payment_order (order_ref, dossier_id, amount_vnd, gateway, state, created_at, expires_at)
                values (?, ?, ?, ?, ?, ?, ?)""")
                .params(order.orderRef(), order.dossierId(), order.amountVnd(), order.gateway(), order.state().name(),
                        ts(order.createdAt()), ts(order.expiresAt()))
                .update();
    }

    /** The order, its row locked until the transaction ends: callbacks of one order run one after another. */
    boolean paidOnline(String dossierId) {
        return jdbc.sql("select count(*) from payment where dossier_id = ? and method = 'ONLINE'").param(dossierId)
                .query(Long.class).single() > 0;
    }

    Optional<Order> lockOrder(String orderRef) {
        return jdbc.sql("select * from payment_order where order_ref = ? for update").param(orderRef)
                .query(PaymentRecords::order).optional();
    }

    /** The newest order of a dossier still PENDING, if any. */
    Optional<Order> pendingOrderOf(String dossierId) {
        return jdbc.sql("""
                select * from payment_order where dossier_id = ? and state = 'PENDING'
                order by created_at desc fetch first 1 rows only""")
                .param(dossierId).query(PaymentRecords::order).optional();
    }

    List<Order> ordersOf(String dossierId) {
        return jdbc.sql("select * from payment_order where dossier_id = ? order by created_at")
                .param(dossierId).query(PaymentRecords::order).list();
    }

    /** Closes a PENDING order; false when it had already left PENDING (the other party won). */
    boolean close(String orderRef, OrderState state, Instant at, String gatewayTxnNo) {
        return jdbc.sql("""
                update payment_order set state = ?, closed_at = ?, gateway_txn_no = ?
                where order_ref = ? and state = 'PENDING'""")
                .params(state.name(), ts(at), gatewayTxnNo, orderRef).update() == 1;
    }

    void markPaidAfterExpiry(String orderRef, String gatewayTxnNo) {
        jdbc.sql("""
                update payment_order set paid_after_expiry = true, gateway_txn_no = coalesce(gateway_txn_no, ?)
                where order_ref = ?""").params(gatewayTxnNo, orderRef).update();
    }

    void insertPayment(Payment payment) {
        jdbc.sql("""
                insert into payment (id, dossier_id, order_ref, method, gateway, gateway_txn_no, amount_vnd, payer_name,
                  paid_at, recorded_by, correlated)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(payment.id(), payment.dossierId(), payment.orderRef(), payment.method().name(),
                        payment.gateway(), payment.gatewayTxnNo(), payment.amountVnd(), payment.payerName(),
                        ts(payment.paidAt()), payment.recordedBy(), payment.correlated())
                .update();
    }

    void markUncorrelated(String paymentId) {
        jdbc.sql("update payment set correlated = false where id = ?").param(paymentId).update();
    }

    List<Payment> paymentsOf(String dossierId) {
        return jdbc.sql("select * from payment where dossier_id = ? order by paid_at").param(dossierId)
                .query((rs, row) -> new Payment(rs.getString("id"), rs.getString("dossier_id"),
                        rs.getString("order_ref"), PaymentMethod.valueOf(rs.getString("method")),
                        rs.getString("gateway"), rs.getString("gateway_txn_no"), rs.getLong("amount_vnd"),
                        rs.getString("payer_name"), rs.getTimestamp("paid_at").toInstant(),
                        rs.getString("recorded_by"), rs.getBoolean("correlated")))
                .list();
    }

    /** Logs a callback in the caller's transaction (it commits with the state change it explains). */
    void log(Callback callback) {
        jdbc.sql("""
                insert into payment_callback_log (received_at, gateway, order_ref, verdict, rsp_code, params)
                values (?, ?, ?, ?, ?, ?)""")
                .params(ts(callback.receivedAt()), callback.gateway(), truncate(callback.orderRef(), 100),
                        callback.verdict(), callback.rspCode(), truncate(callback.params(), MAX_PARAMS))
                .update();
    }

    /** Logs a callback in a transaction of its own: for a callback whose handling failed and rolled back. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void logSeparately(Callback callback) {
        log(callback);
    }

    List<Callback> callbacksOf(String orderRef) {
        return jdbc.sql("select * from payment_callback_log where order_ref = ? order by id").param(orderRef)
                .query((rs, row) -> new Callback(rs.getTimestamp("received_at").toInstant(), rs.getString("gateway"),
                        rs.getString("order_ref"), rs.getString("verdict"), rs.getString("rsp_code"),
                        rs.getString("params")))
                .list();
    }

    private static Order order(ResultSet rs, int row) throws SQLException {
        return new Order(rs.getString("order_ref"), rs.getString("dossier_id"), rs.getLong("amount_vnd"),
                rs.getString("gateway"), OrderState.valueOf(rs.getString("state")),
                rs.getTimestamp("created_at").toInstant(), rs.getTimestamp("expires_at").toInstant(),
                rs.getBoolean("paid_after_expiry"));
    }

    /** At most max characters, without the NUL PostgreSQL cannot store (a forged callback may carry %00). */
    private static String truncate(String value, int max) {
        String storable = value == null ? null : value.replace("\u0000", "");
        return storable == null || storable.length() <= max ? storable : storable.substring(0, max);
    }

    private static Timestamp ts(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }
}
