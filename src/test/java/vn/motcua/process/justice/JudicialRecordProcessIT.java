package vn.motcua.process.justice;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.motcua.IntegrationTest;
import vn.motcua.process.OneStopSkeletonContract;
import vn.motcua.process.ProcessDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every path of processes/justice/judicial-record.bpmn, on PostgreSQL: received at a commune center, the fee
 * paid at its counter, handled by the Department of Justice, returned where it was received (inter-unit).
 */
@IntegrationTest
class JudicialRecordProcessIT extends OneStopSkeletonContract {

    @Override
    protected String processKey() {
        return "judicial-record";
    }

    @Override
    protected String procedureCode() {
        return "2.001417";
    }

    @Override
    protected String receivingUnit() {
        return ProcessDriver.KINH_BAC_CENTER;
    }

    @Override
    protected String handlingUnit() {
        return ProcessDriver.JUSTICE_DEPARTMENT;
    }

    @Override
    protected Map<String, Object> procedureVariables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("applicantType", "citizen");
        variables.put("applicantBirthDate", "1990-05-17");
        variables.put("requestType", "form-1");
        variables.put("purpose", "Bổ sung hồ sơ xin việc");
        variables.put("copiesRequested", 1);
        return variables;
    }

    @Override
    protected Object[] appraisalApproved() {
        return new Object[] {"appraisalOutcome", "approve", "recordFinding", "no-record",
                "findingSources", "Cơ sở dữ liệu lý lịch tư pháp", "appraisalNote", "Đề xuất cấp Phiếu"};
    }

    @Override
    protected String leaderTask() {
        return "Task_Approve";
    }

    /** The catalog's fixed fee is paid in cash at the receiving counter before the department handles it. */
    @Override
    protected void passStepsBeforeHandling(ProcessInstance dossier) {
        driver.payFeeAtCounter(dossier, receivingUnit());
    }

    @Override
    protected List<Integer> statusesBeforeHandling() {
        return List.of(2, 6, 4);
    }

    @Test
    void the_dossier_waits_for_the_catalog_fee_of_200000_dong_before_the_department_sees_it() {
        ProcessInstance dossier = submit("received");

        BpmnAwareTests.assertThat(dossier).isWaitingAt("CallActivity_FeePayment");
        assertThat(driver.variable(dossier, "feeAmount")).isEqualTo(200_000L);
        assertThat(driver.openTasks(driver.called(dossier, "common-fee-payment"))).containsExactly("Task_CollectAtCounter");
        assertThat(driver.openTasks(dossier)).isEmpty();
    }

    @ParameterizedTest(name = "received at {0}")
    @ValueSource(strings = {"000.01.01.H99", "000.02.01.H99", "000.03.01.H99", "000.00.01.H99"})
    void any_center_receives_the_department_of_justice_handles_and_the_result_returns_where_it_was_received(String center) {
        ProcessInstance dossier = submit("received", Map.of("receivingUnit", center));
        driver.payFeeAtCounter(dossier, center);

        assertThat(driver.candidateGroups(dossier, "Task_Appraise")).containsExactly(handlingUnit() + ":specialist");
        approveThroughHandling(dossier);
        driver.returnResult(dossier, center, resultReturnForm());
        BpmnAwareTests.assertThat(dossier).isEnded();
    }

    @Test
    void a_foreigner_who_resided_in_viet_nam_is_handled_by_the_department_of_justice_too() {
        Map<String, Object> foreigner = new HashMap<>();
        foreigner.put("applicantType", "foreigner");
        foreigner.put("applicantId", null);
        foreigner.put("passportNumber", "C1234567");
        ProcessInstance dossier = submit("received", foreigner);
        passStepsBeforeHandling(dossier);

        assertThat(driver.candidateGroups(dossier, "Task_Appraise")).containsExactly(handlingUnit() + ":specialist");
    }

    @Test
    void the_leader_refuses_and_the_written_refusal_is_returned_as_the_result() {
        assertLeaderRefusalIsReturnedAsTheResult();
    }

    @Test
    void the_steps_fit_in_ten_working_days() {
        assertThat(driver.latestProperty(processKey(), "Task_Appraise", "slaDays")).isEqualTo("7");
        assertThat(driver.latestProperty(processKey(), "Task_Approve", "slaDays")).isEqualTo("2");
        assertThat(driver.allottedHours(processKey(), "Task_Appraise", "Task_Approve")).isLessThanOrEqualTo(10 * 8);
    }
}
