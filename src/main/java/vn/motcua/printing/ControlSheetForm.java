package vn.motcua.printing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import lombok.Builder;

/**
 * The content of form 6, the control sheet of a dossier ("Phiếu kiểm soát quá trình giải quyết hồ sơ"): each step,
 * the unit that had it, when it was received and handed on, by whom, and whether it was early, on time or late.
 *
 * @param parentUnit    the governing agency above the receiving unit; optional
 * @param issuingUnit   the receiving unit, which keeps the sheet with the dossier
 * @param place         the place name of the date line; optional
 * @param dossierCode   the dossier code
 * @param applicantName the applicant
 * @param procedureName the requested matter
 * @param handlingUnit  the unit that handles the dossier; optional
 * @param receivedAt    when the complete dossier was received; optional (not received yet)
 * @param appointmentAt the appointment in force; optional
 * @param steps         the steps, oldest first
 * @param printedAt     when the sheet is printed (its date line)
 */
@Builder
public record ControlSheetForm(
        String parentUnit,
        String issuingUnit,
        String place,
        String dossierCode,
        String applicantName,
        String procedureName,
        String handlingUnit,
        Instant receivedAt,
        Instant appointmentAt,
        List<Step> steps,
        Instant printedAt) {

    /**
     * One step as the sheet prints it.
     *
     * @param name        the step
     * @param unit        the unit that had it
     * @param receivedAt  when the step received the dossier
     * @param dueAt       the step's own time limit; optional
     * @param handedOnAt  when it handed the dossier on; {@code null} while the step lasts
     * @param handedOnBy  the officer who handed it on; optional
     * @param result      "Trước hạn", "Đúng hạn", "Quá hạn"; optional
     * @param note        the step's note; optional
     */
    public record Step(String name, String unit, Instant receivedAt, Instant dueAt, Instant handedOnAt,
                       String handedOnBy, String result, String note) {

        public Step {
            name = PrintedText.required(name, "name");
            unit = PrintedText.optional(unit);
            Objects.requireNonNull(receivedAt, "receivedAt");
            handedOnBy = PrintedText.optional(handedOnBy);
            result = PrintedText.optional(result);
            note = PrintedText.optional(note);
        }
    }

    public ControlSheetForm {
        parentUnit = PrintedText.optional(parentUnit);
        issuingUnit = PrintedText.required(issuingUnit, "issuingUnit");
        place = PrintedText.optional(place);
        dossierCode = PrintedText.required(dossierCode, "dossierCode");
        applicantName = PrintedText.required(applicantName, "applicantName");
        procedureName = PrintedText.required(procedureName, "procedureName");
        handlingUnit = PrintedText.optional(handlingUnit);
        steps = List.copyOf(steps);
        Objects.requireNonNull(printedAt, "printedAt");
    }
}
