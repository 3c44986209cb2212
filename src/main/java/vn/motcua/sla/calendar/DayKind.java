package vn.motcua.sla.calendar;

/**
 * What a calendar entry says about its date. Days without an entry follow the weekly rule
 * (Monday–Friday working, Saturday and Sunday off).
 */
public enum DayKind {

    /** A public holiday of Labour Code 2019 Art. 112(1), including the Tết days fixed for the year. */
    HOLIDAY(false),

    /**
     * A weekday off that is not itself a holiday: the compensatory day for a holiday falling on a
     * weekend (Art. 111(3)), or a weekday swapped with a make-up working day.
     */
    COMPENSATORY_DAY_OFF(false),

    /**
     * A day worked although it would otherwise be off: the Saturday worked in exchange for a swapped
     * weekday. A later entry of this kind also turns any earlier day off back into a working day.
     */
    MAKEUP_WORKING_DAY(true);

    private final boolean working;

    DayKind(boolean working) {
        this.working = working;
    }

    /** Whether a date with an entry of this kind is a working day. */
    public boolean isWorkingDay() {
        return working;
    }
}
