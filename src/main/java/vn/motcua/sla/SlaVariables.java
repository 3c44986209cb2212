package vn.motcua.sla;

/**
 * Process variables the SLA clock writes on the dossier's process instance (small, primitive values).
 * Diagrams may read them, e.g. an overdue boundary timer {@code timeDate="${slaDeadline}"} marked as
 * an SLA timer.
 */
public final class SlaVariables {

    /** {@code Date}: the appointment printed on the receipt slip, or the new one after the single extension. */
    public static final String APPOINTMENT = "slaAppointment";

    /**
     * {@code Date}: the deadline in force — the appointment moved by the pauses. While the clock is
     * paused it is far in the future (31/12/9999), so that an SLA timer created during the pause waits;
     * on resume such a timer is moved to the resumed deadline.
     */
    public static final String DEADLINE = "slaDeadline";

    private SlaVariables() {
    }
}
