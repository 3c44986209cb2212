package vn.motcua.printing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import lombok.Builder;

import vn.motcua.files.SubmittedAs;

/**
 * The content of form 1, the receipt and appointment slip ("Giấy tiếp nhận hồ sơ và hẹn trả kết
 * quả") handed to the applicant when a complete dossier is received.
 *
 * <p>Texts are printed as given (Vietnamese, with diacritics), normalized to Unicode NFC.
 *
 * @param dossierCode           the dossier code, also printed under the QR code and as a barcode
 * @param parentUnit            the governing agency printed above the receiving unit, e.g. "Ủy ban
 *                              nhân dân phường Tân Định"; optional
 * @param receivingUnit         the receiving counter or service center, e.g. "Trung tâm Phục vụ
 *                              hành chính công phường Tân Định"
 * @param place                 the place name of the date line ("Tân Định, ngày …"); optional
 * @param applicantName         the applicant, person or organization
 * @param applicantAddress      optional
 * @param applicantPhone        optional
 * @param applicantEmail        optional
 * @param procedureName         the requested matter: the procedure's name
 * @param documents             the documents received, in the order of the procedure's list
 * @param legalTimeLimit        the legal time limit as text, e.g. "03 ngày làm việc"; optional
 * @param receivedAt            when the complete dossier was received
 * @param appointmentAt         when the result is due (the appointment)
 * @param resultCollectionPlace where the applicant collects the result; optional
 * @param trackingBookEntry     the entry in the dossier tracking book (form 7); optional
 * @param receivingOfficer      the officer who received the dossier; optional
 * @param lookupUrl             the public lookup address encoded in the QR code
 */
@Builder
public record ReceiptSlip(
        String dossierCode,
        String parentUnit,
        String receivingUnit,
        String place,
        String applicantName,
        String applicantAddress,
        String applicantPhone,
        String applicantEmail,
        String procedureName,
        List<ReceivedDocument> documents,
        String legalTimeLimit,
        Instant receivedAt,
        Instant appointmentAt,
        String resultCollectionPlace,
        String trackingBookEntry,
        String receivingOfficer,
        String lookupUrl) {

    public ReceiptSlip {
        dossierCode = PrintedText.required(dossierCode, "dossierCode");
        parentUnit = PrintedText.optional(parentUnit);
        receivingUnit = PrintedText.required(receivingUnit, "receivingUnit");
        place = PrintedText.optional(place);
        applicantName = PrintedText.required(applicantName, "applicantName");
        applicantAddress = PrintedText.optional(applicantAddress);
        applicantPhone = PrintedText.optional(applicantPhone);
        applicantEmail = PrintedText.optional(applicantEmail);
        procedureName = PrintedText.required(procedureName, "procedureName");
        documents = documents == null ? List.of() : List.copyOf(documents);
        legalTimeLimit = PrintedText.optional(legalTimeLimit);
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(appointmentAt, "appointmentAt");
        if (appointmentAt.isBefore(receivedAt)) {
            throw new IllegalArgumentException("appointmentAt " + appointmentAt + " is before receivedAt " + receivedAt);
        }
        resultCollectionPlace = PrintedText.optional(resultCollectionPlace);
        trackingBookEntry = PrintedText.optional(trackingBookEntry);
        receivingOfficer = PrintedText.optional(receivingOfficer);
        lookupUrl = PrintedText.required(lookupUrl, "lookupUrl");
    }

    /**
     * One document of the dossier as received at the counter.
     *
     * @param name        the document's name, e.g. "Tờ khai đăng ký khai sinh"
     * @param copies      number of copies received, at least 1
     * @param submittedAs original, certified copy or copy
     */
    public record ReceivedDocument(String name, int copies, SubmittedAs submittedAs) {

        public ReceivedDocument {
            name = PrintedText.required(name, "name");
            if (copies < 1) {
                throw new IllegalArgumentException("copies must be at least 1, was " + copies);
            }
            Objects.requireNonNull(submittedAs, "submittedAs");
        }
    }
}
