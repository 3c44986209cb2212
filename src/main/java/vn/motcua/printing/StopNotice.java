package vn.motcua.printing;

import java.time.Instant;
import java.util.Objects;

import lombok.Builder;

/**
 * The content of form 5, the notice that the handling of a dossier stops ("Thông báo về việc dừng giải quyết hồ
 * sơ"): the applicant withdrew the dossier, or it was stopped, and is told so in writing.
 *
 * @param parentUnit    the governing agency above the issuing unit; optional
 * @param issuingUnit   the receiving unit that confirms the stop
 * @param place         the place name of the date line; optional
 * @param applicantName the applicant
 * @param procedureName the requested matter
 * @param dossierCode   the dossier code printed on the receipt slip
 * @param submittedAt   when the dossier was submitted
 * @param reason        why the handling stops
 * @param stoppedAt     when the handling stopped (the notice's date)
 * @param officer       the officer who confirmed the stop; optional
 */
@Builder
public record StopNotice(
        String parentUnit,
        String issuingUnit,
        String place,
        String applicantName,
        String procedureName,
        String dossierCode,
        Instant submittedAt,
        String reason,
        Instant stoppedAt,
        String officer) {

    public StopNotice {
        parentUnit = PrintedText.optional(parentUnit);
        issuingUnit = PrintedText.required(issuingUnit, "issuingUnit");
        place = PrintedText.optional(place);
        applicantName = PrintedText.required(applicantName, "applicantName");
        procedureName = PrintedText.required(procedureName, "procedureName");
        dossierCode = PrintedText.required(dossierCode, "dossierCode");
        Objects.requireNonNull(submittedAt, "submittedAt");
        reason = PrintedText.required(reason, "reason");
        Objects.requireNonNull(stoppedAt, "stoppedAt");
        officer = PrintedText.optional(officer);
    }
}
