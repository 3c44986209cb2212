package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;

import vn.motcua.documents.StoredFile;

/** A dossier as officers see it through the API. */
public record DossierView(String id, String code, String procedureCode, int procedureVersion, String procedureName,
                          int status, String statusLabel, Channel channel, String receivingUnit, String handlingUnit,
                          Applicant applicant, Instant submittedAt, Instant receivedAt, Instant appointmentAt,
                          Instant finishedAt, Instant returnedAt, String missingDocuments, String refusalReason,
                          ControlSheet.Classification classification, List<StoredFile> documents) {

    static DossierView of(Dossier dossier, List<StoredFile> documents) {
        ControlSheet.Classification classification = dossier.finishedAt() == null || dossier.appointmentAt() == null
                ? null : ControlSheet.classify(dossier.finishedAt(), dossier.appointmentAt());
        return new DossierView(dossier.id(), dossier.code(), dossier.procedureCode(), dossier.procedureVersion(),
                dossier.procedureName(), dossier.status().code(), dossier.status().label(), dossier.channel(),
                dossier.receivingUnit(), dossier.handlingUnit(), dossier.applicant(), dossier.submittedAt(),
                dossier.receivedAt(), dossier.appointmentAt(), dossier.finishedAt(), dossier.returnedAt(),
                dossier.missingDocuments(), dossier.refusalReason(), classification, documents);
    }
}
