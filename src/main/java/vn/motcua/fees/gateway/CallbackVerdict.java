package vn.motcua.fees.gateway;

import java.time.Instant;

/**
 * A callback as the gateway signed it.
 *
 * @param signatureValid whether the signature matches our secret; nothing else is read when it does not
 * @param orderRef       our order reference
 * @param amountVnd      the amount paid, in đồng
 * @param paid           the gateway reports a successful payment (response and transaction status {@code 00})
 * @param responseCode   the gateway's response code, e.g. {@code 00} paid, {@code 24} cancelled by the customer
 * @param gatewayTxnNo   the gateway's transaction number
 * @param paidAt         when the gateway took the payment, or {@code null}
 */
public record CallbackVerdict(boolean signatureValid, String orderRef, long amountVnd, boolean paid,
                              String responseCode, String gatewayTxnNo, Instant paidAt) {

    static CallbackVerdict badSignature(String orderRef) {
        return new CallbackVerdict(false, orderRef, 0, false, null, null, null);
    }
}
