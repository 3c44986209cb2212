package vn.motcua.sla.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import vn.motcua.sla.calendar.StoredCalendarYear.Origin;

/** The {@code sla_calendar_year} and {@code sla_calendar_day} tables. */
@Repository
class CalendarRepository {

    private final JdbcClient jdbc;

    CalendarRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The revision of every stored year, by year ascending: a cheap fingerprint of the whole calendar. */
    Map<Integer, Integer> revisions() {
        Map<Integer, Integer> revisions = new LinkedHashMap<>();
        jdbc.sql("select calendar_year, revision from sla_calendar_year order by calendar_year")
                .query((ResultSet rs) -> {
                    revisions.put(rs.getInt("calendar_year"), rs.getInt("revision"));
                });
        return revisions;
    }

    /** Every stored year with its entries, by year ascending. */
    List<StoredCalendarYear> findAll() {
        return jdbc.sql("select calendar_year from sla_calendar_year order by calendar_year")
                .query(Integer.class).list().stream()
                .map(year -> find(year).orElseThrow())
                .toList();
    }

    Optional<StoredCalendarYear> find(int year) {
        return jdbc.sql("""
                        select calendar_year, origin, revision, updated_by, updated_at
                        from sla_calendar_year where calendar_year = ?""")
                .param(year)
                .query((rs, row) -> new StoredCalendarYear(new CalendarYear(year, entriesOf(year)),
                        Origin.valueOf(rs.getString("origin")), rs.getInt("revision"), rs.getString("updated_by"),
                        rs.getObject("updated_at", OffsetDateTime.class).toInstant()))
                .optional();
    }

    /**
     * Stores a year that is not in the table yet. Throws Spring's {@code DuplicateKeyException} when the
     * year is present, so that two nodes starting together store it once.
     */
    void insert(CalendarYear year, Origin origin, String editor) {
        jdbc.sql("insert into sla_calendar_year (calendar_year, origin, revision, updated_by, updated_at) values (?, ?, 1, ?, ?)")
                .params(year.year(), origin.name(), editor, OffsetDateTime.now(ZoneOffset.UTC)).update();
        insertEntries(year);
    }

    /** Replaces the entries of a stored year and bumps its revision; returns false when the year is absent. */
    boolean replace(CalendarYear year, String editor) {
        int updated = jdbc.sql("""
                        update sla_calendar_year set origin = ?, revision = revision + 1, updated_by = ?, updated_at = ?
                        where calendar_year = ?""")
                .params(Origin.API.name(), editor, OffsetDateTime.now(ZoneOffset.UTC), year.year()).update();
        if (updated == 0) {
            return false;
        }
        jdbc.sql("delete from sla_calendar_day where calendar_year = ?").param(year.year()).update();
        insertEntries(year);
        return true;
    }

    /** Locks the row of a year until the end of the transaction, so that concurrent edits queue up. */
    boolean lock(int year) {
        return jdbc.sql("select calendar_year from sla_calendar_year where calendar_year = ? for update")
                .param(year).query(Integer.class).optional().isPresent();
    }

    private void insertEntries(CalendarYear year) {
        int order = 0;
        for (CalendarEntry entry : year.entries()) {
            jdbc.sql("""
                            insert into sla_calendar_day
                              (calendar_year, entry_order, calendar_date, kind, name, source, unconfirmed, note)
                            values (?, ?, ?, ?, ?, ?, ?, ?)""")
                    .params(year.year(), order++, entry.date(), entry.kind().name(), entry.name(), entry.source(),
                            entry.unconfirmed(), entry.note())
                    .update();
        }
    }

    private List<CalendarEntry> entriesOf(int year) {
        List<CalendarEntry> entries = new ArrayList<>();
        jdbc.sql("""
                        select calendar_date, kind, name, source, unconfirmed, note from sla_calendar_day
                        where calendar_year = ? order by entry_order""")
                .param(year)
                .query((ResultSet rs) -> {
                    entries.add(toEntry(rs));
                });
        return entries;
    }

    private static CalendarEntry toEntry(ResultSet rs) throws SQLException {
        return new CalendarEntry(rs.getObject("calendar_date", LocalDate.class), DayKind.valueOf(rs.getString("kind")),
                rs.getString("name"), rs.getString("source"), rs.getBoolean("unconfirmed"), rs.getString("note"));
    }
}
