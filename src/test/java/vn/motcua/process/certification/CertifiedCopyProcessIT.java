package vn.motcua.process.certification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

import vn.motcua.IntegrationTest;
import vn.motcua.process.OneStopSkeletonContract;
import vn.motcua.process.ProcessDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** Every path of processes/certification/certified-copy.bpmn, on PostgreSQL. */
@IntegrationTest
class CertifiedCopyProcessIT extends OneStopSkeletonContract {

    @Override
    protected String processKey() {
        return "certified-copy";
    }

    @Override
    protected String procedureCode() {
        return "2.000815";
    }

    @Override
    protected String receivingUnit() {
        return ProcessDriver.TAN_DINH_CENTER;
    }

    @Override
    protected String handlingUnit() {
        return ProcessDriver.TAN_DINH_COMMUNE;
    }

    @Override
    protected Map<String, Object> procedureVariables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("documentName", "Bằng tốt nghiệp đại học");
        variables.put("documentIssuer", "Trường Đại học Luật");
        variables.put("pageCount", 5);
        variables.put("copies", 2);
        return variables;
    }

    @Override
    protected String appraisalTask() {
        return "Task_Certify";
    }

    @Override
    protected Object[] appraisalApproved() {
        return new Object[] {"appraisalOutcome", "approve", "certificationNumber", "SCT/BS 215", "appraisalNote", "Khớp bản chính"};
    }

    @Override
    protected String leaderTask() {
        return "Task_Sign";
    }

    /** The fee is computed at reception and paid in cash at the receiving counter before handling. */
    @Override
    protected void passStepsBeforeHandling(ProcessInstance dossier) {
        driver.payFeeAtCounter(dossier, receivingUnit());
    }

    @Override
    protected List<Integer> statusesBeforeHandling() {
        return List.of(2, 6, 4);
    }

    @Test
    void the_fee_of_two_copies_of_five_pages_is_computed_before_the_counter_collects_it() {
        ProcessInstance dossier = submit("received");

        BpmnAwareTests.assertThat(dossier).isWaitingAt("CallActivity_FeePayment");
        assertThat(driver.variable(dossier, "feeAmount")).isEqualTo(14_000L);
    }

    @Test
    void an_exempt_applicant_goes_to_handling_without_waiting_for_a_fee() {
        ProcessInstance dossier = submit("received", Map.of("exempt", true));

        assertThat(driver.variable(dossier, "feeAmount")).isEqualTo(0L);
        BpmnAwareTests.assertThat(dossier).isWaitingAt("Task_Certify");
        assertThat(driver.statusTrail(dossier)).containsExactly(2, 4);
    }

    @Test
    void the_fee_of_a_long_original_is_capped_per_copy() {
        ProcessInstance dossier = submit("received", Map.of("pageCount", 250, "copies", 1));

        assertThat(driver.variable(dossier, "feeAmount")).isEqualTo(200_000L);
    }

    @Test
    void the_commune_of_the_receiving_center_certifies_the_copy() {
        ProcessInstance dossier = submit("received", Map.of("receivingUnit", ProcessDriver.KINH_BAC_CENTER));
        driver.complete(driver.called(dossier, "common-fee-payment"), "Task_CollectAtCounter");

        assertThat(driver.candidateGroups(dossier, "Task_Certify")).containsExactly(ProcessDriver.KINH_BAC_COMMUNE + ":specialist");
    }

    @Test
    void the_leader_refuses_and_the_written_refusal_is_returned_as_the_result() {
        assertLeaderRefusalIsReturnedAsTheResult();
    }

    @Test
    void a_same_day_procedure_allots_at_most_eight_working_hours_to_its_steps() {
        assertThat(driver.allottedHours(processKey(), "Task_CheckOnline", "Task_Certify", "Task_Sign"))
                .isLessThanOrEqualTo(8);
    }
}
