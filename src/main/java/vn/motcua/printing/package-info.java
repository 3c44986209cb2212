/**
 * Documents: the printed forms of the one-stop mechanism as PDF (Circular 03/2025/TT-VPCP, Annex
 * I), starting with form 1, the receipt and appointment slip, and the electronic receipt of fees and
 * charges.
 *
 * <p>Public API: {@link vn.motcua.printing.PrintedForms} with one {@code render} method per form,
 * and the forms' data records ({@link vn.motcua.printing.ReceiptSlip},
 * {@link vn.motcua.printing.ElectronicReceipt}). Layouts are Thymeleaf
 * templates under {@code templates/print/}; the embedded font is Liberation Serif, which has every
 * Vietnamese letter.
 */
package vn.motcua.printing;
