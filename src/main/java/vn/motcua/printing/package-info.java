/**
 * Printing: the forms of the one-stop mechanism as PDF (Circular 03/2025/TT-VPCP, Annex I) — form 1, the
 * receipt and appointment slip; forms 2 and 3, the supplement request and the refusal; the notice that the
 * complex-case limit applies — and the electronic receipt of fees and charges, with their fonts, barcodes and
 * printed dates and amounts. Printing knows forms, not dossiers: the dossier module fills form 1
 * ({@code dossier.ReceiptSlips}), forms 2 and 3 and the complex-case notice ({@code dossier.CounterNotices}), the
 * fee module the e-receipt; form 6, the control sheet, is the dossier module's page.
 *
 * <p>Public API: {@link vn.motcua.printing.PrintedForms} with one {@code render} method per form,
 * and the forms' data records ({@link vn.motcua.printing.ReceiptSlip},
 * {@link vn.motcua.printing.EReceiptForm}). Layouts are Thymeleaf
 * templates under {@code templates/print/}; the embedded font is Liberation Serif, which has every
 * Vietnamese letter.
 */
@ApplicationModule(displayName = "Printing")
package vn.motcua.printing;

import org.springframework.modulith.ApplicationModule;
