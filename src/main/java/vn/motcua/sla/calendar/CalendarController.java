package vn.motcua.sla.calendar;

import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.NoSuchElementException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The working-day calendar of a year: every officer may read it, administrators replace it. A
 * replacement applies to deadlines computed from then on and recomputes the running dossiers, except
 * appointments already printed ({@link CalendarAdministration}). Confirming an unconfirmed day is a
 * replacement with that day's {@code unconfirmed} set to false. A preview tells what a replacement would
 * change before it is made.
 */
@RestController
@RequestMapping("/api/sla/calendar")
@Tag(name = "Lịch làm việc", description = "Ngày nghỉ lễ, nghỉ bù và ngày làm bù theo từng năm")
class CalendarController {

    static final String ADMINISTRATOR = "hasAuthority('GROUP_camunda-admin')";

    private final CalendarAdministration administration;

    CalendarController(CalendarAdministration administration) {
        this.administration = administration;
    }

    record Day(@NotNull(message = "không được để trống") LocalDate date,
               @NotNull(message = "phải là HOLIDAY, COMPENSATORY_DAY_OFF hoặc MAKEUP_WORKING_DAY") DayKind kind,
               @NotBlank(message = "không được để trống") @Size(max = 255, message = "dài tối đa 255 ký tự") String name,
               @NotBlank(message = "thiếu văn bản quyết định (số, ngày và cơ quan ban hành thông báo)")
               @Size(max = 1000, message = "dài tối đa 1000 ký tự") String source,
               boolean unconfirmed,
               @Size(max = 2000, message = "dài tối đa 2000 ký tự") String note) {

        CalendarEntry toEntry() {
            return new CalendarEntry(date, kind, name.strip(), source.strip(), unconfirmed,
                    note == null || note.isBlank() ? null : note.strip());
        }

        static Day of(CalendarEntry entry) {
            return new Day(entry.date(), entry.kind(), entry.name(), entry.source(), entry.unconfirmed(), entry.note());
        }
    }

    record YearRequest(@NotNull(message = "không được để trống") @Size(max = 366, message = "tối đa 366 ngày")
                       List<@Valid @NotNull(message = "không được để trống") Day> days) {
    }

    record YearView(int year, StoredCalendarYear.Origin origin, int revision, String updatedBy, Instant updatedAt,
                    List<Day> days) {

        static YearView of(StoredCalendarYear stored) {
            return new YearView(stored.year().year(), stored.origin(), stored.revision(), stored.updatedBy(),
                    stored.updatedAt(), stored.year().entries().stream().map(Day::of).toList());
        }
    }

    @GetMapping
    @Operation(summary = "Các năm đã nạp lịch làm việc, năm nay và năm sau (năm chưa nạp lịch được tính tạm)")
    List<CalendarAdministration.YearStatus> years() {
        return administration.overview(LocalDate.now(WorkingTimeCalculator.ZONE).getYear());
    }

    @GetMapping("/{year}")
    @Operation(summary = "Lịch làm việc của một năm")
    YearView year(@PathVariable int year) {
        return administration.year(year).map(YearView::of).orElseThrow(() -> new NoSuchElementException(
                "Chưa có lịch làm việc năm " + year + ": hạn giải quyết trong năm này được tính tạm (chỉ trừ thứ Bảy, Chủ nhật"
                        + " và các ngày lễ dương lịch cố định theo Điều 112 Bộ luật Lao động)."));
    }

    @PutMapping("/{year}")
    @PreAuthorize(ADMINISTRATOR)
    @Operation(summary = "Thay toàn bộ lịch làm việc của một năm (quản trị); tính lại hạn của hồ sơ đang giải quyết,"
            + " trừ ngày hẹn đã in trên giấy tiếp nhận. Xác nhận một ngày chưa xác nhận: gửi lại ngày đó với unconfirmed = false")
    YearView replace(@PathVariable int year, @Valid @RequestBody YearRequest request, Principal editor,
                     HttpServletRequest http) {
        return YearView.of(administration.replace(yearOf(year, request), editor.getName(), http.getRemoteAddr()));
    }

    @PostMapping("/{year}/preview")
    @PreAuthorize(ADMINISTRATOR)
    @Operation(summary = "Xem trước thay đổi lịch của một năm (quản trị): ngày thêm, bỏ, sửa và số hồ sơ đang giải quyết"
            + " sẽ đổi hạn; không lưu gì")
    CalendarAdministration.Preview preview(@PathVariable int year, @Valid @RequestBody YearRequest request) {
        return administration.preview(yearOf(year, request));
    }

    private static CalendarYear yearOf(int year, YearRequest request) {
        List<CalendarEntry> entries = request.days().stream().map(Day::toEntry).toList();
        CalendarAdministration.validate(year, entries);
        return new CalendarYear(year, entries);
    }
}
