package vn.motcua.sla.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CalendarYamlReaderTest {

    private static CalendarYear read(String yaml) {
        return new CalendarYamlReader().read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void the_official_files_are_read_with_their_vietnamese_names_and_sources() {
        CalendarYear year2026 = OfficialCalendars.read(2026);

        assertThat(year2026.year()).isEqualTo(2026);
        assertThat(year2026.entries()).hasSize(17);
        assertThat(year2026.entries().get(0)).isEqualTo(new CalendarEntry(LocalDate.of(2026, 1, 1), DayKind.HOLIDAY,
                "Tết Dương lịch", "Bộ luật Lao động 2019, Điều 112 khoản 1 điểm a", false, null));
        assertThat(OfficialCalendars.read(2025).entries()).hasSize(13);
    }

    @Test
    void quoted_and_unquoted_dates_mean_the_same_local_date() {
        CalendarYear year = read("""
                year: 2026
                days:
                  - {date: 2026-02-17, kind: HOLIDAY, name: Mùng 1 Tết, source: doc}
                  - {date: "2026-02-18", kind: HOLIDAY, name: Mùng 2 Tết, source: doc}
                """);
        assertThat(year.entries()).extracting(CalendarEntry::date)
                .containsExactly(LocalDate.of(2026, 2, 17), LocalDate.of(2026, 2, 18));
    }

    @Test
    void unconfirmed_and_note_are_optional_and_read_when_present() {
        CalendarYear year = read("""
                year: 2026
                days:
                  - date: 2026-11-24
                    kind: HOLIDAY
                    name: Ngày Văn hóa Việt Nam
                    source: NQ 80-NQ/TW
                    unconfirmed: true
                    note: chưa có luật
                """);
        assertThat(year.unconfirmedEntries()).singleElement().satisfies(entry -> {
            assertThat(entry.unconfirmed()).isTrue();
            assertThat(entry.note()).isEqualTo("chưa có luật");
        });
        assertThat(year.withoutUnconfirmed().entries()).isEmpty();
    }

    @Test
    void a_year_without_days_is_a_year_that_follows_the_weekly_rule() {
        assertThat(read("year: 2030\n").entries()).isEmpty();
    }

    @Test
    void a_misspelt_key_is_rejected_so_that_a_date_cannot_be_confirmed_by_a_typo() {
        assertThatThrownBy(() -> read("""
                year: 2026
                days:
                  - {date: 2026-11-24, kind: HOLIDAY, name: x, source: y, unconfirmd: true}
                """)).isInstanceOf(InvalidCalendarDataException.class)
                .hasMessageContaining("unconfirmd").hasMessageContaining("2026 days[0]");
    }

    @Test
    void an_entry_without_source_is_rejected() {
        assertThatThrownBy(() -> read("""
                year: 2026
                days:
                  - {date: 2026-11-24, kind: HOLIDAY, name: x}
                """)).isInstanceOf(InvalidCalendarDataException.class).hasMessageContaining("source");
    }

    @Test
    void an_unknown_kind_is_rejected_with_the_allowed_kinds() {
        assertThatThrownBy(() -> read("""
                year: 2026
                days:
                  - {date: 2026-11-24, kind: DAY_OFF, name: x, source: y}
                """)).isInstanceOf(InvalidCalendarDataException.class)
                .hasMessageContaining("DAY_OFF").hasMessageContaining("MAKEUP_WORKING_DAY");
    }

    @Test
    void a_date_of_another_year_is_rejected() {
        assertThatThrownBy(() -> read("""
                year: 2026
                days:
                  - {date: 2025-12-31, kind: HOLIDAY, name: x, source: y}
                """)).isInstanceOf(InvalidCalendarDataException.class).hasMessageContaining("2025-12-31");
    }

    @Test
    void a_malformed_date_is_rejected() {
        assertThatThrownBy(() -> read("""
                year: 2026
                days:
                  - {date: "24/11/2026", kind: HOLIDAY, name: x, source: y}
                """)).isInstanceOf(InvalidCalendarDataException.class).hasMessageContaining("yyyy-MM-dd");
    }

    @Test
    void unconfirmed_must_be_a_boolean() {
        assertThatThrownBy(() -> read("""
                year: 2026
                days:
                  - {date: 2026-11-24, kind: HOLIDAY, name: x, source: y, unconfirmed: maybe}
                """)).isInstanceOf(InvalidCalendarDataException.class).hasMessageContaining("unconfirmed");
    }

    @Test
    void a_file_without_year_or_not_yaml_at_all_is_rejected() {
        assertThatThrownBy(() -> read("days: []\n")).isInstanceOf(InvalidCalendarDataException.class)
                .hasMessageContaining("year");
        assertThatThrownBy(() -> read("year: [2026\n")).isInstanceOf(InvalidCalendarDataException.class);
        assertThatThrownBy(() -> read("- just a list\n")).isInstanceOf(InvalidCalendarDataException.class);
    }
}
