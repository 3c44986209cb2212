package vn.motcua.process;

import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

import vn.motcua.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Ý kiến của bước trước": the note a step writes in {@code stepNote} reaches the next step's form as
 * {@code previousStepName}, {@code previousStepNote} and {@code previousStepOfficer}, also across the
 * supplement building block, on birth-registration.
 */
@IntegrationTest
class StepNotesProcessIT extends EngineProcessTest {

    private ProcessInstance receivedBirthRegistration() {
        Map<String, Object> variables = ProcessDriver.dossierVariables("1.001193", ProcessDriver.TAN_AN_CENTER, "received");
        variables.putAll(Map.of("relationship", "cha", "childName", "Nguyễn Minh Khôi", "childBirthDate", "2025-06-30",
                "childSex", "nam", "birthPlace", "Bệnh viện Đa khoa tỉnh", "residenceCommune", "000.01.00.H99"));
        ProcessInstance dossier = driver.start("birth-registration", variables);
        BpmnAwareTests.assertThat(dossier).isWaitingAt("Task_Appraise");
        return dossier;
    }

    private Map<String, Object> taskVariables(ProcessInstance instance, String activityId) {
        return engine.getTaskService().getVariables(driver.task(instance, activityId).getId());
    }

    @Test
    void the_leader_sees_the_specialists_note_with_the_step_and_the_officer_and_the_note_field_starts_blank() {
        ProcessInstance dossier = receivedBirthRegistration();
        String appraisal = driver.task(dossier, "Task_Appraise").getId();
        engine.getTaskService().setAssignee(appraisal, "hotich.tandinh");
        engine.getTaskService().complete(appraisal, Map.of("appraisalOutcome", "approve", "registrationNumber", "125/2025",
                "stepNote", "Giấy chứng sinh khớp tờ khai, đề nghị ký"));

        Map<String, Object> signing = taskVariables(dossier, "Task_Sign");
        assertThat(signing).containsEntry("previousStepNote", "Giấy chứng sinh khớp tờ khai, đề nghị ký")
                .containsEntry("previousStepName", "Thẩm định, ghi sổ hộ tịch")
                .doesNotContainKey("stepNote");
        assertThat(signing).as("the officer's name from the organization, not the user name")
                .containsEntry("previousStepOfficer", "Trần Văn Minh");
    }

    @Test
    void a_step_without_a_note_leaves_no_previous_note_for_the_next_step() {
        ProcessInstance dossier = receivedBirthRegistration();
        driver.complete(dossier, "Task_Appraise", "appraisalOutcome", "approve", "registrationNumber", "126/2025",
                "stepNote", "Đủ điều kiện");
        driver.complete(dossier, "Task_Sign", "leaderDecision", "rework");

        BpmnAwareTests.assertThat(dossier).isWaitingAt("Task_Appraise");
        assertThat(taskVariables(dossier, "Task_Appraise")).doesNotContainKeys("previousStepNote", "previousStepName");
    }

    @Test
    void the_note_crosses_the_supplement_building_block_in_both_directions() {
        ProcessInstance dossier = receivedBirthRegistration();
        driver.complete(dossier, "Task_Appraise", "appraisalOutcome", "supplement",
                "supplementReason", "Bổ sung giấy chứng sinh", "stepNote", "Thiếu giấy chứng sinh bản chính");

        ProcessInstance supplement = driver.called(dossier, "common-supplement");
        assertThat(taskVariables(supplement, "Task_NotifyApplicant"))
                .containsEntry("previousStepNote", "Thiếu giấy chứng sinh bản chính");
        driver.complete(supplement, "Task_NotifyApplicant", "notifyMethod", "phone",
                "stepNote", "Đã gọi điện cho công dân");
        driver.complete(supplement, "Task_RecordSupplement", "supplementNote", "Đã nộp",
                "stepNote", "Công dân đã nộp bản chính giấy chứng sinh");

        BpmnAwareTests.assertThat(dossier).isWaitingAt("Task_Appraise");
        assertThat(taskVariables(dossier, "Task_Appraise"))
                .containsEntry("previousStepNote", "Công dân đã nộp bản chính giấy chứng sinh")
                .containsEntry("previousStepName", "Tiếp nhận hồ sơ bổ sung");
    }
}
