package vn.motcua.fees.ereceipt;

import java.time.Instant;

import vn.motcua.fees.PaymentMethod;

/**
 * An electronic receipt of fees and charges as stored.
 *
 * @param id            the receipt's id (not printed; the public lookup uses {@code publicToken})
 * @param unitCode      the collecting unit
 * @param templateCode  the template symbol, e.g. {@code 01BLP0-001}
 * @param series        the series symbol, e.g. {@code AA-26E}
 * @param year          the year the receipt was issued in, whose sequence numbers it
 * @param number        the number in the (unit, series, year) sequence, from 1, without gaps
 * @param printedNumber the number as printed, e.g. {@code 0000001}
 * @param paymentId     the payment the receipt is for
 * @param dossierId     the dossier the fee was paid for
 * @param dossierCode   its code; may be {@code null}
 * @param procedureCode the procedure's catalog code
 * @param procedureName the procedure's name
 * @param payerName     who paid
 * @param amount        in đồng
 * @param amountInWords e.g. "Bảy nghìn đồng"
 * @param method        cash or online
 * @param paidAt        when the payment was made
 * @param issuedAt      when the receipt was issued
 * @param publicToken   the unguessable key of the public lookup address (the QR code)
 * @param status        valid or cancelled
 * @param cancelledAt   when it was cancelled, or {@code null}
 * @param cancelledBy   who cancelled it, or {@code null}
 * @param cancelReason  why, or {@code null}
 * @param replacesId    the receipt this one replaces, or {@code null}
 */
public record EReceipt(String id, String unitCode, String templateCode, String series, int year, int number,
                      String printedNumber, String paymentId, String dossierId, String dossierCode,
                      String procedureCode, String procedureName, String payerName, long amount,
                      String amountInWords, PaymentMethod method, Instant paidAt, Instant issuedAt,
                      String publicToken, EReceiptStatus status, Instant cancelledAt, String cancelledBy,
                      String cancelReason, String replacesId) {

    /** Series and number, as a receipt is named: "AA-26E số 0000001". */
    public String label() {
        return series + " số " + printedNumber;
    }
}
