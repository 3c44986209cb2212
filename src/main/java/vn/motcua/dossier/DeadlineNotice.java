package vn.motcua.dossier;

import java.time.Instant;

/**
 * What the officer must know about a received dossier's deadline beyond its appointment.
 *
 * @param deadlineAt  the deadline in force (the one escalation and the steps follow), {@code null} before
 *                    reception or while the clock is paused
 * @param provisional the deadline was counted over a year whose official calendar is not loaded yet
 * @param note        the explanation in Vietnamese, or {@code null} when there is nothing to explain
 */
public record DeadlineNotice(Instant deadlineAt, boolean provisional, String note) {

    static final DeadlineNotice NONE = new DeadlineNotice(null, false, null);
}
