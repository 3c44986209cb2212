package vn.motcua.sla.engine;

import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;

import vn.motcua.sla.Deadlines;
import vn.motcua.sla.TimeLimit;

/**
 * A Camunda business calendar that reads {@link WorkingTimeNotation} ({@code working:P2D}) as working
 * time and hands every other text to the standard calendar it wraps, unchanged. Registered in place of
 * the {@code duration} calendar (timer {@code timeDuration}) and the {@code dueDate} calendar (timer
 * {@code timeDate}, task {@code camunda:dueDate} and {@code camunda:followUpDate}).
 *
 * <p>The clock starts at the given start date (a timer recalculated from its creation), at the
 * task's creation time, or now (engine clock).
 */
final class WorkingTimeBusinessCalendar implements BusinessCalendar {

    /** Diagrams hold a handful of distinct texts; the bound only guards against texts built per dossier. */
    private static final int PARSED_LIMIT = 1024;

    private final BusinessCalendar standard;
    private final Deadlines deadlines;
    private final Map<String, TimeLimit> parsed = new ConcurrentHashMap<>();

    WorkingTimeBusinessCalendar(BusinessCalendar standard, Deadlines deadlines) {
        this.standard = standard;
        this.deadlines = deadlines;
    }

    @Override
    public Date resolveDuedate(String description) {
        return resolveDuedate(description, (Date) null);
    }

    @Override
    public Date resolveDuedate(String description, Date startDate) {
        if (!WorkingTimeNotation.isWorkingTime(description)) {
            return standard.resolveDuedate(description, startDate);
        }
        Instant start = (startDate != null ? startDate : ClockUtil.getCurrentTime()).toInstant();
        return Date.from(deadlines.deadline(start, limit(description)));
    }

    @Override
    public Date resolveDuedate(String description, Task task) {
        if (!WorkingTimeNotation.isWorkingTime(description)) {
            return standard.resolveDuedate(description, task);
        }
        return resolveDuedate(description, task == null ? null : task.getCreateTime());
    }

    /** The parsed text; parsing costs more than the deadline itself, so known texts are kept. */
    private TimeLimit limit(String description) {
        TimeLimit limit = parsed.get(description);
        if (limit != null) {
            return limit;
        }
        try {
            limit = WorkingTimeNotation.parse(description);
        } catch (IllegalArgumentException e) {
            throw new ProcessEngineException(e.getMessage(), e);
        }
        if (parsed.size() < PARSED_LIMIT) {
            parsed.put(description, limit);
        }
        return limit;
    }
}
