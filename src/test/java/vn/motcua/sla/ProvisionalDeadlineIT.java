package vn.motcua.sla;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.IntegrationTest;
import vn.motcua.sla.calendar.CalendarAdministration;
import vn.motcua.sla.calendar.CalendarEntry;
import vn.motcua.sla.calendar.CalendarYear;
import vn.motcua.sla.calendar.DayKind;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.sla.OfficialWorkingTime.at;
import static vn.motcua.sla.SlaTestProcess.clockAt;

/**
 * Deadlines that run into a year without a calendar: provisional on the statutory fixed holidays, then
 * recomputed when the year is loaded and again when an unconfirmed day is confirmed — except the
 * appointment already printed on a receipt slip. Uses 2036/2037, years no other test loads: 2036 gets a
 * calendar here, 2037 has none until the test stores it.
 */
@IntegrationTest
class ProvisionalDeadlineIT {

    private static final CalendarEntry NEW_YEAR_2037 = CalendarEntry.of(LocalDate.of(2037, 1, 1), DayKind.HOLIDAY,
            "Tết Dương lịch", "Bộ luật Lao động 2019, Điều 112 khoản 1 điểm a");
    private static final CalendarEntry BRIDGE_2037 = CalendarEntry.of(LocalDate.of(2037, 1, 2),
            DayKind.COMPENSATORY_DAY_OFF, "Nghỉ hoán đổi", "Thông báo kiểm thử");

    @Autowired
    ProcessEngine engine;

    @Autowired
    SlaClock clock;

    @Autowired
    CalendarAdministration calendars;

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private static CalendarEntry testDayOff(LocalDate date, boolean unconfirmed) {
        return new CalendarEntry(date, DayKind.COMPENSATORY_DAY_OFF, "Ngày nghỉ thử nghiệm", "Thông báo kiểm thử",
                unconfirmed, null);
    }

    @Test
    void a_deadline_in_a_year_without_calendar_is_provisional_and_recomputed_when_the_year_is_loaded_keeping_the_printed_appointment() {
        calendars.replace(new CalendarYear(2036, List.of(CalendarEntry.of(LocalDate.of(2036, 1, 1), DayKind.HOLIDAY,
                "Tết Dương lịch", "Bộ luật Lao động 2019, Điều 112 khoản 1 điểm a"))), "kiemthu");
        BpmnAwareTests.init(engine);
        SlaTestProcess process = SlaTestProcess.deploy(engine);
        clockAt("2036-12-22 09:00");
        List<ProcessInstance> dossiers = new ArrayList<>();
        for (int i = 0; i < 2; i++) {
            ProcessInstance dossier = process.start();
            // Monday 22/12/2036 09:00 + 10 working days; Thursday 1/1/2037 is New Year's Day even without a
            // calendar for 2037: Tuesday 06/01/2037 09:00
            assertThat(clock.start(dossier.getId(), at("2036-12-22 09:00"), TimeLimit.workingDays(10)))
                    .isEqualTo(at("2037-01-06 09:00"));
            process.complete(dossier, "Task_Receive");
            dossiers.add(dossier);
        }
        ProcessInstance printed = dossiers.get(0);
        ProcessInstance notPrinted = dossiers.get(1);
        clock.appointmentPrinted(printed.getId(), at("2036-12-22 09:05"));

        assertThat(clock.state(printed.getId()).orElseThrow().provisional()).isTrue();
        assertThat(clock.provisionalDeadlines()).contains(printed.getId(), notPrinted.getId());

        // the 2037 notice: 1/1 and the bridge day Friday 2/1 off → the tenth working day is Wednesday 07/01
        calendars.replace(new CalendarYear(2037, List.of(NEW_YEAR_2037, BRIDGE_2037)), "kiemthu");

        ClockState kept = clock.state(printed.getId()).orElseThrow();
        assertThat(kept.provisional()).isFalse();
        assertThat(kept.appointment()).as("printed on the receipt slip").isEqualTo(at("2037-01-06 09:00"));
        assertThat(kept.deadline()).isEqualTo(at("2037-01-07 09:00"));
        assertThat(process.timer(printed, "Timer_DossierOverdue").getDuedate()).isEqualTo(Date.from(at("2037-01-07 09:00")));
        BpmnAwareTests.assertThat(printed).variables()
                .containsEntry(SlaVariables.DEADLINE, Date.from(at("2037-01-07 09:00")))
                .containsEntry(SlaVariables.APPOINTMENT, Date.from(at("2037-01-06 09:00")));
        // the appraisal step (2 working days from 22/12) is not touched by January's calendar
        assertThat(process.task(printed, "Task_Appraise").getDueDate()).isEqualTo(Date.from(at("2036-12-24 09:00")));

        ClockState moved = clock.state(notPrinted.getId()).orElseThrow();
        assertThat(moved.provisional()).isFalse();
        assertThat(moved.appointment()).isEqualTo(at("2037-01-07 09:00"));
        assertThat(moved.deadline()).isEqualTo(at("2037-01-07 09:00"));
        assertThat(clock.provisionalDeadlines()).doesNotContain(printed.getId(), notPrinted.getId());

        // an unconfirmed day off (Tuesday 6/1) is worked: nothing moves
        calendars.replace(new CalendarYear(2037, List.of(NEW_YEAR_2037, BRIDGE_2037,
                testDayOff(LocalDate.of(2037, 1, 6), true))), "kiemthu");
        assertThat(clock.state(notPrinted.getId()).orElseThrow().deadline()).isEqualTo(at("2037-01-07 09:00"));

        // confirmed, it is off: the deadlines move one working day, the printed appointment still stays
        calendars.replace(new CalendarYear(2037, List.of(NEW_YEAR_2037, BRIDGE_2037,
                testDayOff(LocalDate.of(2037, 1, 6), false))), "kiemthu");
        assertThat(clock.state(notPrinted.getId()).orElseThrow().appointment()).isEqualTo(at("2037-01-08 09:00"));
        assertThat(clock.state(printed.getId()).orElseThrow().deadline()).isEqualTo(at("2037-01-08 09:00"));
        assertThat(clock.state(printed.getId()).orElseThrow().appointment()).isEqualTo(at("2037-01-06 09:00"));
        assertThat(process.timer(notPrinted, "Timer_DossierOverdue").getDuedate())
                .isEqualTo(Date.from(at("2037-01-08 09:00")));
    }
}
