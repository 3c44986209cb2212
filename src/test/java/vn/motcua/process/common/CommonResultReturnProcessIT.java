package vn.motcua.process.common;

import java.util.Map;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

import vn.motcua.IntegrationTest;
import vn.motcua.process.EngineProcessTest;
import vn.motcua.process.ProcessDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** processes/common/common-result-return.bpmn on its own: result ready (9), returned (10). */
@IntegrationTest
class CommonResultReturnProcessIT extends EngineProcessTest {

    @Test
    void the_receiving_counter_returns_the_result_with_the_common_form() {
        var variables = ProcessDriver.dossierVariables("1.009994", ProcessDriver.PROVINCE_CENTER, "received");
        variables.put("leaderDecision", "approve");
        ProcessInstance resultReturn = driver.start("common-result-return", variables);

        BpmnAwareTests.assertThat(resultReturn).isWaitingAt("Task_ReturnResult");
        assertThat(driver.candidateGroups(resultReturn, "Task_ReturnResult"))
                .containsExactly(ProcessDriver.PROVINCE_CENTER + ":reception");
        assertThat(driver.task(resultReturn, "Task_ReturnResult").getCamundaFormRef().getKey())
                .isEqualTo("common-result-return");
        driver.complete(resultReturn, "Task_ReturnResult", "returnMethod", "post", "postalTrackingNumber", "EL123456789VN");

        BpmnAwareTests.assertThat(resultReturn).isEnded().hasPassedInOrder(
                "StartEvent_ResultReady", "Task_ReturnResult", "EndEvent_ResultReturned");
        assertThat(driver.statusTrail(resultReturn)).containsExactly(9, 10);
    }

    @Test
    void a_procedure_may_hand_in_its_own_return_form() {
        var variables = ProcessDriver.dossierVariables("1.001193", ProcessDriver.TAN_AN_CENTER, "received");
        variables.put("resultReturnForm", "birth-registration-return");
        ProcessInstance resultReturn = driver.start("common-result-return", variables);

        assertThat(driver.task(resultReturn, "Task_ReturnResult").getCamundaFormRef().getKey())
                .isEqualTo("birth-registration-return");
    }

    /**
     * Found by the province-day load driver: a counter's task list (GET /engine-rest/task, which resolves
     * each task's form) read a result-return task while a colleague returned that result, and answered
     * 500 because the form expression reached for the ended execution. The form now comes from the
     * task's own variable (copied when the task is created).
     */
    @Test
    void the_form_of_a_listed_task_resolves_although_a_colleague_just_returned_the_result() {
        var variables = ProcessDriver.dossierVariables("1.001193", ProcessDriver.TAN_AN_CENTER, "received");
        variables.put("resultReturnForm", "birth-registration-return");
        ProcessInstance resultReturn = driver.start("common-result-return", variables);
        String taskId = driver.task(resultReturn, "Task_ReturnResult").getId();
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();

        String form = configuration.getCommandExecutorTxRequired().execute(listing -> {
            TaskEntity listed = listing.getTaskManager().findTaskById(taskId);
            configuration.getCommandExecutorTxRequiresNew().execute(colleague -> {
                engine.getTaskService().complete(taskId, Map.of("returnMethod", "counter"));
                return null;
            });
            listed.initializeFormKey();
            return listed.getCamundaFormRef().getKey();
        });

        // the task is gone with its variables: the list shows it with the common form instead of failing
        assertThat(form).isEqualTo("common-result-return");
        BpmnAwareTests.assertThat(resultReturn).isEnded();
    }
}
