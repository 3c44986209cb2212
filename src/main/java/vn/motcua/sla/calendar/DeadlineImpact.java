package vn.motcua.sla.calendar;

/**
 * What a calendar change would do to the running dossiers, asked before it is saved (implemented by the SLA
 * clock, which owns the dossiers' deadlines).
 */
public interface DeadlineImpact {

    /** How many running dossiers would get another deadline or appointment under this change; changes nothing. */
    int dossiersMoved(CalendarChanged change);
}
