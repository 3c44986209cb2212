package vn.motcua.sla;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * The deadlines a dossier's process keeps in the workflow engine, as the SLA clock needs to see and
 * move them: the due dates of its SLA timers and of its SLA user tasks (tasks carrying
 * {@code slaDays}, {@code slaHours} or {@code slaSameDay}). Covers the process instance and the
 * instances it called. Implemented on Camunda in {@code vn.motcua.sla.engine}.
 */
public interface ProcessDeadlines {

    /** What holds a deadline in the engine. */
    enum Kind {
        /** A timer job of an event marked {@code slaTimer=true}. */
        TIMER,
        /** A user task with a step allotment. */
        TASK
    }

    /**
     * One deadline held by the engine.
     *
     * @param kind  timer job or user task
     * @param id    the job id or task id
     * @param dueAt the due date
     * @param held  true when it was put on hold by {@link #hold(ProcessDeadline)} (or created while the
     *              clock was paused) and has not been rescheduled since
     */
    record ProcessDeadline(Kind kind, String id, Instant dueAt, boolean held) {
    }

    /** The SLA timers, and the SLA tasks that have a due date, of the instance and the instances it called. */
    List<ProcessDeadline> find(String processInstanceId);

    /** Puts a deadline on hold: a timer is moved far into the future, a task loses its due date. */
    void hold(ProcessDeadline deadline);

    /** Gives a timer or task a new due date; does nothing when it no longer exists. */
    void reschedule(Kind kind, String id, Instant dueAt);

    /**
     * Publishes the clock on the process instance ({@link SlaVariables}); does nothing when the instance
     * is not running.
     *
     * @param appointment the appointment in force
     * @param deadline    the deadline in force, {@code null} while the clock is paused
     */
    void publish(String processInstanceId, Instant appointment, Instant deadline);

    /** The allotment of a step: the {@code slaDays}, {@code slaHours} or {@code slaSameDay} of a user task. */
    Optional<TimeLimit> stepAllotment(String processDefinitionId, String activityId);
}
