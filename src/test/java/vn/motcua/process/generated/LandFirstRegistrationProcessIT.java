package vn.motcua.process.generated;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

import vn.motcua.IntegrationTest;
import vn.motcua.process.EngineProcessTest;
import vn.motcua.process.ProcessDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * processes/generated/land-first-registration.bpmn end to end (generated from a step table): the land
 * registration office (fixed unit) appraises, the commune where the land lies confirms its status (re-routed
 * step), the office prepares and its leader signs, with a rework; the result returns at the receiving center.
 */
@IntegrationTest
class LandFirstRegistrationProcessIT extends EngineProcessTest {

    private static final String LAND_OFFICE = "000.00.11.H99";

    private ProcessInstance submit() {
        Map<String, Object> variables = ProcessDriver.dossierVariables("1.013978", ProcessDriver.KINH_BAC_CENTER, "received");
        variables.put("residenceCommune", "000.02.00.H99");
        variables.put("landParcel", "Thửa 125, tờ bản đồ 7");
        ProcessInstance dossier = driver.start("land-first-registration", variables);
        // the catalog's fixed fee, collected at the receiving counter before handling
        assertThat(driver.variable(dossier, "feeAmount")).isEqualTo(100_000L);
        driver.payFeeAtCounter(dossier, ProcessDriver.KINH_BAC_CENTER);
        return dossier;
    }

    @Test
    void a_dossier_passes_the_land_office_and_the_commune_and_is_returned_where_it_was_received() {
        ProcessInstance dossier = submit();

        assertThat(driver.candidateGroups(dossier, "Task_Appraise")).containsExactly(LAND_OFFICE + ":specialist");
        driver.complete(dossier, "Task_Appraise", "appraisalOutcome", "approve", "appraisalNote", "Hồ sơ hợp lệ");
        assertThat(driver.candidateGroups(dossier, "Task_ConfirmSiteStatus"))
                .containsExactly(ProcessDriver.TAN_AN_COMMUNE + ":specialist");
        driver.complete(dossier, "Task_ConfirmSiteStatus", "appraisalNote", "Đất sử dụng ổn định, không tranh chấp");
        assertThat(driver.candidateGroups(dossier, "Task_PrepareCertificate")).containsExactly(LAND_OFFICE + ":specialist");
        driver.complete(dossier, "Task_PrepareCertificate", "appraisalNote", "Đã in Giấy chứng nhận");
        assertThat(driver.candidateGroups(dossier, "Task_Sign")).containsExactly(LAND_OFFICE + ":leader");
        driver.complete(dossier, "Task_Sign", "leaderDecision", "rework", "leaderNote", "Sửa diện tích");

        BpmnAwareTests.assertThat(dossier).isWaitingAt("Task_PrepareCertificate");
        driver.complete(dossier, "Task_PrepareCertificate", "appraisalNote", "Đã sửa");
        driver.complete(dossier, "Task_Sign", "leaderDecision", "approve");
        driver.returnResult(dossier, ProcessDriver.KINH_BAC_CENTER, "common-result-return");

        BpmnAwareTests.assertThat(dossier).isEnded().hasPassedInOrder("Event_Received", "Task_DetermineHandlingUnit",
                "Task_Appraise", "Task_RouteConfirmSiteStatus", "Task_ConfirmSiteStatus", "Task_RoutePrepareCertificate",
                "Task_PrepareCertificate", "Task_Sign", "EndEvent_Handled", "CallActivity_ResultReturn",
                "EndEvent_ResultReturned");
        assertThat(driver.statusTrail(dossier)).isEqualTo(List.of(2, 6, 4, 9, 10));
        assertThat(driver.allottedHours("land-first-registration", "Task_Appraise", "Task_ConfirmSiteStatus",
                "Task_PrepareCertificate", "Task_Sign")).isLessThanOrEqualTo(17 * 8);
    }

    @Test
    void the_office_asks_for_a_supplement_through_the_counter_and_may_refuse() {
        ProcessInstance dossier = submit();
        driver.complete(dossier, "Task_Appraise", "appraisalOutcome", "supplement",
                "supplementReason", "Bổ sung sơ đồ thửa đất", "appraisalNote", "Thiếu sơ đồ");
        BpmnAwareTests.assertThat(dossier).isWaitingAt("CallActivity_Supplement");
        driver.supplementThroughTheCounter(dossier, ProcessDriver.KINH_BAC_CENTER, "Bổ sung sơ đồ thửa đất");

        driver.complete(dossier, "Task_Appraise", "appraisalOutcome", "refuse", "appraisalNote", "Đất không đủ điều kiện");
        BpmnAwareTests.assertThat(dossier).hasPassed("EndEvent_HandlingRefused").isWaitingAt("CallActivity_ResultReturn");
        driver.returnResult(dossier, ProcessDriver.KINH_BAC_CENTER, "common-result-return");
        assertThat(driver.statusTrail(dossier)).isEqualTo(List.of(2, 6, 4, 5, 4, 9, 10));
    }
}
