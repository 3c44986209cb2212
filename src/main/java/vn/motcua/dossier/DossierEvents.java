package vn.motcua.dossier;

import java.time.Instant;
import java.util.Set;

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
     * What a change did beyond moving the dossier, for followers that count it (the 766 index, the portal).
     * A change may do several at once: a counter registration can ask for a supplement and store documents.
     */
    public enum Change {
        /** The applicant was asked for a supplement (the clock pauses). */
        SUPPLEMENT_REQUESTED,
        /** The appointment was extended (apology, form 4). */
        APPOINTMENT_EXTENDED,
        /** The complex-case limit applies (verification): a later appointment, not a delay. */
        COMPLEX_CASE,
        /** Documents were stored (the dossier is digitized). */
        DOCUMENTS_ADDED
    }

    /**
     * The dossier as it now stands, after a registration, reception, status, handling-unit or appointment
     * change.
     *
     * @param timeliness early / on time / late once the clock stopped, else {@code null}
     * @param changes    what this change did beyond the dossier's new state; empty for most
     */
    public record DossierChanged(Dossier dossier, Timeliness timeliness, Set<Change> changes) {

        public DossierChanged {
            changes = Set.copyOf(changes);
        }

        public boolean did(Change change) {
            return changes.contains(change);
        }
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
    void dossierChanged(String dossierId, Change... changes) {
        dossierChanged(dossierId, Set.of(changes));
    }

    void dossierChanged(String dossierId, Set<Change> changes) {
        Dossier dossier = dossiers.find(dossierId).orElseThrow();
        Timeliness timeliness = dossier.processInstanceId() == null ? null : clock.timeliness(dossier.processInstanceId());
        publish(new DossierChanged(dossier, timeliness, changes));
    }
}
