package vn.motcua.sla.engine;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;

import vn.motcua.sla.TimeLimit;

/**
 * The extension properties ({@code camunda:properties}) designers put on diagram elements to attach
 * them to the SLA, read the same way at deployment and at run time.
 * <ul>
 *   <li>on a user task, at most one of {@value #SLA_DAYS} (working days, decimals allowed: {@code 0.5}),
 *       {@value #SLA_HOURS} (working hours, decimals allowed) or {@value #SLA_SAME_DAY}{@code =true}:
 *       the step's allotment, which becomes the task's due date when it is created;</li>
 *   <li>on a timer event (boundary or intermediate catch), {@value #SLA_TIMER}{@code =true}: the timer
 *       follows the dossier's SLA clock — held during a pause, moved on resume and extension.</li>
 * </ul>
 */
public final class SlaDiagramProperties {

    /** Step allotment in working days. */
    public static final String SLA_DAYS = "slaDays";
    /** Step allotment in working hours. */
    public static final String SLA_HOURS = "slaHours";
    /** Same-day step: due at the end of the day, or of the next working day when created after the cut-off. */
    public static final String SLA_SAME_DAY = "slaSameDay";
    /** Marks a timer that follows the dossier's SLA clock. */
    public static final String SLA_TIMER = "slaTimer";

    private SlaDiagramProperties() {
    }

    /**
     * The step allotment given by the properties of a user task, if any.
     *
     * @throws IllegalArgumentException (Vietnamese message) for a malformed value or more than one allotment
     */
    public static Optional<TimeLimit> stepAllotment(Map<String, String> properties) {
        if (properties == null) {
            return Optional.empty();
        }
        String days = properties.get(SLA_DAYS);
        String hours = properties.get(SLA_HOURS);
        boolean sameDay = flag(properties, SLA_SAME_DAY);
        int given = (days != null ? 1 : 0) + (hours != null ? 1 : 0) + (sameDay ? 1 : 0);
        if (given > 1) {
            throw new IllegalArgumentException("Chỉ dùng một trong các thuộc tính " + SLA_DAYS + ", " + SLA_HOURS + ", "
                    + SLA_SAME_DAY + " cho một bước.");
        }
        if (days != null) {
            return Optional.of(TimeLimit.workingDays(number(SLA_DAYS, days)));
        }
        if (hours != null) {
            return Optional.of(TimeLimit.workingHours(number(SLA_HOURS, hours)));
        }
        return sameDay ? Optional.of(TimeLimit.sameDay()) : Optional.empty();
    }

    /**
     * Whether the properties mark a timer of the SLA clock.
     *
     * @throws IllegalArgumentException when the value is neither {@code true} nor {@code false}
     */
    public static boolean isSlaTimer(Map<String, String> properties) {
        return properties != null && flag(properties, SLA_TIMER);
    }

    private static boolean flag(Map<String, String> properties, String name) {
        String value = properties.get(name);
        if (value == null || value.strip().equalsIgnoreCase("false")) {
            return false;
        }
        if (value.strip().equalsIgnoreCase("true")) {
            return true;
        }
        throw new IllegalArgumentException("Thuộc tính " + name + " phải là true hoặc false, không phải '" + value + "'.");
    }

    private static BigDecimal number(String name, String value) {
        try {
            BigDecimal number = new BigDecimal(value.strip().replace(',', '.'));
            if (number.signum() > 0) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("Thuộc tính " + name + " phải là một số dương (ví dụ 2 hoặc 0.5), không phải '"
                + value + "'.");
    }
}
