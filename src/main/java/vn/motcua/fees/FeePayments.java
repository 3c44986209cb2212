package vn.motcua.fees;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.fees.PaymentRecords.Order;
import vn.motcua.fees.PaymentRecords.OrderState;
import vn.motcua.fees.PaymentRecords.Payment;
import vn.motcua.fees.gateway.CallbackVerdict;
import vn.motcua.fees.gateway.PaymentGateway;
import vn.motcua.fees.gateway.PaymentOrderRequest;
import vn.motcua.platform.web.ConflictException;

/**
 * Fees of dossiers: what is due, online payment orders and their gateway callbacks, cash at the counter.
 * The dossier waits for its fee in the shared building block {@code common-fee-payment} (status 6, the
 * legal clock paused); this service is the only place that changes a payment order's state and records
 * payments:
 * <ul>
 *   <li>{@link #startOnline}: the citizen's "pay online" creates an order and moves the process to wait
 *       for the gateway (message {@value #ORDER_CREATED});</li>
 *   <li>{@link #confirm}: the gateway's IPN callback, idempotent: the order row is locked and leaves
 *       PENDING once; when paid, the process gets {@value #PAYMENT_RECEIVED} and {@link PaymentCompleted}
 *       is published in the same transaction;</li>
 *   <li>{@link #recordCash}: the counter officer's cash collection (the officer's task of the building block);</li>
 *   <li>{@link #expire}: an order unpaid at its expiry or failed (the building block goes back to the counter).</li>
 * </ul>
 * Log messages carry stable codes ({@code PAY-…}) an operator can search for.
 */
@Service
@EnableConfigurationProperties(PaymentProperties.class)
public class FeePayments {

    /** The building block in which a dossier waits for its fee. */
    public static final String FEE_PROCESS = "common-fee-payment";
    public static final String ORDER_CREATED = "PaymentOrderCreated";
    public static final String PAYMENT_RECEIVED = "PaymentReceived";
    public static final String PAYMENT_FAILED = "PaymentFailed";
    static final String FEE_AMOUNT = "feeAmount";

    private static final Logger log = LoggerFactory.getLogger(FeePayments.class);

    private final PaymentRecords records;
    private final DossierService dossiers;
    private final RuntimeService runtime;
    private final ObjectProvider<PaymentGateway> gateways;
    private final PaymentProperties properties;
    private final ApplicationEventPublisher events;

    FeePayments(PaymentRecords records, @Lazy DossierService dossiers, @Lazy RuntimeService runtime,
                ObjectProvider<PaymentGateway> gateways, PaymentProperties properties,
                ApplicationEventPublisher events) {
        this.records = records;
        this.dossiers = dossiers;
        this.runtime = runtime;
        this.gateways = gateways;
        this.properties = properties;
        this.events = events;
    }

    /**
     * The fee a dossier waits for now.
     *
     * @param amount        in đồng
     * @param onlinePending an online order is open at the gateway (the counter waits until it ends)
     */
    public record FeeDue(long amount, boolean onlinePending) {
    }

    /** The fee the dossier waits for, or empty when it is not waiting for a payment. */
    public Optional<FeeDue> feeDue(String dossierId) {
        return waitingInstance(dossierId).map(instance -> {
            Object amount = runtime.getVariable(instance.getId(), FEE_AMOUNT);
            boolean pending = records.pendingOrderOf(dossierId).isPresent();
            return new FeeDue(amount instanceof Number number ? number.longValue() : 0L, pending);
        }).filter(due -> due.amount() > 0);
    }

    /** Whether a fee of the dossier was paid online (the 766 index and the national portal count it). */
    public boolean paidOnline(String dossierId) {
        return records.paidOnline(dossierId);
    }

    /** Whether a gateway is configured: without one, citizens pay at the counter only. */
    public boolean onlinePaymentAvailable() {
        return gateways.getIfAvailable() != null;
    }

