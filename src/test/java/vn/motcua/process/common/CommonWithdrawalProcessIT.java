package vn.motcua.process.common;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

import vn.motcua.IntegrationTest;
import vn.motcua.process.EngineProcessTest;
import vn.motcua.process.ProcessDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** processes/common/common-withdrawal.bpmn on its own: withdrawal requested (7), stopped (8). */
@IntegrationTest
class CommonWithdrawalProcessIT extends EngineProcessTest {

    @Test
    void the_receiving_counter_confirms_the_stop_of_a_withdrawn_dossier() {
        var variables = ProcessDriver.dossierVariables("1.001193", ProcessDriver.KINH_BAC_CENTER, "received");
        variables.put("withdrawalReason", "Công dân không còn nhu cầu");
        ProcessInstance withdrawal = driver.start("common-withdrawal", variables);

        BpmnAwareTests.assertThat(withdrawal).isWaitingAt("Task_ConfirmStop");
        assertThat(driver.candidateGroups(withdrawal, "Task_ConfirmStop"))
                .containsExactly(ProcessDriver.KINH_BAC_CENTER + ":reception");
        assertThat(driver.task(withdrawal, "Task_ConfirmStop").getCamundaFormRef().getKey())
                .isEqualTo("common-withdrawal-confirm");
        driver.complete(withdrawal, "Task_ConfirmStop", "originalsReturned", true, "stopNote", "Đã trả bản chính");

        BpmnAwareTests.assertThat(withdrawal).isEnded().hasPassed("EndEvent_Stopped");
        assertThat(driver.statusTrail(withdrawal)).containsExactly(7, 8);
    }
}
