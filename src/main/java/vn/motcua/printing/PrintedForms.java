package vn.motcua.printing;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.springframework.stereotype.Service;

/**
 * The printed forms of the one-stop mechanism (Circular 03/2025/TT-VPCP, Annex I) as PDF, one
 * {@code render} method per form. Each form is an HTML template under {@code templates/print/}
 * rendered with an embedded font that has every Vietnamese letter.
 *
 * <p>Thread-safe; the fonts and templates are loaded once.
 */
@Service
public class PrintedForms {

    private final PrintTemplates templates = new PrintTemplates();
    private final HtmlToPdf pdf = new HtmlToPdf(PrintFonts.load());

    /**
     * Form 1, the receipt and appointment slip ("Giấy tiếp nhận hồ sơ và hẹn trả kết quả"): one A4
     * page with the dossier code, the QR code of the public lookup address and a Code 128 barcode
     * of the dossier code.
     *
     * @return the PDF file's bytes
     */
    public byte[] render(ReceiptSlip slip) {
        return pdf.render(receiptSlipHtml(slip));
    }

    /**
     * The electronic receipt of fees and charges ("Biên lai điện tử thu phí, lệ phí"): one A4 page
     * with the template and series symbols, the number, the amount in figures and in words and the
     * QR code of the receipt's public lookup address. A cancelled receipt is stamped "ĐÃ HỦY".
     *
     * @return the PDF file's bytes
     */
    public byte[] render(EReceiptForm receipt) {
        return pdf.render(electronicReceiptHtml(receipt));
    }

    /**
     * Form 2, the request to supplement and complete a dossier ("Phiếu yêu cầu bổ sung, hoàn thiện hồ
     * sơ"): the table of documents to add with the form each must take, the reason and the officer.
     *
     * @return the PDF file's bytes
     */
    public byte[] render(SupplementRequest request) {
        return pdf.render(supplementRequestHtml(request));
    }

    /**
     * Form 3, the refusal to receive or handle a dossier ("Phiếu từ chối tiếp nhận, giải quyết hồ sơ"):
     * the applicant, the matter and the specific reasons.
     *
     * @return the PDF file's bytes
     */
    public byte[] render(Refusal refusal) {
        return pdf.render(refusalHtml(refusal));
    }

    /**
     * The notice that the complex-case limit applies ("Thông báo về việc áp dụng thời hạn giải quyết trường hợp phức
     * tạp"): what is verified, the appointment of the receipt slip, the longer limit with its legal basis and the new
     * appointment.
     *
     * @return the PDF file's bytes
     */
    public byte[] render(ComplexCaseNotice notice) {
        return pdf.render(complexCaseNoticeHtml(notice));
    }

    /**
     * Form 4, the apology letter with a new date for the result ("Phiếu xin lỗi và hẹn lại ngày trả kết quả"): the
     * dossier, the appointment missed, the reason and the new appointment.
     *
     * @return the PDF file's bytes
     */
    public byte[] render(ApologyLetter letter) {
        return pdf.render(apologyLetterHtml(letter));
    }

    /**
     * Form 5, the notice that the handling of a dossier stops ("Thông báo về việc dừng giải quyết hồ sơ"): the
     * dossier, when and why it stopped.
     *
     * @return the PDF file's bytes
     */
    public byte[] render(StopNotice notice) {
        return pdf.render(stopNoticeHtml(notice));
    }

    /**
     * Form 6, the control sheet of a dossier ("Phiếu kiểm soát quá trình giải quyết hồ sơ"): one row per step with
     * its unit, when it received and handed on the dossier, who handed it on and whether it kept its time limit.
     *
     * @return the PDF file's bytes
     */
    public byte[] render(ControlSheetForm sheet) {
        return pdf.render(controlSheetHtml(sheet));
    }

    /**
     * Form 7, a counter's tracking book ("Sổ theo dõi hồ sơ") for a day or a month, on landscape A4 pages: one row per
     * dossier with its applicant, handling unit and the days of its reception, appointment and return.
     *
     * @return the PDF file's bytes
     */
    public byte[] render(TrackingBook book) {
        return pdf.render(trackingBookHtml(book));
    }

    /** A tracking book's row with its times as printed. */
    record PrintedEntry(String dossierCode, String procedureName, String applicantName, String contact,
                        String handlingUnit, String submittedAt, String appointmentAt, String returnedAt,
                        String status) {
    }