    /**
     * The applicant starts paying online: an order for the fee due, valid for {@code motcua.payment.order-ttl};
     * an order still open is offered again rather than a second one.
     *
     * @param citizenId the signed-in citizen: only the dossier's applicant may pay it
     * @param baseUrl   the address the citizen uses, against which a relative return URL is resolved
     * @return the signed gateway URL to redirect the browser to
     */
    @Transactional
    public URI startOnline(String dossierId, String citizenId, URI baseUrl, String clientIp) {
        Dossier dossier = dossiers.get(dossierId);
        if (!dossier.applicant().idNumber().equals(citizenId)) {
            throw new NoSuchElementException("Không tìm thấy hồ sơ.");
        }
        PaymentGateway gateway = gateways.getIfAvailable();
        if (gateway == null) {
            throw new ConflictException("Thanh toán trực tuyến chưa được cấu hình; xin nộp phí, lệ phí tại bộ phận một cửa.");
        }
        URI returnUrl = baseUrl.resolve(properties.returnUrl());
        Instant now = Instant.now();
        Optional<Order> open = records.pendingOrderOf(dossierId).filter(order -> order.expiresAt().isAfter(now));
        if (open.isPresent()) {
            Order order = open.get();
            return gateway.paymentUrl(new PaymentOrderRequest(order.orderRef(), order.amountVnd(),
                    description(dossier), order.createdAt(), order.expiresAt(), returnUrl, clientIp));
        }
        FeeDue due = feeDue(dossierId).orElseThrow(() ->
                new ConflictException("Hồ sơ không có khoản phí, lệ phí đang chờ nộp."));
        Order order = new Order(UUID.randomUUID().toString().replace("-", ""), dossierId, due.amount(), gateway.name(),
                OrderState.PENDING, now, now.plus(properties.orderTtl()), false);
        records.insertOrder(order);
        List<MessageCorrelationResult> moved = runtime.createMessageCorrelation(ORDER_CREATED)
                .processInstanceBusinessKey(dossierId)
                .setVariable("paymentOrderRef", order.orderRef())
                .setVariable("paymentExpiresAt", order.expiresAt().toString())
                .correlateAllWithResult();
        if (moved.isEmpty()) {
            throw new ConflictException("Hồ sơ đang chờ kết quả một giao dịch thanh toán khác; xin thử lại sau ít phút.");
        }
        log.info("PAY-ORDER created {} for dossier {}: {} đ, expires {}", order.orderRef(), dossier.code(),
                order.amountVnd(), order.expiresAt());
        return gateway.paymentUrl(new PaymentOrderRequest(order.orderRef(), order.amountVnd(), description(dossier),
                order.createdAt(), order.expiresAt(), returnUrl, clientIp));
    }

    /**
     * The gateway's IPN callback: checked in the protocol's order (signature 97, order 01, amount 04,
     * already closed 02), then recorded (00). Every callback is logged with its verdict in the same
     * transaction. A success after the order's expiry pays nothing: the order is flagged for reconciliation.
     *
     * @throws vn.motcua.fees.gateway.MalformedCallbackException for unreadable fields (answer 99)
     */
    @Transactional
    public IpnAnswer confirm(Map<String, String> parameters) {
        PaymentGateway gateway = gateways.getIfAvailable();
        if (gateway == null) {
            throw new IllegalStateException("no payment gateway is configured");
        }
        Instant now = Instant.now();
        String raw = describe(parameters);
        CallbackVerdict verdict = gateway.verify(parameters);
        if (!verdict.signatureValid()) {
            log.warn("PAY-IPN-97 invalid signature for order {}", verdict.orderRef());
            return logged(now, gateway, verdict.orderRef(), "INVALID_SIGNATURE", IpnAnswer.INVALID_SIGNATURE, raw);
        }
        Optional<Order> locked = records.lockOrder(verdict.orderRef());
        if (locked.isEmpty()) {
            log.warn("PAY-IPN-01 unknown order {}", verdict.orderRef());
            return logged(now, gateway, verdict.orderRef(), "ORDER_NOT_FOUND", IpnAnswer.ORDER_NOT_FOUND, raw);
        }
        Order order = locked.get();
        if (order.amountVnd() != verdict.amountVnd()) {
            log.warn("PAY-IPN-04 order {} is {} đ, the callback says {} đ", order.orderRef(), order.amountVnd(),
                    verdict.amountVnd());
            return logged(now, gateway, order.orderRef(), "INVALID_AMOUNT", IpnAnswer.INVALID_AMOUNT, raw);
        }
        if (order.state() == OrderState.PENDING && !order.expiresAt().isAfter(now)) {
            records.close(order.orderRef(), OrderState.EXPIRED, now, null);
            order = new Order(order.orderRef(), order.dossierId(), order.amountVnd(), order.gateway(),
                    OrderState.EXPIRED, order.createdAt(), order.expiresAt(), order.paidAfterExpiry());
        }
        if (order.state() != OrderState.PENDING) {
            if (verdict.paid() && order.state() == OrderState.EXPIRED) {
                records.markPaidAfterExpiry(order.orderRef(), verdict.gatewayTxnNo());
                log.warn("PAY-IPN-LATE order {} of dossier {} was paid after it expired: refund or accept by hand",
                        order.orderRef(), order.dossierId());
                return logged(now, gateway, order.orderRef(), "PAID_AFTER_EXPIRY", IpnAnswer.ALREADY_CONFIRMED, raw);
            }
            log.info("PAY-IPN-02 order {} is already {}", order.orderRef(), order.state());
            return logged(now, gateway, order.orderRef(), "ALREADY_CONFIRMED", IpnAnswer.ALREADY_CONFIRMED, raw);
        }
        if (!verdict.paid()) {
            records.close(order.orderRef(), OrderState.FAILED, now, verdict.gatewayTxnNo());
            runtime.createMessageCorrelation(PAYMENT_FAILED).processInstanceBusinessKey(order.dossierId())
                    .correlateAllWithResult();
            log.info("PAY-IPN-FAILED order {}: gateway response {}", order.orderRef(), verdict.responseCode());
            return logged(now, gateway, order.orderRef(), "FAILED", IpnAnswer.CONFIRMED, raw);
        }
        records.close(order.orderRef(), OrderState.PAID, now, verdict.gatewayTxnNo());
        Dossier dossier = dossiers.get(order.dossierId());
        Payment payment = record(dossier, order.orderRef(), PaymentMethod.ONLINE, gateway.name(),
                verdict.gatewayTxnNo(), order.amountVnd(), verdict.paidAt() != null ? verdict.paidAt() : now, null);
        List<MessageCorrelationResult> moved = runtime.createMessageCorrelation(PAYMENT_RECEIVED)
                .processInstanceBusinessKey(order.dossierId())
                .setVariable("paymentId", payment.id())
                .setVariable("paymentMethod", PaymentMethod.ONLINE.name())
                .correlateAllWithResult();
        if (moved.isEmpty()) {
            records.markUncorrelated(payment.id());
            log.warn("PAY-NO-WAITING payment {} of dossier {}: no process waits for it; kept for reconciliation",
                    payment.id(), dossier.code());
        }
        log.info("PAY-IPN-00 order {} paid: {} đ for dossier {}", order.orderRef(), order.amountVnd(), dossier.code());
        return logged(now, gateway, order.orderRef(), "PAID", IpnAnswer.CONFIRMED, raw);
    }

