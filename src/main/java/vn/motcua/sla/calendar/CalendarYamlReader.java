package vn.motcua.sla.calendar;

import java.io.InputStream;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one year's calendar file (UTF-8 YAML, e.g. {@code processes/calendar/2026.yaml}):
 * <pre>
 * year: 2026
 * days:
 *   - date: 2026-02-17
 *     kind: HOLIDAY                 # HOLIDAY | COMPENSATORY_DAY_OFF | MAKEUP_WORKING_DAY
 *     name: Tết Nguyên đán Bính Ngọ (mùng 1 Tết)
 *     source: Thông báo 9441/TB-BNV ngày 16/10/2025 của Bộ Nội vụ
 *     unconfirmed: false            # optional, default false
 *     note: free text               # optional
 * </pre>
 * Unknown keys are rejected so that a misspelt {@code unconfirmed} cannot silently confirm a date.
 * Only plain YAML types are constructed (SnakeYAML safe constructor).
 */
public final class CalendarYamlReader {

    private static final Set<String> FILE_KEYS = Set.of("year", "days", "description");
    private static final Set<String> ENTRY_KEYS = Set.of("date", "kind", "name", "source", "unconfirmed", "note");

    /**
     * Parses a calendar file. The stream is read to its end but not closed.
     *
     * @param in UTF-8 (or BOM-marked) YAML
     * @return the year with its entries in file order
     * @throws InvalidCalendarDataException if the content does not follow the format above
     */
    public CalendarYear read(InputStream in) {
        Object document;
        try {
            document = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
        } catch (YAMLException e) {
            throw new InvalidCalendarDataException("calendar file is not valid YAML: " + e.getMessage(), e);
        }
        Map<?, ?> root = asMap(document, "calendar file");
        requireKnownKeys(root, FILE_KEYS, "calendar file");
        if (!(root.get("year") instanceof Integer year)) {
            throw new InvalidCalendarDataException("calendar file needs an integer 'year'");
        }
        Object days = root.get("days");
        if (days != null && !(days instanceof List<?>)) {
            throw new InvalidCalendarDataException("'days' of year " + year + " must be a list");
        }
        List<CalendarEntry> entries = new ArrayList<>();
        int index = 0;
        for (Object item : days == null ? List.of() : (List<?>) days) {
            entries.add(readEntry(item, year + " days[" + index++ + "]"));
        }
        try {
            return new CalendarYear(year, entries);
        } catch (IllegalArgumentException e) {
            throw new InvalidCalendarDataException(e.getMessage(), e);
        }
    }

    private static CalendarEntry readEntry(Object item, String where) {
        Map<?, ?> map = asMap(item, where);
        requireKnownKeys(map, ENTRY_KEYS, where);
        LocalDate date = readDate(map.get("date"), where);
        Object unconfirmed = map.containsKey("unconfirmed") ? map.get("unconfirmed") : Boolean.FALSE;
        if (!(unconfirmed instanceof Boolean flag)) {
            throw new InvalidCalendarDataException(where + ": 'unconfirmed' must be true or false");
        }
        try {
            return new CalendarEntry(date, readKind(map.get("kind"), where), text(map.get("name")),
                    text(map.get("source")), flag, text(map.get("note")));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidCalendarDataException(where + ": " + e.getMessage(), e);
        }
    }

    private static LocalDate readDate(Object value, String where) {
        // An unquoted 2026-02-17 is a YAML timestamp: SnakeYAML gives a java.util.Date at UTC midnight.
        if (value instanceof Date date) {
            return date.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        if (value instanceof String text) {
            try {
                return LocalDate.parse(text.trim());
            } catch (DateTimeParseException e) {
                throw new InvalidCalendarDataException(where + ": 'date' must be yyyy-MM-dd, got '" + text + "'", e);
            }
        }
        throw new InvalidCalendarDataException(where + ": 'date' (yyyy-MM-dd) is missing");
    }

    private static DayKind readKind(Object value, String where) {
        try {
            return DayKind.valueOf(String.valueOf(value).trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidCalendarDataException(where + ": 'kind' must be one of " + List.of(DayKind.values())
                    + ", got '" + value + "'", e);
        }
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value).trim();
    }

    private static Map<?, ?> asMap(Object value, String where) {
        if (value instanceof Map<?, ?> map) {
            return map;
        }
        throw new InvalidCalendarDataException(where + " must be a mapping");
    }

    private static void requireKnownKeys(Map<?, ?> map, Set<String> allowed, String where) {
        for (Object key : map.keySet()) {
            if (!allowed.contains(String.valueOf(key))) {
                throw new InvalidCalendarDataException(where + ": unknown key '" + key + "', expected " + allowed);
            }
        }
    }
}
