package vn.motcua.sla.calendar;

import java.util.List;

/**
 * The official working-day data of one year: the dates that differ from the weekly rule, in the
 * order they are applied (a later entry for the same date wins).
 *
 * @param year    the Gregorian year every entry belongs to
 * @param entries the entries in application order
 */
public record CalendarYear(int year, List<CalendarEntry> entries) {

    /** Copies the entries and checks that each one lies in {@code year}. */
    public CalendarYear {
        entries = List.copyOf(entries);
        for (CalendarEntry entry : entries) {
            if (entry.date().getYear() != year) {
                throw new IllegalArgumentException("entry " + entry.date() + " does not belong to year " + year);
            }
        }
    }

    /** The same year with the entries marked {@code unconfirmed} left out. */
    public CalendarYear withoutUnconfirmed() {
        return new CalendarYear(year, entries.stream().filter(entry -> !entry.unconfirmed()).toList());
    }

    /** The entries marked {@code unconfirmed}, for reports that list what still has to be checked. */
    public List<CalendarEntry> unconfirmedEntries() {
        return entries.stream().filter(CalendarEntry::unconfirmed).toList();
    }
}
