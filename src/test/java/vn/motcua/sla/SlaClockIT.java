package vn.motcua.sla;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.Date;
import java.util.NoSuchElementException;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.IntegrationTest;
import vn.motcua.platform.web.ConflictException;
import vn.motcua.platform.web.InvalidRequestException;
import vn.motcua.sla.ClockState.State;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.sla.OfficialWorkingTime.at;
import static vn.motcua.sla.SlaTestProcess.clockAt;

/**
 * The SLA clock of a dossier on a real process: a dossier received Monday 02/03/2026 09:00 with a
 * limit of 2 working days is due Wednesday 04/03 09:00; its overdue boundary timer is an SLA timer.
 */
@IntegrationTest
class SlaClockIT {

    @Autowired
    ProcessEngine engine;

    @Autowired
    SlaClock clock;

    @Autowired
    ProcessDeadlines processDeadlines;

    SlaTestProcess process;

    @BeforeEach
    void deploy() {
        BpmnAwareTests.init(engine);
        process = SlaTestProcess.deploy(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    private static LocalDateTime local(Date date) {
        return OfficialWorkingTime.local(date.toInstant());
    }

    /** Reception Monday 02/03/2026 09:00, 2 working days, the dossier waiting at Task_Appraise. */
    private ProcessInstance receivedMonday() {
        clockAt("2026-03-02 09:00");
        ProcessInstance dossier = process.start();
        assertThat(OfficialWorkingTime.local(clock.start(dossier.getId(), at("2026-03-02 09:00"),
                TimeLimit.workingDays(2)))).isEqualTo("2026-03-04T09:00");
        process.complete(dossier, "Task_Receive");
        return dossier;
    }

    @Test
    void a_paused_dossier_never_fires_its_overdue_timer_during_the_pause_and_fires_it_at_the_resumed_deadline() {
        ProcessInstance dossier = receivedMonday();
        assertThat(local(process.timer(dossier, "Timer_DossierOverdue").getDuedate())).isEqualTo("2026-03-04T09:00");
        assertThat(local(process.task(dossier, "Task_Appraise").getDueDate())).isEqualTo("2026-03-04T09:00");

        // Tuesday 08:00 the applicant is asked for a supplement: 9 working hours remain
        clockAt("2026-03-03 08:00");
        clock.pause(dossier.getId(), at("2026-03-03 08:00"));
        assertThat(process.task(dossier, "Task_Appraise").getDueDate()).isNull();
        assertThat(process.timer(dossier, "Timer_DossierOverdue").getDuedate()).isAfter(at("9000-01-01 00:00"));
        assertThat(clock.state(dossier.getId()).orElseThrow().state()).isEqualTo(State.PAUSED);

        // Thursday, past the original deadline: only the plain reminder (not an SLA timer) fires
        clockAt("2026-03-05 10:00");
        assertThat(process.runDueJobs(dossier)).isEqualTo(1);
        BpmnAwareTests.assertThat(dossier).isWaitingAt("Task_Appraise", "Task_Remind").hasNotPassed("Timer_DossierOverdue");

        // Monday 09/03 09:00 the supplement arrives: 9 working hours from then is Tuesday 10/03 10:00
        clockAt("2026-03-09 09:00");
        assertThat(OfficialWorkingTime.local(clock.resume(dossier.getId(), at("2026-03-09 09:00"))))
                .isEqualTo("2026-03-10T10:00");
        assertThat(local(process.timer(dossier, "Timer_DossierOverdue").getDuedate())).isEqualTo("2026-03-10T10:00");
        assertThat(local(process.task(dossier, "Task_Appraise").getDueDate())).isEqualTo("2026-03-10T10:00");
        BpmnAwareTests.assertThat(dossier).variables()
                .containsEntry(SlaVariables.DEADLINE, Date.from(at("2026-03-10 10:00")))
                .containsEntry(SlaVariables.APPOINTMENT, Date.from(at("2026-03-04 09:00")));

        clockAt("2026-03-10 09:59");
        assertThat(process.runDueJobs(dossier)).isZero();
        BpmnAwareTests.assertThat(dossier).isWaitingAt("Task_Appraise");

        clockAt("2026-03-10 10:00");
        assertThat(process.runDueJobs(dossier)).isEqualTo(1);
        BpmnAwareTests.assertThat(dossier).hasPassed("Timer_DossierOverdue").isWaitingAt("Task_Apologize");
        // camunda:followUpDate="working:same-day" at 10:00: the end of that working day
        assertThat(local(process.task(dossier, "Task_Apologize").getFollowUpDate())).isEqualTo("2026-03-10T17:30");

        // ended exactly at the resumed deadline: 16 working hours used once the 33 h of waiting are subtracted
        assertThat(clock.stop(dossier.getId(), at("2026-03-10 10:00"))).isEqualTo(Timeliness.ON_TIME);
        ClockState stopped = clock.state(dossier.getId()).orElseThrow();
        assertThat(stopped.state()).isEqualTo(State.STOPPED);
        assertThat(stopped.pauses()).singleElement().satisfies(pause -> {
            assertThat(pause.pausedAt()).isEqualTo(at("2026-03-03 08:00"));
            assertThat(pause.resumedAt()).isEqualTo(at("2026-03-09 09:00"));
            assertThat(pause.remaining()).isEqualTo(Duration.ofHours(9));
        });
    }

    @Test
    void a_timer_created_during_the_pause_from_the_deadline_variable_waits_and_runs_at_the_resumed_deadline() {
        clockAt("2026-03-02 09:00");
        ProcessInstance dossier = process.start();
        clock.start(dossier.getId(), at("2026-03-02 09:00"), TimeLimit.workingDays(2));
        clockAt("2026-03-03 08:00");
        clock.pause(dossier.getId(), at("2026-03-03 08:00"));

        // the receipt step is completed while the clock is paused: the overdue timer is created then
        process.complete(dossier, "Task_Receive");
        assertThat(process.timer(dossier, "Timer_DossierOverdue").getDuedate()).isAfter(at("9000-01-01 00:00"));

        clockAt("2026-03-09 09:00");
        clock.resume(dossier.getId(), at("2026-03-09 09:00"));
        assertThat(local(process.timer(dossier, "Timer_DossierOverdue").getDuedate())).isEqualTo("2026-03-10T10:00");
    }

    @Test
    void a_dossier_is_extended_once_its_timers_follow_and_a_second_extension_is_refused() {
        ProcessInstance dossier = receivedMonday();

        clockAt("2026-03-03 09:00");
        clock.extend(dossier.getId(), at("2026-03-03 09:00"), at("2026-03-06 17:30"), "Cần xác minh thêm tại địa phương");

        assertThat(local(process.timer(dossier, "Timer_DossierOverdue").getDuedate())).isEqualTo("2026-03-06T17:30");
        // a step allotment is not a dossier deadline: the task keeps its due date
        assertThat(local(process.task(dossier, "Task_Appraise").getDueDate())).isEqualTo("2026-03-04T09:00");
        BpmnAwareTests.assertThat(dossier).variables()
                .containsEntry(SlaVariables.APPOINTMENT, Date.from(at("2026-03-06 17:30")));

        assertThatThrownBy(() -> clock.extend(dossier.getId(), at("2026-03-05 09:00"), at("2026-03-10 17:30"), "Lần hai"))
                .isInstanceOf(ConflictException.class)
                .hasMessage("Hồ sơ đã được gia hạn một lần (ngày hẹn mới 17:30 06/03/2026); không được gia hạn lần thứ hai.");

        // the apology does not make a late dossier on time: classified against the appointment on the receipt
        assertThat(clock.stop(dossier.getId(), at("2026-03-05 10:00"))).isEqualTo(Timeliness.LATE);
        assertThat(clock.state(dossier.getId()).orElseThrow().extendedAppointment()).isEqualTo(at("2026-03-06 17:30"));
    }

    @Test
    void actions_the_clock_state_does_not_allow_are_refused_with_a_clear_message() {
        ProcessInstance dossier = receivedMonday();

        assertThatThrownBy(() -> clock.start(dossier.getId(), at("2026-03-02 09:00"), TimeLimit.workingDays(2)))
                .isInstanceOf(ConflictException.class).hasMessageContaining("đã được bắt đầu");
        assertThatThrownBy(() -> clock.resume(dossier.getId(), at("2026-03-02 10:00")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("không ở trạng thái tạm dừng");
        assertThatThrownBy(() -> clock.pause(dossier.getId(), at("2026-03-01 10:00")))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("trước mốc đã ghi nhận");
        assertThatThrownBy(() -> clock.extend(dossier.getId(), at("2026-03-03 09:00"), at("2026-03-04 08:00"), "Sớm hơn"))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("phải sau thời hạn hiện tại");

        clock.pause(dossier.getId(), at("2026-03-02 10:00"));
        assertThatThrownBy(() -> clock.pause(dossier.getId(), at("2026-03-02 11:00")))
                .isInstanceOf(ConflictException.class).hasMessageContaining("đang tạm dừng");
        assertThatThrownBy(() -> clock.extend(dossier.getId(), at("2026-03-02 11:00"), at("2026-03-10 17:30"), "Chờ"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("đang tạm dừng");

        // stopped while waiting (the applicant withdrew): the pause ends with the clock, early
        assertThat(clock.stop(dossier.getId(), at("2026-03-02 15:00"))).isEqualTo(Timeliness.EARLY);
        assertThatThrownBy(() -> clock.stop(dossier.getId(), at("2026-03-02 16:00")))
                .isInstanceOf(ConflictException.class).hasMessage("Hồ sơ đã kết thúc tính thời hạn.");
        assertThatThrownBy(() -> clock.pause("khong-co", at("2026-03-02 16:00")))
                .isInstanceOf(NoSuchElementException.class);
    }

    @Test
    void a_step_is_classified_against_its_allotment_with_the_dossiers_pauses_subtracted() {
        ProcessInstance dossier = receivedMonday();
        clock.pause(dossier.getId(), at("2026-03-03 08:00"));
        clock.resume(dossier.getId(), at("2026-03-09 09:00"));

        TimeLimit allotment = processDeadlines.stepAllotment(dossier.getProcessDefinitionId(), "Task_Appraise")
                .orElseThrow();
        assertThat(allotment).isEqualTo(TimeLimit.workingDays(2));
        assertThat(clock.stepTimeliness(dossier.getId(), at("2026-03-02 09:00"), at("2026-03-10 10:00"), allotment))
                .isEqualTo(Timeliness.ON_TIME);
        assertThat(clock.stepTimeliness(dossier.getId(), at("2026-03-02 09:00"), at("2026-03-10 10:30"), allotment))
                .isEqualTo(Timeliness.LATE);
        assertThat(clock.stepTimeliness(dossier.getId(), at("2026-03-02 09:00"), at("2026-03-02 16:00"), allotment))
                .isEqualTo(Timeliness.EARLY);
    }
}
