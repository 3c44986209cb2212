package vn.motcua.printing;

import java.time.Instant;
import java.util.Objects;

import lombok.Builder;

/**
 * The notice that the complex-case limit applies ("Thông báo về việc áp dụng thời hạn giải quyết trường hợp phức
 * tạp"): the handling unit must verify or inspect, so the dossier is handled within the procedure's longer limit and
 * the applicant is told the new appointment in writing.
 *
 * @param parentUnit          the governing agency above the issuing unit; optional
 * @param issuingUnit         the handling unit that decided the verification
 * @param place               the place name of the date line; optional
 * @param applicantName       the applicant
 * @param procedureName       the requested matter
 * @param dossierCode         the dossier code printed on the receipt slip
 * @param receivedAt          when the complete dossier was received
 * @param originalAppointment the appointment of the receipt slip (the procedure's normal limit)
 * @param reason              what is to be verified or inspected
 * @param complexLimit        the longer limit as the catalog words it, e.g. "15 ngày làm việc"; optional
 * @param legalBasis          the legal basis of the procedure and its longer limit, as the catalog has it; optional
 * @param newAppointment      the appointment under the complex-case limit
 * @param decidedAt           when the verification was decided (the notice's date)
 */
@Builder
public record ComplexCaseNotice(
        String parentUnit,
        String issuingUnit,
        String place,
        String applicantName,
        String procedureName,
        String dossierCode,
        Instant receivedAt,
        Instant originalAppointment,
        String reason,
        String complexLimit,
        String legalBasis,
        Instant newAppointment,
        Instant decidedAt) {

    public ComplexCaseNotice {
        parentUnit = PrintedText.optional(parentUnit);
        issuingUnit = PrintedText.required(issuingUnit, "issuingUnit");
        place = PrintedText.optional(place);
        applicantName = PrintedText.required(applicantName, "applicantName");
        procedureName = PrintedText.required(procedureName, "procedureName");
        dossierCode = PrintedText.required(dossierCode, "dossierCode");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(originalAppointment, "originalAppointment");
        reason = PrintedText.required(reason, "reason");
        complexLimit = PrintedText.optional(complexLimit);
        legalBasis = PrintedText.optional(legalBasis);
        Objects.requireNonNull(newAppointment, "newAppointment");
        Objects.requireNonNull(decidedAt, "decidedAt");
        if (!newAppointment.isAfter(originalAppointment)) {
            throw new IllegalArgumentException("the complex-case appointment comes after the original one");
        }
    }
}
