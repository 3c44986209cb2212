package vn.motcua.dossier;

import java.time.Instant;

/** A dossier as stored. Business data lives here, not in process variables. */
public record Dossier(String id, String code, String procedureCode, int procedureVersion, String procedureName,
                      String processInstanceId, DossierStatus status, Channel channel, String receivingUnit,
                      String handlingUnit, Applicant applicant, Instant submittedAt, Instant receivedAt,
                      Instant appointmentAt, Instant finishedAt, Instant returnedAt, String missingDocuments,
                      String refusalReason, String createdBy) {
}
