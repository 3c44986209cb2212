package vn.motcua.sla;

import java.time.Instant;

/**
 * A running dossier's deadlines were recomputed after a calendar change (a year loaded, a day confirmed).
 * Published in the transaction that stores them.
 *
 * @param processInstanceId the dossier's process instance
 * @param appointment       the appointment now: recomputed, or the printed one kept ({@code appointmentKept})
 * @param deadline          the deadline in force now (escalation, task due dates and SLA timers follow it)
 * @param appointmentKept   the appointment was already printed on a receipt slip (or set by an extension)
 *                          and keeps its value although the recomputed deadline differs
 * @param provisional       the deadline is still counted over a year without an official calendar
 */
public record DeadlineRecomputed(String processInstanceId, Instant appointment, Instant deadline,
                                 boolean appointmentKept, boolean provisional) {
}