    /** Logs a callback whose handling failed (its transaction rolled back) with answer 99. */
    public IpnAnswer failed(Map<String, String> parameters, String reason) {
        PaymentGateway gateway = gateways.getIfAvailable();
        records.logSeparately(new PaymentRecords.Callback(Instant.now(), gateway == null ? "none" : gateway.name(),
                parameters.get("vnp_TxnRef"), reason, IpnAnswer.UNKNOWN_ERROR.rspCode(), describe(parameters)));
        return IpnAnswer.UNKNOWN_ERROR;
    }

    /**
     * The counter officer collected the fee in cash (the officer's task in {@code common-fee-payment}
     * completed): a CASH payment recorded by that officer, {@link PaymentCompleted} published.
     */
    public void recordCash(DelegateExecution execution, String officer) {
        String dossierId = (String) execution.getVariable("dossierId");
        Object amount = execution.getVariable(FEE_AMOUNT);
        if (dossierId == null || !(amount instanceof Number fee)) {
            return; // the building block started on its own, as in its process tests
        }
        Dossier dossier = dossiers.get(dossierId);
        Payment payment = record(dossier, null, PaymentMethod.CASH, null, null, fee.longValue(), Instant.now(), officer);
        execution.setVariable("paymentId", payment.id());
        execution.setVariable("paymentMethod", PaymentMethod.CASH.name());
        log.info("PAY-CASH {} đ for dossier {} collected by {}", fee, dossier.code(), officer);
    }

    /** The online wait ended unpaid (expiry timer or failed payment): a still PENDING order expires. */
    public void expire(String orderRef) {
        if (orderRef != null && records.close(orderRef, OrderState.EXPIRED, Instant.now(), null)) {
            log.info("PAY-EXPIRED order {}", orderRef);
        }
    }

    private Payment record(Dossier dossier, String orderRef, PaymentMethod method, String gateway, String txnNo,
                           long amount, Instant paidAt, String officer) {
        Payment payment = new Payment(UUID.randomUUID().toString(), dossier.id(), orderRef, method, gateway, txnNo,
                amount, dossier.applicant().name(), paidAt, officer, true);
        records.insertPayment(payment);
        events.publishEvent(new PaymentCompleted(payment.id(), dossier.id(), dossier.code(), dossier.procedureCode(),
                dossier.procedureName(), dossier.receivingUnit(), payment.payerName(), amount, method, paidAt));
        return payment;
    }

    private Optional<ProcessInstance> waitingInstance(String dossierId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossierId)
                .processDefinitionKey(FEE_PROCESS).active().list().stream().findFirst();
    }

    private IpnAnswer logged(Instant at, PaymentGateway gateway, String orderRef, String verdict, IpnAnswer answer,
                             String raw) {
        records.log(new PaymentRecords.Callback(at, gateway.name(), orderRef, verdict, answer.rspCode(), raw));
        return answer;
    }

    private static String description(Dossier dossier) {
        return "Thanh toan phi, le phi ho so " + dossier.code();
    }

    private static String describe(Map<String, String> parameters) {
        return new TreeMap<>(parameters).entrySet().stream().map(entry -> entry.getKey() + "=" + entry.getValue())
                .collect(Collectors.joining("&"));
    }
}
