package vn.motcua.process.civilstatus;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

import vn.motcua.IntegrationTest;
import vn.motcua.process.OneStopSkeletonContract;
import vn.motcua.process.ProcessDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** Every path of processes/civil-status/marriage-registration.bpmn, on PostgreSQL. */
@IntegrationTest
class MarriageRegistrationProcessIT extends OneStopSkeletonContract {

    @Override
    protected String processKey() {
        return "marriage-registration";
    }

    @Override
    protected String procedureCode() {
        return "1.000894";
    }

    @Override
    protected String receivingUnit() {
        return ProcessDriver.TAN_DINH_CENTER;
    }

    @Override
    protected String handlingUnit() {
        return ProcessDriver.KINH_BAC_COMMUNE;
    }

    @Override
    protected Map<String, Object> procedureVariables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("husbandName", "Trần Quốc Huy");
        variables.put("husbandId", "079098001234");
        variables.put("husbandBirthDate", "1998-04-12");
        variables.put("wifeName", "Lê Thị Thu");
        variables.put("wifeId", "079199004321");
        variables.put("wifeBirthDate", "1999-09-02");
        variables.put("residenceCommune", "000.03.00.H99");
        return variables;
    }

    @Override
    protected Object[] appraisalApproved() {
        return new Object[] {"appraisalOutcome", "approve", "needsVerification", false,
                "registrationNumber", "12/2025", "appraisalNote", "Đủ điều kiện kết hôn"};
    }

    @Override
    protected String leaderTask() {
        return "Task_Sign";
    }

    @Test
    void a_dossier_that_needs_verification_is_verified_by_the_specialist_before_the_signature() {
        ProcessInstance dossier = receivedDossier();
        driver.complete(dossier, "Task_Appraise", "appraisalOutcome", "approve", "needsVerification", true,
                "verificationRequest", "Xác minh tình trạng hôn nhân của bên nam tại nơi cư trú trước đây",
                "registrationNumber", "13/2025", "appraisalNote", "Cần xác minh");

        BpmnAwareTests.assertThat(dossier).isWaitingAt("Task_Verify");
        assertThat(driver.candidateGroups(dossier, "Task_Verify")).containsExactly(handlingUnit() + ":specialist");
        driver.complete(dossier, "Task_Verify", "verificationResult", "eligible", "verificationNote", "Chưa từng kết hôn");

        BpmnAwareTests.assertThat(dossier).isWaitingAt("Task_Sign");
        leaderDecides(dossier, "approve");
        driver.returnResult(dossier, receivingUnit(), resultReturnForm());

        BpmnAwareTests.assertThat(dossier).isEnded().hasPassedInOrder("Task_Appraise", "Task_Verify", "Task_Sign",
                "EndEvent_Handled", "EndEvent_ResultReturned");
    }

    @Test
    void a_dossier_without_verification_goes_straight_to_the_signature() {
        ProcessInstance dossier = receivedDossier();
        driver.complete(dossier, "Task_Appraise", appraisalApproved());

        BpmnAwareTests.assertThat(dossier).isWaitingAt("Task_Sign").hasNotPassed("Task_Verify");
    }

    @Test
    void when_verification_shows_the_couple_is_not_eligible_the_leader_refuses_in_writing() {
        ProcessInstance dossier = receivedDossier();
        driver.complete(dossier, "Task_Appraise", "appraisalOutcome", "refuse", "needsVerification", true,
                "verificationRequest", "Xác minh tình trạng hôn nhân của bên nữ", "appraisalNote", "Nghi vấn đang có vợ/chồng");
        driver.complete(dossier, "Task_Verify", "verificationResult", "ineligible", "verificationNote", "Đang có chồng");
        leaderDecides(dossier, "refuse");

        BpmnAwareTests.assertThat(dossier).hasPassed("EndEvent_HandlingRefused").isWaitingAt("CallActivity_ResultReturn");
    }

    @Test
    void the_leader_refuses_and_the_written_refusal_is_returned_as_the_result() {
        assertLeaderRefusalIsReturnedAsTheResult();
    }

    @Test
    void same_day_without_verification_and_at_most_five_working_days_with_it() {
        int sameDay = driver.allottedHours(processKey(), "Task_CheckOnline", "Task_Appraise", "Task_Sign");
        assertThat(sameDay).isLessThanOrEqualTo(8);
        assertThat(sameDay + driver.allottedHours(processKey(), "Task_Verify")).isLessThanOrEqualTo(5 * 8);
        assertThat(driver.latestProperty(processKey(), "Task_Verify", "slaDays")).isNotNull();
    }
}
