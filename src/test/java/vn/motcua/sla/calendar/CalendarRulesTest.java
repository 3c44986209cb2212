package vn.motcua.sla.calendar;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import vn.motcua.platform.web.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What an administrator's calendar year must satisfy before it is previewed or stored. */
class CalendarRulesTest {

    private static final String NOTICE = "Thông báo số 2500/TB-BLĐTBXH ngày 15/11/2037 của Bộ Lao động - Thương binh và Xã hội";

    @Test
    void a_make_up_day_on_saturday_or_sunday_is_accepted() {
        assertThatCode(() -> CalendarAdministration.validate(2038, List.of(
                day("2038-01-09", DayKind.MAKEUP_WORKING_DAY), day("2038-01-10", DayKind.MAKEUP_WORKING_DAY))))
                .doesNotThrowAnyException();
    }

    @Test
    void a_make_up_day_on_monday_04_01_2038_is_refused() {
        assertThatThrownBy(() -> CalendarAdministration.validate(2038, List.of(day("2038-01-04", DayKind.MAKEUP_WORKING_DAY))))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("Ngày làm bù 04/01/2038 không phải thứ Bảy hoặc Chủ nhật");
    }

    @Test
    void a_holiday_on_a_day_already_listed_is_refused_whatever_its_kind() {
        assertThatThrownBy(() -> CalendarAdministration.validate(2038, List.of(
                day("2038-01-01", DayKind.COMPENSATORY_DAY_OFF), day("2038-01-01", DayKind.HOLIDAY))))
                .hasMessageStartingWith("Ngày 01/01/2038 đã có trong danh sách");
    }

    @Test
    void a_date_of_another_year_is_refused() {
        assertThatThrownBy(() -> CalendarAdministration.validate(2038, List.of(day("2037-12-31", DayKind.HOLIDAY))))
                .hasMessage("Ngày 31/12/2037 không thuộc năm 2038.");
    }

    private static CalendarEntry day(String date, DayKind kind) {
        return CalendarEntry.of(LocalDate.parse(date), kind, "Ngày thử", NOTICE);
    }
}
