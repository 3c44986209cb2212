package vn.motcua.sla.engine;

import java.time.Instant;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import vn.motcua.sla.Deadlines;
import vn.motcua.sla.TimeLimit;

/**
 * Task listener on create: gives the task the due date of its step allotment, counted in working time
 * from the task's creation. Attached by {@link SlaParseListener} to every user task with
 * {@code slaDays}, {@code slaHours} or {@code slaSameDay}; the due date is then stored with the task.
 * The SLA clock moves it when the dossier pauses or resumes, or when the calendar changes
 * ({@code SlaClock.recompute}).
 */
final class SlaTaskDueDate implements TaskListener {

    private final Deadlines deadlines;
    private final TimeLimit allotment;

    SlaTaskDueDate(Deadlines deadlines, TimeLimit allotment) {
        this.deadlines = deadlines;
        this.allotment = allotment;
    }

    @Override
    public void notify(DelegateTask task) {
        Instant created = (task.getCreateTime() != null ? task.getCreateTime() : ClockUtil.getCurrentTime()).toInstant();
        task.setDueDate(Date.from(deadlines.deadline(created, allotment)));
    }
}
