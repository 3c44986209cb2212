package vn.motcua.sla.calendar;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The same-day reception cut-off: every officer may read it, provincial administrators change it. */
@RestController
@RequestMapping("/api/sla/settings/cut-off")
@Tag(name = "Lịch làm việc")
class CutOffController {

    private final ReceptionCutOff cutOff;

    CutOffController(ReceptionCutOff cutOff) {
        this.cutOff = cutOff;
    }

    record CutOffRequest(@NotNull(message = "không được để trống") String cutOff) {
    }

    record PreviewView(String cutOff, List<ReceptionCutOff.Example> examples) {
    }

    @GetMapping
    @Operation(summary = "Giờ tiếp nhận cuối trong ngày đang áp dụng (hồ sơ thủ tục giải quyết trong ngày nhận sau giờ này"
            + " được trả vào ngày làm việc tiếp theo)")
    ReceptionCutOff.View view() {
        return cutOff.view();
    }

    @PostMapping("/preview")
    @PreAuthorize(CalendarController.ADMINISTRATOR)
    @Operation(summary = "Xem trước giờ tiếp nhận cuối mới với hai hồ sơ mẫu (quản trị); không lưu gì")
    PreviewView preview(@Valid @RequestBody CutOffRequest request) {
        var time = cutOff.parse(request.cutOff());
        return new PreviewView(time.toString(), cutOff.examples(time, Instant.now()));
    }

    @PutMapping
    @PreAuthorize(CalendarController.ADMINISTRATOR)
    @Operation(summary = "Đổi giờ tiếp nhận cuối trong ngày (quản trị); áp dụng cho hồ sơ tiếp nhận từ nay")
    ReceptionCutOff.View change(@Valid @RequestBody CutOffRequest request, Principal editor, HttpServletRequest http) {
        return cutOff.change(cutOff.parse(request.cutOff()), editor.getName(), http.getRemoteAddr());
    }
}
