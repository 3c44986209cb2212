package vn.motcua.sla.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The holidays Labour Code 2019 Art. 112(1) fixes on a solar date, for a year whose official calendar
 * is not loaded yet: 1 January (point a), 30 April (c), 1 May (d) and 2 September (đ). The other
 * holidays cannot be known from the statute alone and are left out: Tết (b) and Hùng Kings' day (e)
 * follow the lunar calendar and the yearly notice, and the second National Day holiday is "one day
 * adjacent before or after" 2 September, chosen each year. Compensatory and swapped days are also set
 * by the yearly notice. A deadline counted on such a year is therefore never later than the one the
 * official calendar will give, except where the notice swaps a weekday for a Saturday.
 */
public final class StatutoryHolidays {

    private static final String SOURCE = "Bộ luật Lao động 2019, Điều 112 khoản 1 điểm ";
    private static final String NOTE = "Tạm tính: chưa có lịch làm việc chính thức của năm";

    private StatutoryHolidays() {
    }

    /** The fixed solar-date holidays of the year, as calendar entries marked provisional by their note. */
    public static CalendarYear provisionalYear(int year) {
        return new CalendarYear(year, List.of(
                holiday(LocalDate.of(year, 1, 1), "Tết Dương lịch", "a"),
                holiday(LocalDate.of(year, 4, 30), "Ngày Chiến thắng", "c"),
                holiday(LocalDate.of(year, 5, 1), "Ngày Quốc tế Lao động", "d"),
                holiday(LocalDate.of(year, 9, 2), "Quốc khánh", "đ")));
    }

    private static CalendarEntry holiday(LocalDate date, String name, String point) {
        return new CalendarEntry(date, DayKind.HOLIDAY, name, SOURCE + point, false, NOTE);
    }
}
