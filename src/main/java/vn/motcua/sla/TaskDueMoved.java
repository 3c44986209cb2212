package vn.motcua.sla;

import java.time.Instant;

/**
 * The SLA clock moved a user task's due date: held ({@code dueAt} null) while the dossier waits for the
 * applicant, or rescheduled when the clock resumes. Published in the transaction that moves it, so a
 * read model following due dates stays in step.
 */
public record TaskDueMoved(String taskId, Instant dueAt) {
}
