/**
 * Fees and charges: the fee decided for a dossier, payment at the counter or online through a gateway
 * ({@code gateway}: VNPAY; {@code simulator}: a local simulator, named as one), electronic receipts of fees
 * and charges and the reconciliation of payments and receipts ({@code ereceipt}).
 */
@ApplicationModule(displayName = "Fees and payment")
package vn.motcua.fees;

import org.springframework.modulith.ApplicationModule;
