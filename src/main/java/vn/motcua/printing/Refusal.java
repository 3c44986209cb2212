package vn.motcua.printing;

import java.time.Instant;
import java.util.Objects;

import lombok.Builder;

/**
 * The content of form 3, the refusal to receive or handle a dossier ("Phiếu từ chối tiếp nhận, giải
 * quyết hồ sơ"), with the specific reasons.
 *
 * @param number        the refusal's number; the dossier code when the unit keeps no separate register
 * @param parentUnit    the governing agency above the issuing unit; optional
 * @param issuingUnit   the unit that refuses
 * @param place         the place name of the date line; optional
 * @param applicantName the applicant
 * @param procedureName the requested matter
 * @param reason        the specific reasons
 * @param refusedAt     when the dossier was refused
 * @param officer       the officer who issues the refusal; optional
 */
@Builder
public record Refusal(
        String number,
        String parentUnit,
        String issuingUnit,
        String place,
        String applicantName,
        String procedureName,
        String reason,
        Instant refusedAt,
        String officer) {

    public Refusal {
        number = PrintedText.required(number, "number");
        parentUnit = PrintedText.optional(parentUnit);
        issuingUnit = PrintedText.required(issuingUnit, "issuingUnit");
        place = PrintedText.optional(place);
        applicantName = PrintedText.required(applicantName, "applicantName");
        procedureName = PrintedText.required(procedureName, "procedureName");
        reason = PrintedText.required(reason, "reason");
        Objects.requireNonNull(refusedAt, "refusedAt");
        officer = PrintedText.optional(officer);
    }
}
