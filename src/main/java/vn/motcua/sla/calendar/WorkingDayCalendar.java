package vn.motcua.sla.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which dates are working days for a state agency in Vietnam, built from the official data of one
 * or more years ({@link CalendarYear}).
 *
 * <p><b>Rules.</b> Monday to Friday are working days and Saturday and Sunday are days off, except
 * where an entry says otherwise: {@link DayKind#HOLIDAY} and {@link DayKind#COMPENSATORY_DAY_OFF}
 * make a day off, {@link DayKind#MAKEUP_WORKING_DAY} makes a working day. Entries are applied in the
 * order given (years in collection order, entries in file order); the last entry for a date wins,
 * so a correction appended later can turn a day back into a working day.
 *
 * <p><b>Provisional years</b> (second constructor) are years without official data for which the
 * fixed solar-date holidays of the statute stand in ({@link StatutoryHolidays}); they are not
 * {@link #isLoaded(int) loaded} but {@link #isProvisional(int) provisional}, so that deadlines counted
 * on them can be flagged and recomputed once the year is loaded.
 *
 * <p><b>Outside the loaded and provisional years</b> (before, between or after them) the weekly rule
 * alone applies: every Monday–Friday is a working day, holidays included, because holidays are data,
 * never computed. Callers that must not compute deadlines on that fallback check {@link #isLoaded(int)}
 * first.
 *
 * <p><b>Speed.</b> The working flag of every day from 1 January of the first loaded year to
 * 31 December of the last one is precomputed, together with a running count of working days and the
 * list of working days, so that "which working day comes N working days later" is an array lookup
 * whatever N is. Instances are immutable and thread-safe.
 */
public final class WorkingDayCalendar {

    /** Epoch day of Monday 1969-12-29, the origin of {@link #ordinalOf(long)}. */
    private static final long ORIGIN_MONDAY = -3;

    private final Set<Integer> loadedYears;
    private final Set<Integer> provisionalYears;
    private final Map<LocalDate, CalendarEntry> effectiveEntries;
    /** First epoch day of the precomputed range; the range is empty when nothing is loaded. */
    private final long rangeStart;
    private final boolean[] working;
    /** shift[i] = working days minus weekdays among the first i days of the range. */
    private final int[] shift;
    /** Offsets (from rangeStart) of the working days of the range, ascending. */
    private final int[] workingDays;

    /**
     * Builds the calendar; the input is copied.
     *
     * @param years the official data, applied in iteration order; may be empty (weekly rule only)
     */
    public WorkingDayCalendar(Collection<CalendarYear> years) {
        this(years, List.of());
    }

    /**
     * Builds the calendar from official years and provisional stand-ins for years without official data.
     *
     * @param years       the official data, applied in iteration order; may be empty
     * @param provisional stand-ins for years absent from {@code years} (e.g. {@link StatutoryHolidays}),
     *                    applied before the official data; a year given in both is official
     */
    public WorkingDayCalendar(Collection<CalendarYear> years, Collection<CalendarYear> provisional) {
        TreeSet<Integer> loaded = new TreeSet<>();
        years.forEach(year -> loaded.add(year.year()));
        loadedYears = Collections.unmodifiableSet(loaded);
        List<CalendarYear> standIns = provisional.stream().filter(year -> !loaded.contains(year.year())).toList();
        TreeSet<Integer> provisionalOnly = new TreeSet<>();
        standIns.forEach(year -> provisionalOnly.add(year.year()));
        provisionalYears = Collections.unmodifiableSet(provisionalOnly);
        TreeSet<Integer> covered = new TreeSet<>(loaded);
        covered.addAll(provisionalOnly);
        if (covered.isEmpty()) {
            rangeStart = 0;
            working = new boolean[0];
        } else {
            rangeStart = LocalDate.of(covered.first(), 1, 1).toEpochDay();
            long rangeEnd = LocalDate.of(covered.last() + 1, 1, 1).toEpochDay();
            working = new boolean[Math.toIntExact(rangeEnd - rangeStart)];
            for (int i = 0; i < working.length; i++) {
                working[i] = isWeekday(rangeStart + i);
            }
        }
        Map<LocalDate, CalendarEntry> effective = new HashMap<>();
        List<CalendarYear> applied = new ArrayList<>(standIns);
        applied.addAll(years);
        for (CalendarYear year : applied) {
            for (CalendarEntry entry : year.entries()) {
                working[(int) (entry.date().toEpochDay() - rangeStart)] = entry.kind().isWorkingDay();
                effective.put(entry.date(), entry);
            }
        }
        effectiveEntries = Map.copyOf(effective);
        shift = new int[working.length + 1];
        int count = 0;
        for (int i = 0; i < working.length; i++) {
            shift[i + 1] = shift[i] + (working[i] ? 1 : 0) - (isWeekday(rangeStart + i) ? 1 : 0);
            count += working[i] ? 1 : 0;
        }
        workingDays = new int[count];
        for (int i = 0, n = 0; i < working.length; i++) {
            if (working[i]) {
                workingDays[n++] = i;
            }
        }
    }

    /** A calendar with no official data: only weekends are off. */
    public static WorkingDayCalendar weekendsOnly() {
        return new WorkingDayCalendar(List.of());
    }

    /** The years whose official data was given, ascending. */
    public Set<Integer> loadedYears() {
        return loadedYears;
    }

    /** Whether official data was given for the year; if not, only weekends are off in that year. */
    public boolean isLoaded(int year) {
        return loadedYears.contains(year);
    }

    /** Whether the year runs on the statutory stand-in because its official data is not loaded. */
    public boolean isProvisional(int year) {
        return provisionalYears.contains(year);
    }

    /** The provisional years, ascending. */
    public Set<Integer> provisionalYears() {
        return provisionalYears;
    }

    /** Whether the date is a working day (see the class comment for years that are not loaded). */
    public boolean isWorkingDay(LocalDate date) {
        return isWorkingDay(date.toEpochDay());
    }

    /** Whether the day, given as {@link LocalDate#toEpochDay()}, is a working day. */
    public boolean isWorkingDay(long epochDay) {
        long offset = epochDay - rangeStart;
        return offset >= 0 && offset < working.length ? working[(int) offset] : isWeekday(epochDay);
    }

    /** The entry that decides the date, if the date differs from (or restates) the weekly rule. */
    public Optional<CalendarEntry> entryOn(LocalDate date) {
        return Optional.ofNullable(effectiveEntries.get(date));
    }

    /** The first working day on or after the date. */
    public LocalDate firstWorkingDayFrom(LocalDate date) {
        return LocalDate.ofEpochDay(epochDayOfOrdinal(ordinalOf(date.toEpochDay())));
    }

    /** The number of working days in {@code [from, to)}; negative if {@code to} is before {@code from}. */
    public long countWorkingDays(LocalDate from, LocalDate to) {
        return ordinalOf(to.toEpochDay()) - ordinalOf(from.toEpochDay());
    }

    /**
     * The number of working days strictly before the day, counted from a fixed origin (Monday
     * 1969-12-29; negative before it). Consecutive working days have consecutive ordinals; a day off
     * has the ordinal of the first working day after it. Constant time.
     *
     * @param epochDay a day as {@link LocalDate#toEpochDay()}
     */
    public long ordinalOf(long epochDay) {
        long offset = epochDay - rangeStart;
        int shiftBefore = offset <= 0 ? 0 : offset >= working.length ? shift[working.length] : shift[(int) offset];
        return weekdaysBefore(epochDay) + shiftBefore;
    }

    /**
     * The working day with the given ordinal: the inverse of {@link #ordinalOf(long)} on working
     * days. Constant time.
     *
     * @return the day as {@link LocalDate#toEpochDay()}
     */
    public long epochDayOfOrdinal(long ordinal) {
        long first = weekdaysBefore(rangeStart);
        if (ordinal < first) {
            return weekdayOfOrdinal(ordinal);
        }
        if (ordinal - first < workingDays.length) {
            return rangeStart + workingDays[(int) (ordinal - first)];
        }
        // after the range the weekly rule applies again, shifted by what the range added or removed
        return weekdayOfOrdinal(ordinal - shift[working.length]);
    }

    private static boolean isWeekday(long epochDay) {
        return Math.floorMod(epochDay - ORIGIN_MONDAY, 7) < 5;
    }

    /** Number of Mondays–Fridays in [ORIGIN_MONDAY, epochDay), negative before the origin. */
    private static long weekdaysBefore(long epochDay) {
        long days = epochDay - ORIGIN_MONDAY;
        return 5 * Math.floorDiv(days, 7) + Math.min(Math.floorMod(days, 7), 5);
    }

    /** The Monday–Friday day d with weekdaysBefore(d) == ordinal. */
    private static long weekdayOfOrdinal(long ordinal) {
        return ORIGIN_MONDAY + 7 * Math.floorDiv(ordinal, 5) + Math.floorMod(ordinal, 5);
    }

    @Override
    public String toString() {
        return "WorkingDayCalendar" + loadedYears;
    }
}
