package vn.motcua.dossier;

import java.time.Instant;

import lombok.Builder;

/**
 * A dossier as stored in our {@code dossier} table, the record of truth for what the tables below do
 * not hold: code, procedure version, status, channel, units, applicant, reception outcome and the legal
 * dates. Its status history is in {@code dossier_status_change}, its control sheet in
 * {@code control_sheet_entry}, its files in {@code dossier_document} (files module) and its legal clock
 * in {@code sla_clock} (sla module).
 * <p>
 * The process holds copies as variables (id, code, procedure, channel, applicant, appointment) for the
 * forms and routing rules, written at registration and reception; the {@code dossierId} variable and the
 * business key link the two. Decisions taken in task forms (completeness, missing documents, refusal
 * reason, handling unit, a new appointment) are copied back here by {@link DossierProcessSync}. Only in
 * process variables live the procedure's own form fields (the API's {@code details}, a start form's
 * extra fields) and the steps' other decisions and notes; once the process ends they remain only in
 * Camunda's history ({@code ACT_HI_*}) until history cleanup removes it.
 * <p>
 * Built with {@link #builder()}: nineteen positional components are too easy to swap.
 */
@Builder
public record Dossier(String id, String code, String procedureCode, int procedureVersion, String procedureName,
                      String processInstanceId, DossierStatus status, Channel channel, String receivingUnit,
                      String handlingUnit, Applicant applicant, Instant submittedAt, Instant receivedAt,
                      Instant appointmentAt, Instant finishedAt, Instant returnedAt, String missingDocuments,
                      String refusalReason, String createdBy) {
}
