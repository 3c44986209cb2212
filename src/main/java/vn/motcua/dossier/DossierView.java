package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;

import vn.motcua.files.StoredFile;
import vn.motcua.sla.Timeliness;

/**
 * A dossier as officers see it through the API. {@code deadlineAt} is the deadline in force (it differs
 * from the printed {@code appointmentAt} after a calendar change or a pause); {@code provisionalDeadline}
 * says it was counted over a year without an official calendar, {@code deadlineNote} explains it in
 * Vietnamese.
 */
public record DossierView(String id, String code, String procedureCode, int procedureVersion, String procedureName,
                          int status, String statusLabel, Channel channel, String receivingUnit, String handlingUnit,
                          Applicant applicant, Instant submittedAt, Instant receivedAt, Instant appointmentAt,
                          Instant finishedAt, Instant returnedAt, String missingDocuments, String refusalReason,
                          Timeliness classification, Instant deadlineAt, boolean provisionalDeadline,
                          String deadlineNote, List<StoredFile> documents) {

    /**
     * @param classification early, on time or late once processing ended; {@code null} before
     * @param deadline       the deadline in force, whether it is provisional, and its explanation
     */
    static DossierView of(Dossier dossier, List<StoredFile> documents, Timeliness classification,
                          DeadlineNotice deadline) {
        return new DossierView(dossier.id(), dossier.code(), dossier.procedureCode(), dossier.procedureVersion(),
                dossier.procedureName(), dossier.status().code(), dossier.status().label(), dossier.channel(),
                dossier.receivingUnit(), dossier.handlingUnit(), dossier.applicant(), dossier.submittedAt(),
                dossier.receivedAt(), dossier.appointmentAt(), dossier.finishedAt(), dossier.returnedAt(),
                dossier.missingDocuments(), dossier.refusalReason(), classification, deadline.deadlineAt(),
                deadline.provisional(), deadline.note(), documents);
    }
}
