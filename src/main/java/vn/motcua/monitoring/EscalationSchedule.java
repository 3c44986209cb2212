package vn.motcua.monitoring;

import java.time.Instant;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Runs the escalation on every node every {@code motcua.monitoring.escalation-interval}; the claim makes it once. */
@Component
class EscalationSchedule {

    private final Escalations escalations;

    EscalationSchedule(Escalations escalations) {
        this.escalations = escalations;
    }

    @Scheduled(initialDelayString = "${motcua.monitoring.escalation-interval:PT5M}",
            fixedDelayString = "${motcua.monitoring.escalation-interval:PT5M}")
    void run() {
        escalations.escalate(Instant.now());
    }
}
