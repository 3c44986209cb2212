/**
 * Electronic receipts of fees and charges ("biên lai điện tử thu phí, lệ phí"; Decree 123/2020/NĐ-CP,
 * Circular 78/2021/TT-BTC — details to be checked with the province's tax office): one numbered
 * receipt per payment, gapless numbers per collecting unit, series and year, the amount in words,
 * the PDF through {@code vn.motcua.printing}, cancellation and replacement (never deletion), and the
 * public QR lookup page, and the reconciliation of payments and receipts
 * ({@link vn.motcua.fees.ereceipt.PaymentReconciliation}, which reads the payment module's tables).
 *
 * <p>Public API: {@link vn.motcua.fees.ereceipt.EReceipts} with {@link vn.motcua.fees.ereceipt.EReceiptRequest}
 * and {@link vn.motcua.fees.ereceipt.EReceipt}; {@link vn.motcua.fees.ereceipt.AmountInWords}. Tables:
 * {@code e_receipt}, {@code receipt_counter} ({@code V11__receipt.sql}).
 */
@NamedInterface("ereceipt")
package vn.motcua.fees.ereceipt;

import org.springframework.modulith.NamedInterface;
