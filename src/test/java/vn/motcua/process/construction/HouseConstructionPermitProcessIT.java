package vn.motcua.process.construction;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.IntegrationTest;
import vn.motcua.process.OneStopSkeletonContract;
import vn.motcua.process.ProcessDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every path of processes/construction/house-construction-permit.bpmn, on PostgreSQL: a commune-level procedure
 * since 1 July 2025, handled by the People's Committee of the commune whose center received it, after the permit
 * fee of the province's table is paid.
 */
@IntegrationTest
class HouseConstructionPermitProcessIT extends OneStopSkeletonContract {

    @Override
    protected String processKey() {
        return "house-construction-permit";
    }

    @Override
    protected String procedureCode() {
        return "1.009994";
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
        variables.put("constructionAddress", "Số 5 đường Hai Bà Trưng, phường Tân Định");
        variables.put("landParcel", "Thửa đất số 112, tờ bản đồ số 7");
        variables.put("landCertificateNumber", "DH 123456");
        variables.put("floorCount", 4);
        variables.put("totalFloorArea", 320.5);
        return variables;
    }

    @Override
    protected Object[] appraisalApproved() {
        return new Object[] {"appraisalOutcome", "approve", "siteVisitDate", "2025-11-27",
                "siteVisitNote", "Hiện trạng phù hợp bản vẽ", "appraisalNote", "Đề xuất cấp phép"};
    }

    @Override
    protected String leaderTask() {
        return "Task_Approve";
    }

    /** The permit fee is paid in cash at the receiving counter before the commune handles the dossier. */
    @Override
    protected void passStepsBeforeHandling(ProcessInstance dossier) {
        driver.payFeeAtCounter(dossier, receivingUnit());
    }

    @Override
    protected List<Integer> statusesBeforeHandling() {
        return List.of(2, 6, 4);
    }

    @Test
    void the_dossier_waits_for_the_permit_fee_of_the_province_table_before_the_commune_sees_it() {
        ProcessInstance dossier = submit("received");

        BpmnAwareTests.assertThat(dossier).isWaitingAt("CallActivity_FeePayment");
        assertThat(driver.variable(dossier, "feeAmount")).isEqualTo(75_000L);
        assertThat(driver.openTasks(dossier)).isEmpty();
    }

    @Test
    void an_exempt_applicant_goes_to_handling_without_waiting_for_a_fee() {
        ProcessInstance dossier = submit("received", Map.of("exempt", true));

        assertThat(driver.variable(dossier, "feeAmount")).isEqualTo(0L);
        BpmnAwareTests.assertThat(dossier).isWaitingAt("Task_Appraise");
        assertThat(driver.statusTrail(dossier)).containsExactly(2, 4);
    }

    @ParameterizedTest(name = "received at {0} → {1}")
    @CsvSource({
            "000.01.01.H99, 000.01.00.H99",
            "000.02.01.H99, 000.02.00.H99",
            "000.03.01.H99, 000.03.00.H99"})
    void the_commune_whose_center_received_the_dossier_issues_the_permit(String center, String commune) {
        ProcessInstance dossier = submit("received", Map.of("receivingUnit", center));
        driver.payFeeAtCounter(dossier, center);

        assertThat(driver.candidateGroups(dossier, "Task_Appraise")).containsExactly(commune + ":specialist");
        driver.complete(dossier, "Task_Appraise", appraisalApproved());
        assertThat(driver.candidateGroups(dossier, "Task_Approve")).containsExactly(commune + ":leader");
    }

    @Test
    void the_leader_refuses_the_permit_and_the_written_refusal_is_returned_as_the_result() {
        assertLeaderRefusalIsReturnedAsTheResult();
    }

    @Test
    void the_steps_fit_in_fifteen_working_days() {
        assertThat(driver.latestProperty(processKey(), "Task_Appraise", "slaDays")).isEqualTo("10");
        assertThat(driver.allottedHours(processKey(), "Task_Appraise", "Task_Approve")).isLessThanOrEqualTo(15 * 8);
    }
}
