package vn.motcua.process.common;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

import vn.motcua.IntegrationTest;
import vn.motcua.process.EngineProcessTest;
import vn.motcua.process.ProcessDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** processes/common/common-supplement.bpmn on its own: notify the applicant, record the supplement. */
@IntegrationTest
class CommonSupplementProcessIT extends EngineProcessTest {

    @Test
    void the_receiving_counter_notifies_the_applicant_then_records_the_supplement() {
        var variables = ProcessDriver.dossierVariables("1.001193", ProcessDriver.TAN_AN_CENTER, "received");
        variables.put("handlingUnit", ProcessDriver.TAN_DINH_COMMUNE);
        variables.put("supplementReason", "Bổ sung giấy chứng sinh");
        ProcessInstance supplement = driver.start("common-supplement", variables);

        BpmnAwareTests.assertThat(supplement).isWaitingAt("Task_NotifyApplicant");
        assertThat(driver.candidateGroups(supplement, "Task_NotifyApplicant"))
                .containsExactly(ProcessDriver.TAN_AN_CENTER + ":reception");
        assertThat(driver.task(supplement, "Task_NotifyApplicant").getCamundaFormRef().getKey())
                .isEqualTo("common-supplement-notify");
        driver.complete(supplement, "Task_NotifyApplicant", "notifyMethod", "post", "notifyNote", "Gửi văn bản");

        BpmnAwareTests.assertThat(supplement).isWaitingAt("Task_RecordSupplement");
        assertThat(driver.task(supplement, "Task_RecordSupplement").getCamundaFormRef().getKey())
                .isEqualTo("common-supplement-record");
        driver.complete(supplement, "Task_RecordSupplement", "supplementNote", "Đã nộp giấy chứng sinh");

        BpmnAwareTests.assertThat(supplement).isEnded().hasPassedInOrder(
                "StartEvent_SupplementRequested", "Task_NotifyApplicant", "Task_RecordSupplement", "EndEvent_Supplemented");
        assertThat(driver.statusTrail(supplement)).containsExactly(5);
    }

    @Test
    void the_notification_step_has_an_allotment_and_waiting_for_the_applicant_has_none() {
        assertThat(driver.latestProperty("common-supplement", "Task_NotifyApplicant", "slaHours")).isEqualTo("4");
        assertThat(driver.latestProperty("common-supplement", "Task_RecordSupplement", "slaHours")).isNull();
        assertThat(driver.latestProperty("common-supplement", "Task_RecordSupplement", "slaDays")).isNull();
    }
}
