package vn.motcua.dossier;

import java.time.Instant;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.motcua.sla.SlaClock;
import vn.motcua.sla.Timeliness;

/**
 * The facts of the dossier module that other modules follow (monitoring, later the portal sync), as
 * Spring application events. They are published synchronously inside the transaction that changes the
 * dossier (a request's, or the engine's command), so a listener writing in the same transaction commits
 * or rolls back with the change.
 */
@Component
public class DossierEvents {

    /**
     * The dossier as it now stands, after a registration, receipt, status, handling-unit or appointment
     * change.
     *
     * @param timeliness          early / on time / late once the clock stopped, else {@code null}
     * @param supplementRequested this change asked the applicant for a supplement (the clock pauses)
     * @param extended            this change extended the appointment (apology, form 4)
     * @param documentsAdded      documents were stored with this change (the dossier is digitized)
     */
    public record DossierChanged(Dossier dossier, Timeliness timeliness, boolean supplementRequested,
                                 boolean extended, boolean documentsAdded) {
    }

    /** A step (user task) of the dossier's processes started; {@code stepKey} is {@code <process key>/<task key>}. */
    public record StepStarted(String dossierId, String taskId, String stepKey, String stepName, String unitCode,
                              Instant startedAt, Instant dueAt) {
    }

    /** A step ended; {@code dueAt} is its final due date (after pauses), {@code timeliness} null without one. */
    public record StepCompleted(String dossierId, String taskId, Instant completedAt, Instant dueAt,
                                Timeliness timeliness) {
    }

    private final ApplicationEventPublisher publisher;
    private final DossierRepository dossiers;
    private final SlaClock clock;

    DossierEvents(ApplicationEventPublisher publisher, DossierRepository dossiers, @Lazy SlaClock clock) {
        this.publisher = publisher;
        this.dossiers = dossiers;
        this.clock = clock;
    }

    void publish(Object event) {
        publisher.publishEvent(event);
    }

    /** Tells the other modules how the dossier now stands (same transaction as the change). */
    void dossierChanged(String dossierId, boolean supplementRequested, boolean extended, boolean documentsAdded) {
        Dossier dossier = dossiers.find(dossierId).orElseThrow();
        Timeliness timeliness = dossier.processInstanceId() == null ? null : clock.timeliness(dossier.processInstanceId());
        publish(new DossierChanged(dossier, timeliness, supplementRequested, extended, documentsAdded));
    }
}
