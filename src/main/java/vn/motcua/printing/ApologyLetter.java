package vn.motcua.printing;

import java.time.Instant;
import java.util.Objects;

import lombok.Builder;

/**
 * The content of form 4, the apology letter that sets a new date for the result ("Phiếu xin lỗi và hẹn lại ngày trả
 * kết quả"): the unit that is late apologises to the applicant, says why and gives the new appointment, once.
 *
 * @param parentUnit          the governing agency above the issuing unit; optional
 * @param issuingUnit         the late unit
 * @param place               the place name of the date line; optional
 * @param applicantName       the applicant
 * @param procedureName       the requested matter
 * @param dossierCode         the dossier code printed on the receipt slip
 * @param receivedAt          when the complete dossier was received
 * @param originalAppointment the appointment the applicant was given before the apology
 * @param reason              why the result is late
 * @param newAppointment      the new appointment
 * @param apologizedAt        when the apology was made (the letter's date)
 */
@Builder
public record ApologyLetter(
        String parentUnit,
        String issuingUnit,
        String place,
        String applicantName,
        String procedureName,
        String dossierCode,
        Instant receivedAt,
        Instant originalAppointment,
        String reason,
        Instant newAppointment,
        Instant apologizedAt) {

    public ApologyLetter {
        parentUnit = PrintedText.optional(parentUnit);
        issuingUnit = PrintedText.required(issuingUnit, "issuingUnit");
        place = PrintedText.optional(place);
        applicantName = PrintedText.required(applicantName, "applicantName");
        procedureName = PrintedText.required(procedureName, "procedureName");
        dossierCode = PrintedText.required(dossierCode, "dossierCode");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(originalAppointment, "originalAppointment");
        reason = PrintedText.required(reason, "reason");
        Objects.requireNonNull(newAppointment, "newAppointment");
        Objects.requireNonNull(apologizedAt, "apologizedAt");
    }
}
