package vn.motcua.sla.engine;

import java.time.LocalDateTime;
import java.util.Date;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.IntegrationTest;
import vn.motcua.sla.OfficialWorkingTime;
import vn.motcua.sla.SlaClock;
import vn.motcua.sla.SlaTestProcess;
import vn.motcua.sla.TimeLimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.sla.OfficialWorkingTime.at;
import static vn.motcua.sla.SlaTestProcess.clockAt;

/** Working time inside Camunda: task due dates from slaDays/slaHours/slaSameDay and the working: notation. */
@IntegrationTest
class WorkingTimeInProcessIT {

    @Autowired
    ProcessEngine engine;

    @Autowired
    SlaClock clock;

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

    @Test
    void a_two_working_day_step_created_the_friday_before_tet_is_due_the_tuesday_after_tet() {
        clockAt("2026-02-13 10:00");
        ProcessInstance dossier = process.start();
        clock.start(dossier.getId(), at("2026-02-13 10:00"), TimeLimit.workingDays(2));
        // camunda:dueDate="working:PT4H": 10:00–11:30 and 13:30–16:00
        assertThat(local(process.task(dossier, "Task_Receive").getDueDate())).isEqualTo("2026-02-13T16:00");

        process.complete(dossier, "Task_Receive");

        BpmnAwareTests.assertThat(dossier).isWaitingAt("Task_Appraise");
        // slaDays=2: Friday 5.5 h, Tết from Saturday 14/02 to Sunday 22/02, Monday 8 h, Tuesday 2.5 h
        assertThat(local(process.task(dossier, "Task_Appraise").getDueDate())).isEqualTo("2026-02-24T10:00");
        // timeDuration working:P1D
        assertThat(local(process.timer(dossier, "Timer_StepReminder").getDuedate())).isEqualTo("2026-02-23T10:00");
        // timeDate ${slaDeadline}: the dossier's appointment, 2 working days
        assertThat(local(process.timer(dossier, "Timer_DossierOverdue").getDuedate())).isEqualTo("2026-02-24T10:00");
    }

    @Test
    void a_four_working_hour_step_and_a_same_day_step_created_after_the_cut_off_get_their_due_dates() {
        clockAt("2026-02-23 08:00");
        ProcessInstance dossier = process.start();
        clock.start(dossier.getId(), at("2026-02-23 08:00"), TimeLimit.workingDays(2));
        process.complete(dossier, "Task_Receive");

        clockAt("2026-02-24 09:00");
        process.complete(dossier, "Task_Appraise");
        // slaHours=4: 09:00–11:30 and 13:30–15:00
        assertThat(local(process.task(dossier, "Task_Sign").getDueDate())).isEqualTo("2026-02-24T15:00");

        clockAt("2026-02-24 15:30");
        process.complete(dossier, "Task_Sign");
        // slaSameDay=true, created after 15:00: the end of the next working day
        assertThat(local(process.task(dossier, "Task_Return").getDueDate())).isEqualTo("2026-02-25T17:30");
    }

    @Test
    void a_task_without_sla_properties_keeps_no_due_date() {
        clockAt("2026-02-23 08:00");
        ProcessInstance dossier = process.start();
        clock.start(dossier.getId(), at("2026-02-23 08:00"), TimeLimit.workingDays(2));
        process.complete(dossier, "Task_Receive");

        clockAt("2026-02-24 09:00");
        assertThat(process.runDueJobs(dossier)).isEqualTo(1);

        assertThat(process.task(dossier, "Task_Remind").getDueDate()).isNull();
    }

    @Test
    void a_malformed_step_allotment_is_refused_at_deployment_with_the_element_id() {
        assertThatThrownBy(() -> deploy(userTask("<camunda:property name=\"slaDays\" value=\"hai\"/>", "")))
                .isInstanceOf(ParseException.class)
                .hasMessageContaining("slaDays phải là một số dương").hasMessageContaining("Task_Bad");
        assertThatThrownBy(() -> deploy(userTask("<camunda:property name=\"slaDays\" value=\"2\"/>",
                " camunda:dueDate=\"P2D\"")))
                .isInstanceOf(ParseException.class).hasMessageContaining("có cả camunda:dueDate");
        assertThatThrownBy(() -> deploy(userTask("", " camunda:dueDate=\"working:P1M\"")))
                .isInstanceOf(ParseException.class).hasMessageContaining("không dùng năm, tháng, tuần");
    }

    @Test
    void a_working_time_cycle_and_an_sla_mark_on_a_non_timer_event_are_refused_at_deployment() {
        assertThatThrownBy(() -> deploy(process("""
                <bpmn:startEvent id="Start_Cycle">
                  <bpmn:timerEventDefinition><bpmn:timeCycle>working:R3/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition>
                </bpmn:startEvent>""")))
                .isInstanceOf(ParseException.class).hasMessageContaining("timeCycle");
        assertThatThrownBy(() -> deploy(process("""
                <bpmn:startEvent id="Start"/>
                <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Wait"/>
                <bpmn:intermediateCatchEvent id="Wait">
                  <bpmn:extensionElements><camunda:properties>
                    <camunda:property name="slaTimer" value="true"/>
                  </camunda:properties></bpmn:extensionElements>
                  <bpmn:messageEventDefinition messageRef="Message_X"/>
                </bpmn:intermediateCatchEvent>""").replace("</bpmn:definitions>",
                "<bpmn:message id=\"Message_X\" name=\"x\"/></bpmn:definitions>")))
                .isInstanceOf(ParseException.class).hasMessageContaining("không phải sự kiện hẹn giờ");
    }

    private void deploy(String bpmn) {
        engine.getRepositoryService().createDeployment().name("sla-invalid")
                .addString("invalid.bpmn", bpmn).deploy();
    }

    private static String userTask(String properties, String attributes) {
        return process("""
                <bpmn:startEvent id="Start"/>
                <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Task_Bad"/>
                <bpmn:userTask id="Task_Bad"%s>
                  <bpmn:extensionElements><camunda:properties>%s</camunda:properties></bpmn:extensionElements>
                </bpmn:userTask>""".formatted(attributes, properties));
    }

    private static String process(String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
                  <bpmn:process id="sla-invalid" isExecutable="true" camunda:historyTimeToLive="1">
                %s
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(body);
    }
}
