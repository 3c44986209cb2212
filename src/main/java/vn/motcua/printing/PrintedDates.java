package vn.motcua.printing;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Times and dates as printed on forms, in Vietnam local time. */
public final class PrintedDates {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm 'ngày' dd/MM/yyyy").withZone(ZONE);

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy").withZone(ZONE);

    private PrintedDates() {
    }

    /** "09:15 ngày 14/07/2025". */
    public static String time(Instant instant) {
        return TIME.format(instant);
    }

    /** "14/07/2025", for registers such as the tracking book that record days. */
    public static String day(Instant instant) {
        return DAY.format(instant);
    }

    /**
     * The date of an administrative document's date line, "ngày 05 tháng 02 năm 2025": days below 10
     * and the months January and February take a leading zero (Decree 30/2020 on document format),
     * other months do not ("ngày 14 tháng 7 năm 2025").
     */
    static String dateLine(Instant instant) {
        LocalDate date = instant.atZone(ZONE).toLocalDate();
        String month = date.getMonthValue() <= 2 ? "0" + date.getMonthValue() : String.valueOf(date.getMonthValue());
        return "ngày %02d tháng %s năm %d".formatted(date.getDayOfMonth(), month, date.getYear());
    }
}
