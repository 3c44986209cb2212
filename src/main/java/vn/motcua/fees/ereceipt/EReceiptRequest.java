package vn.motcua.fees.ereceipt;

import java.time.Instant;

import vn.motcua.fees.PaymentMethod;

/**
 * A completed payment for which a receipt is due; the fields of the payment module's
 * {@code PaymentCompleted} event.
 *
 * @param paymentId     the payment's id: a receipt is issued once per payment
 * @param dossierId     the dossier the fee was paid for
 * @param dossierCode   its code, printed on the receipt; optional
 * @param procedureCode the procedure's catalog code
 * @param procedureName the procedure's name, printed on the receipt
 * @param unitCode      the collecting unit: its series numbers the receipt
 * @param payerName     who paid
 * @param amount        the amount in đồng, more than 0
 * @param method        cash or online
 * @param paidAt        when the payment was made
 */
public record EReceiptRequest(String paymentId, String dossierId, String dossierCode, String procedureCode,
                             String procedureName, String unitCode, String payerName, long amount,
                             PaymentMethod method, Instant paidAt) {
}
