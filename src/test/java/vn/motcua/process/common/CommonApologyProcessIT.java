package vn.motcua.process.common;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

import vn.motcua.IntegrationTest;
import vn.motcua.process.EngineProcessTest;
import vn.motcua.process.ProcessDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** processes/common/common-apology.bpmn on its own: the late unit's leader apologizes (form 4). */
@IntegrationTest
class CommonApologyProcessIT extends EngineProcessTest {

    @Test
    void the_leader_of_the_handling_unit_gives_the_reason_and_a_new_appointment() {
        var variables = ProcessDriver.dossierVariables("2.001417", ProcessDriver.TAN_AN_CENTER, "received");
        variables.put("handlingUnit", ProcessDriver.JUSTICE_DEPARTMENT);
        ProcessInstance apology = driver.start("common-apology", variables);

        BpmnAwareTests.assertThat(apology).isWaitingAt("Task_Apologize");
        assertThat(driver.candidateGroups(apology, "Task_Apologize"))
                .containsExactly(ProcessDriver.JUSTICE_DEPARTMENT + ":leader");
        assertThat(driver.task(apology, "Task_Apologize").getCamundaFormRef().getKey()).isEqualTo("common-apology");
        driver.complete(apology, "Task_Apologize", "apologyReason", "Chờ kết quả xác minh của cơ quan Công an",
                "newAppointmentAt", "2026-12-10T08:00Z");

        BpmnAwareTests.assertThat(apology).isEnded().hasPassed("EndEvent_Apologized");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(apology.getId())
                .variableName("newAppointmentAt").singleResult().getValue()).isEqualTo("2026-12-10T08:00Z");
        assertThat(driver.statusTrail(apology)).isEmpty();
    }
}
