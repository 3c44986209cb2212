package vn.motcua.printing;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import lombok.Builder;

/**
 * The content of form 7, a counter's tracking book ("Sổ theo dõi hồ sơ"): every dossier the counter received in a
 * day or a month, with its applicant, the unit that handles it, the appointment and the return.
 *
 * @param parentUnit  the governing agency above the counter's unit; optional
 * @param counterUnit the receiving unit whose book it is
 * @param place       the place name of the date line; optional
 * @param period      the period as printed, "ngày 07/12/2026" or "tháng 12/2026"
 * @param entries     the dossiers, in the order they were submitted
 * @param printedAt   when the book is printed (its date line)
 */
@Builder
public record TrackingBook(
        String parentUnit,
        String counterUnit,
        String place,
        String period,
        List<Entry> entries,
        Instant printedAt) {

    /**
     * One dossier of the book.
     *
     * @param dossierCode   the dossier code
     * @param procedureName the requested matter
     * @param applicantName the applicant
     * @param contact       the applicant's address or phone; optional
     * @param handlingUnit  the unit that handles it; optional
     * @param submittedAt   when the counter got it
     * @param appointmentAt the appointment; optional (not received)
     * @param returnedAt    when the result was returned; optional
     * @param status        the dossier's status as the applicant is told it
     */
    public record Entry(String dossierCode, String procedureName, String applicantName, String contact,
                        String handlingUnit, Instant submittedAt, Instant appointmentAt, Instant returnedAt,
                        String status) {

        public Entry {
            dossierCode = PrintedText.required(dossierCode, "dossierCode");
            procedureName = PrintedText.required(procedureName, "procedureName");
            applicantName = PrintedText.required(applicantName, "applicantName");
            contact = PrintedText.optional(contact);
            handlingUnit = PrintedText.optional(handlingUnit);
            Objects.requireNonNull(submittedAt, "submittedAt");
            status = PrintedText.required(status, "status");
        }
    }

    public TrackingBook {
        parentUnit = PrintedText.optional(parentUnit);
        counterUnit = PrintedText.required(counterUnit, "counterUnit");
        place = PrintedText.optional(place);
        period = PrintedText.required(period, "period");
        entries = List.copyOf(entries);
        Objects.requireNonNull(printedAt, "printedAt");
    }
}
