package vn.motcua.sla;

import java.time.Instant;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import vn.motcua.sla.calendar.CalendarChanged;
import vn.motcua.sla.calendar.CurrentWorkingTime;
import vn.motcua.sla.calendar.DeadlineImpact;

/**
 * Counts the running dossiers' deadlines again when the calendar changes on this node: a year stored or
 * replaced by an administrator (at once, in the request that changed it), or calendar files of new years
 * stored at start-up (once the application, and so the engine, is ready). Only the node that made the
 * change does it; each dossier is one transaction ({@link SlaClock#recompute}), so a failure on one
 * dossier is logged and does not stop the others. Before a change is saved, the same count runs dry
 * ({@link #dossiersMoved}) for the administrator's preview.
 */
@Component
class DeadlineRecomputation implements DeadlineImpact {

    private static final Logger log = LoggerFactory.getLogger(DeadlineRecomputation.class);

    private final SlaClock clock;
    private final CurrentWorkingTime workingTime;

    DeadlineRecomputation(SlaClock clock, CurrentWorkingTime workingTime) {
        this.clock = clock;
        this.workingTime = workingTime;
    }

    @EventListener
    void calendarChanged(CalendarChanged change) {
        Instant now = Instant.now();
        int recomputed = 0;
        int failed = 0;
        for (String processInstanceId : clock.clocksNotStopped()) {
            try {
                recomputed += clock.recompute(processInstanceId, change, now).isPresent() ? 1 : 0;
            } catch (RuntimeException e) {
                failed++;
                log.warn("Cannot recompute the deadlines of process instance {} after the calendar change",
                        processInstanceId, e);
            }
        }
        log.info("Calendar changed: deadlines of {} running dossiers recomputed ({} failed)", recomputed, failed);
    }

    @Override
    public int dossiersMoved(CalendarChanged change) {
        int moved = 0;
        for (String processInstanceId : clock.clocksNotStopped()) {
            moved += clock.wouldMove(processInstanceId, change) ? 1 : 0;
        }
        return moved;
    }

    @EventListener(ApplicationReadyEvent.class)
    void ready() {
        workingTime.takeStartupChange().ifPresent(this::calendarChanged);
    }
}
