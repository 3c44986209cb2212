package vn.motcua.printing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import lombok.Builder;

import vn.motcua.files.SubmittedAs;

/**
 * The content of form 2, the request to supplement and complete a dossier ("Phiếu yêu cầu bổ sung, hoàn
 * thiện hồ sơ"): one written guidance listing every missing document, never a silent hand-back.
 *
 * @param number          the request's number; the dossier code when the unit keeps no separate register
 * @param parentUnit      the governing agency above the issuing unit; optional
 * @param issuingUnit     the receiving counter (at receipt) or the handling unit that asks
 * @param place           the place name of the date line; optional
 * @param applicantName   the applicant
 * @param procedureName   the requested matter
 * @param documents       the documents to add, at least one
 * @param reason          why the dossier is incomplete; optional
 * @param rulesReference  where the applicant can look the procedure's rules up; optional
 * @param requestedAt     when the supplement was requested
 * @param officer         the officer who issues the request; optional
 */
@Builder
public record SupplementRequest(
        String number,
        String parentUnit,
        String issuingUnit,
        String place,
        String applicantName,
        String procedureName,
        List<MissingDocument> documents,
        String reason,
        String rulesReference,
        Instant requestedAt,
        String officer) {

    public SupplementRequest {
        number = PrintedText.required(number, "number");
        parentUnit = PrintedText.optional(parentUnit);
        issuingUnit = PrintedText.required(issuingUnit, "issuingUnit");
        place = PrintedText.optional(place);
        applicantName = PrintedText.required(applicantName, "applicantName");
        procedureName = PrintedText.required(procedureName, "procedureName");
        documents = documents == null ? List.of() : List.copyOf(documents);
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("a supplement request lists at least one document");
        }
        reason = PrintedText.optional(reason);
        rulesReference = PrintedText.optional(rulesReference);
        Objects.requireNonNull(requestedAt, "requestedAt");
        officer = PrintedText.optional(officer);
    }

    /**
     * One document the applicant must add.
     *
     * @param name        as the officer wrote it
     * @param submittedAs the form the catalog asks for, {@code null} when the document is not in the catalog
     */
    public record MissingDocument(String name, SubmittedAs submittedAs) {

        public MissingDocument {
            name = PrintedText.required(name, "name");
        }
    }
}
