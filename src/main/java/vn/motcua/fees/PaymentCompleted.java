package vn.motcua.fees;

import java.time.Instant;

/**
 * A fee was paid: published synchronously inside the transaction that records the payment, so a
 * listener writing in the same transaction (e.g. the e-receipt) commits or rolls back with it. Published
 * exactly once per payment, whatever the number of callbacks.
 *
 * @param paymentId     the payment's id
 * @param dossierId     the dossier the fee belongs to
 * @param dossierCode   the dossier's code
 * @param procedureCode the procedure's catalog code
 * @param procedureName the procedure's name
 * @param unitCode      the receiving unit (where the fee is collected)
 * @param payerName     the applicant who paid
 * @param amount        the amount in đồng
 * @param method        cash at the counter or online
 * @param paidAt        when it was paid
 */
public record PaymentCompleted(String paymentId, String dossierId, String dossierCode, String procedureCode,
                               String procedureName, String unitCode, String payerName, long amount,
                               PaymentMethod method, Instant paidAt) {
}