    String trackingBookHtml(TrackingBook book) {
        List<PrintedEntry> entries = book.entries().stream().map(entry -> new PrintedEntry(entry.dossierCode(),
                entry.procedureName(), entry.applicantName(), entry.contact(), entry.handlingUnit(),
                PrintedDates.day(entry.submittedAt()), dayOrBlank(entry.appointmentAt()),
                dayOrBlank(entry.returnedAt()), entry.status())).toList();
        return templates.render("tracking-book", Map.of(
                "book", book,
                "entries", entries,
                "dateLine", PrintedDates.dateLine(book.printedAt())));
    }

    /** A control sheet's step with its times as printed. */
    record PrintedStep(String name, String unit, String receivedAt, String dueAt, String handedOnAt,
                       String handedOnBy, String result, String note) {
    }

    String controlSheetHtml(ControlSheetForm sheet) {
        List<PrintedStep> steps = sheet.steps().stream().map(step -> new PrintedStep(step.name(), step.unit(),
                PrintedDates.time(step.receivedAt()), timeOrBlank(step.dueAt()),
                step.handedOnAt() == null ? "Đang xử lý" : PrintedDates.time(step.handedOnAt()),
                step.handedOnBy(), step.result(), step.note())).toList();
        Map<String, Object> variables = new HashMap<>();
        variables.put("sheet", sheet);
        variables.put("steps", steps);
        variables.put("receivedAt", sheet.receivedAt() == null ? null : PrintedDates.time(sheet.receivedAt()));
        variables.put("appointmentAt", sheet.appointmentAt() == null ? null : PrintedDates.time(sheet.appointmentAt()));
        variables.put("dateLine", PrintedDates.dateLine(sheet.printedAt()));
        return templates.render("control-sheet", variables);
    }

    private static String dayOrBlank(Instant instant) {
        return instant == null ? "" : PrintedDates.day(instant);
    }

    private static String timeOrBlank(Instant instant) {
        return instant == null ? "" : PrintedDates.time(instant);
    }

    String apologyLetterHtml(ApologyLetter letter) {
        return templates.render("apology-letter", Map.of(
                "letter", letter,
                "receivedAt", PrintedDates.time(letter.receivedAt()),
                "originalAppointment", PrintedDates.time(letter.originalAppointment()),
                "newAppointment", PrintedDates.time(letter.newAppointment()),
                "dateLine", PrintedDates.dateLine(letter.apologizedAt())));
    }

    String stopNoticeHtml(StopNotice notice) {
        return templates.render("stop-notice", Map.of(
                "notice", notice,
                "submittedAt", PrintedDates.time(notice.submittedAt()),
                "stoppedAt", PrintedDates.time(notice.stoppedAt()),
                "dateLine", PrintedDates.dateLine(notice.stoppedAt())));
    }

    String supplementRequestHtml(SupplementRequest request) {
        return templates.render("supplement-request", Map.of(
                "request", request,
                "dateLine", PrintedDates.dateLine(request.requestedAt())));
    }

    String complexCaseNoticeHtml(ComplexCaseNotice notice) {
        return templates.render("complex-case-notice", Map.of(
                "notice", notice,
                "receivedAt", PrintedDates.time(notice.receivedAt()),
                "originalAppointment", PrintedDates.time(notice.originalAppointment()),
                "newAppointment", PrintedDates.time(notice.newAppointment()),
                "dateLine", PrintedDates.dateLine(notice.decidedAt())));
    }

    String refusalHtml(Refusal refusal) {
        return templates.render("refusal", Map.of(
                "refusal", refusal,
                "dateLine", PrintedDates.dateLine(refusal.refusedAt())));
    }

    String electronicReceiptHtml(EReceiptForm receipt) {
        return templates.render("e-receipt", Map.of(
                "receipt", receipt,
                "amount", PrintedAmounts.figures(receipt.amount()),
                "issuedAt", PrintedDates.time(receipt.issuedAt()),
                "dateLine", PrintedDates.dateLine(receipt.issuedAt()),
                "qrCode", Barcodes.qrCode(receipt.lookupUrl())));
    }

    String receiptSlipHtml(ReceiptSlip slip) {
        return templates.render("receipt-slip", Map.of(
                "slip", slip,
                "receivedAt", PrintedDates.time(slip.receivedAt()),
                "appointmentAt", PrintedDates.time(slip.appointmentAt()),
                "dateLine", PrintedDates.dateLine(slip.receivedAt()),
                "qrCode", Barcodes.qrCode(slip.lookupUrl()),
                "barcode", Barcodes.code128(slip.dossierCode())));
    }
}
