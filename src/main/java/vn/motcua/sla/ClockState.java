package vn.motcua.sla;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The deadline clock of a dossier as stored.
 *
 * @param processInstanceId     the dossier's process instance
 * @param state                 running, paused or stopped
 * @param receivedAt            when the complete dossier was received (the clock started)
 * @param timeLimit             the legal time limit
 * @param appointment           the appointment printed on the receipt slip
 * @param deadline              the deadline in force: the appointment, or the extended one, moved by the
 *                              pauses; while paused, the deadline before the pause
 * @param extendedAppointment   the new appointment of the single extension, or {@code null}
 * @param extensionReason       why it was extended, or {@code null}
 * @param extendedAt            when it was extended, or {@code null}
 * @param stoppedAt             when the clock stopped, or {@code null}
 * @param timeliness            the classification at the stop, or {@code null} while it runs
 * @param pauses                the pauses, oldest first
 * @param provisional           the deadline was counted over a year whose official calendar is not loaded
 *                              (statutory fixed holidays only); recomputed when the year is loaded
 * @param appointmentPrintedAt  when the receipt slip carrying the appointment was first issued, or
 *                              {@code null}; a printed appointment keeps its value when the calendar changes
 */
public record ClockState(String processInstanceId, State state, Instant receivedAt, TimeLimit timeLimit,
                         Instant appointment, Instant deadline, Instant extendedAppointment, String extensionReason,
                         Instant extendedAt, Instant stoppedAt, Timeliness timeliness, List<Pause> pauses,
                         boolean provisional, Instant appointmentPrintedAt) {

    /** Whether the clock runs. */
    public enum State {
        RUNNING, PAUSED, STOPPED
    }

    /**
     * One interval during which the clock stood still.
     *
     * @param pausedAt  start of the wait
     * @param resumedAt end of the wait, {@code null} while it lasts
     * @param remaining working time left until the deadline at the pause (negative when already overdue)
     */
    public record Pause(Instant pausedAt, Instant resumedAt, Duration remaining) {
    }

    /** Copies the pauses. */
    public ClockState {
        pauses = List.copyOf(pauses);
    }

    /** The pause in progress, if any. */
    public Optional<Pause> openPause() {
        return pauses.isEmpty() || pauses.get(pauses.size() - 1).resumedAt() != null
                ? Optional.empty() : Optional.of(pauses.get(pauses.size() - 1));
    }

    /** The latest instant recorded by the clock: no later event may come before it. */
    Instant lastEventAt() {
        Instant last = receivedAt;
        if (extendedAt != null && extendedAt.isAfter(last)) {
            last = extendedAt;
        }
        for (Pause pause : pauses) {
            Instant end = pause.resumedAt() != null ? pause.resumedAt() : pause.pausedAt();
            if (end.isAfter(last)) {
                last = end;
            }
        }
        return last;
    }
}
