package vn.motcua.sla.engine;


import org.camunda.bpm.engine.impl.calendar.BusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.BusinessCalendarManager;
import org.camunda.bpm.engine.impl.calendar.CycleBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DueDateBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.DurationBusinessCalendar;
import org.camunda.bpm.engine.impl.calendar.MapBusinessCalendarManager;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

import vn.motcua.platform.engine.ParseListeners;
import vn.motcua.sla.Deadlines;

/**
 * Engine plugin: working time inside Camunda.
 * <ul>
 *   <li>the {@code duration} and {@code dueDate} business calendars understand
 *       {@link WorkingTimeNotation} ({@code working:P2D}) and keep the standard meaning of every other
 *       value; {@code cycle} stays the standard calendar (the engine casts it to its own class);</li>
 *   <li>{@link SlaParseListener} gives user tasks with {@code slaDays}, {@code slaHours} or
 *       {@code slaSameDay} their due date and checks SLA markers at deployment.</li>
 * </ul>
 * Camunda resolves timers through the calendar named after the timer type (timeDate → {@code dueDate},
 * timeDuration → {@code duration}, timeCycle → {@code cycle}) and task due and follow-up dates through
 * {@code dueDate}; a value that evaluates to a {@code java.util.Date} bypasses calendars altogether.
 */
@Component
class SlaEnginePlugin extends AbstractProcessEnginePlugin {

    private final Deadlines deadlines;

    SlaEnginePlugin(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        BusinessCalendarManager existing = configuration.getBusinessCalendarManager();
        MapBusinessCalendarManager calendars = new MapBusinessCalendarManager();
        calendars.addBusinessCalendar(DurationBusinessCalendar.NAME, new WorkingTimeBusinessCalendar(
                standard(existing, DurationBusinessCalendar.NAME, new DurationBusinessCalendar()), deadlines));
        calendars.addBusinessCalendar(DueDateBusinessCalendar.NAME, new WorkingTimeBusinessCalendar(
                standard(existing, DueDateBusinessCalendar.NAME, new DueDateBusinessCalendar()), deadlines));
        calendars.addBusinessCalendar(CycleBusinessCalendar.NAME,
                standard(existing, CycleBusinessCalendar.NAME, new CycleBusinessCalendar()));
        configuration.setBusinessCalendarManager(calendars);

        ParseListeners.addPost(configuration, new SlaParseListener(deadlines));
    }

    /** The calendar another plugin may have registered under the name, else Camunda's own. */
    private static BusinessCalendar standard(BusinessCalendarManager existing, String name, BusinessCalendar fallback) {
        BusinessCalendar calendar = existing == null ? null : existing.getBusinessCalendar(name);
        return calendar != null ? calendar : fallback;
    }
}
