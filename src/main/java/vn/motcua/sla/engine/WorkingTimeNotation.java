package vn.motcua.sla.engine;

import vn.motcua.sla.TimeLimit;

/**
 * The notation BPMN designers use for WORKING time wherever Camunda reads a duration or due date as
 * text: the prefix {@code working:} followed by a {@link TimeLimit} notation.
 * <pre>
 *   timeDuration / timeDate of a timer:   working:P2D      (2 working days = 16 office hours)
 *   camunda:dueDate, camunda:followUpDate: working:PT4H     (4 office hours)
 *                                         working:P1DT2H, working:P0.5D, working:PT30M
 *                                         working:same-day (end of the day; next working day after 15:00)
 * </pre>
 * Without the prefix, a value keeps Camunda's meaning: {@code P2D} is 48 calendar hours. The prefix is
 * explicit so that no existing diagram changes meaning and a reader sees which clock a timer uses.
 * Expressions may build the text, e.g. {@code working:P${limitDays}D}. Timer cycles
 * ({@code timeCycle}) stay calendar time; the prefix is refused there.
 */
public final class WorkingTimeNotation {

    /** The prefix that makes a duration count working time. */
    public static final String PREFIX = "working:";

    private WorkingTimeNotation() {
    }

    /** Whether the text uses the working-time notation. */
    public static boolean isWorkingTime(String text) {
        return text != null && text.strip().startsWith(PREFIX);
    }

    /**
     * Reads a working-time text.
     *
     * @throws IllegalArgumentException when the text after the prefix is not a working-time limit
     */
    public static TimeLimit parse(String text) {
        if (!isWorkingTime(text)) {
            throw new IllegalArgumentException("'" + text + "' không bắt đầu bằng " + PREFIX);
        }
        return TimeLimit.parse(text.strip().substring(PREFIX.length()));
    }
}
