package vn.motcua.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.camunda.bpm.engine.RuntimeService;
import org.springframework.context.event.EventListener;

import vn.motcua.platform.engine.ProcessVariables;
import vn.motcua.printing.PrintedDates;
import vn.motcua.sla.ClockState;
import vn.motcua.sla.DeadlineRecomputed;
import vn.motcua.sla.Deadlines;
import vn.motcua.sla.SlaClock;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

/**
 * A dossier's deadline as the officer sees it next to the appointment: flagged when it is provisional
 * (a year without an official calendar), and explained when a calendar change moved it away from the
 * appointment printed on the receipt slip. Also keeps the dossier's appointment in step when the SLA clock
 * recomputes an appointment that was not printed yet.
 */
@Component
class DeadlineNotices {

    private final SlaClock clock;
    private final Deadlines deadlines;
    private final DossierRepository dossiers;
    private final DossierEvents events;
    private final RuntimeService runtime;

    DeadlineNotices(@Lazy SlaClock clock, Deadlines deadlines, DossierRepository dossiers, DossierEvents events,
                    @Lazy RuntimeService runtime) {
        this.clock = clock;
        this.deadlines = deadlines;
        this.dossiers = dossiers;
        this.events = events;
        this.runtime = runtime;
    }

    /** The notice of a dossier; {@link DeadlineNotice#NONE} before reception. */
    DeadlineNotice of(Dossier dossier) {
        if (dossier.processInstanceId() == null) {
            return DeadlineNotice.NONE;
        }
        return clock.state(dossier.processInstanceId()).map(this::of).orElse(DeadlineNotice.NONE);
    }

    private DeadlineNotice of(ClockState state) {
        if (state.state() == ClockState.State.STOPPED) {
            return DeadlineNotice.NONE;
        }
        Instant deadline = state.state() == ClockState.State.PAUSED ? null : state.deadline();
        List<String> notes = new ArrayList<>();
        if (state.provisional()) {
            notes.add("Hạn giải quyết tạm tính: chưa có lịch làm việc năm " + missingYears(state)
                    + " (chỉ trừ thứ Bảy, Chủ nhật và các ngày lễ dương lịch cố định theo Điều 112 Bộ luật Lao động;"
                    + " chưa trừ Tết Nguyên đán, Giỗ Tổ Hùng Vương). Hạn sẽ được tính lại khi lịch năm đó được nạp.");
        }
        if (deadline != null && state.appointmentPrintedAt() != null && state.extendedAppointment() == null
                && !deadline.equals(state.appointment())) {
            String printed = PrintedDates.time(state.appointment());
            String recomputed = PrintedDates.time(deadline);
            notes.add(deadline.isBefore(state.appointment())
                    ? "Hạn giải quyết tính lại theo lịch làm việc mới là " + recomputed + ", sớm hơn ngày hẹn đã in trên"
                    + " giấy tiếp nhận (" + printed + "): các bước xử lý phải xong trước hạn mới; ngày hẹn trả kết quả"
                    + " cho người nộp hồ sơ giữ nguyên."
                    : "Hạn giải quyết tính lại theo lịch làm việc mới là " + recomputed + ", muộn hơn ngày hẹn đã in trên"
                    + " giấy tiếp nhận (" + printed + "): vẫn trả kết quả đúng ngày hẹn đã in; nếu không kịp, lập văn bản"
                    + " xin lỗi và hẹn lại (mẫu 04).");
        }
        return new DeadlineNotice(deadline, state.provisional(), notes.isEmpty() ? null : String.join(" ", notes));
    }

    /** The years between reception and deadline that have no official calendar, e.g. "2027". */
    private String missingYears(ClockState state) {
        WorkingTimeCalculator calculator = deadlines.calculator();
        int first = state.receivedAt().atZone(WorkingTimeCalculator.ZONE).getYear();
        int last = state.deadline().atZone(WorkingTimeCalculator.ZONE).getYear();
        List<Integer> missing = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            if (!calculator.calendar().isLoaded(year)) {
                missing.add(year);
            }
        }
        return missing.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }

    /**
     * A recomputed appointment that was not printed yet becomes the dossier's appointment (register, process
     * variables shown in the Tasklist, monitoring); a printed one stays as printed.
     */
    @EventListener
    void recomputed(DeadlineRecomputed recomputed) {
        dossiers.findByProcessInstance(recomputed.processInstanceId()).ifPresent(dossier -> {
            if (!recomputed.appointmentKept() && !recomputed.appointment().equals(dossier.appointmentAt())) {
                dossiers.updateAppointment(dossier.id(), recomputed.appointment());
                if (runtime.createProcessInstanceQuery().processInstanceId(recomputed.processInstanceId()).count() > 0) {
                    runtime.setVariable(recomputed.processInstanceId(), ProcessVariables.APPOINTMENT_AT,
                            recomputed.appointment().toString());
                    runtime.setVariable(recomputed.processInstanceId(), ProcessVariables.APPOINTMENT_TEXT,
                            PrintedDates.time(recomputed.appointment()));
                }
            }
            events.dossierChanged(dossier.id());
        });
    }
}
