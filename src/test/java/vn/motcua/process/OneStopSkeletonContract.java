package vn.motcua.process;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;

import vn.motcua.printing.PrintedDates;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The paths every procedure shares through the skeleton of docs/designers-guide.md: refusal and supplement
 * at reception, online check, normal handling with result return at the receiving counter, rework by the
 * leader, supplement during handling, withdrawal and the apology timer. Each procedure's process test
 * extends it, says how its own steps are completed, and adds its own paths.
 */
public abstract class OneStopSkeletonContract extends EngineProcessTest {

    // ---- what a procedure's test says about itself

    protected abstract String processKey();

    protected abstract String procedureCode();

    protected abstract String receivingUnit();

    /** The unit the routing decision must choose for {@link #procedureVariables()}. */
    protected abstract String handlingUnit();

    /** The procedure's own fields of the receipt form. */
    protected abstract Map<String, Object> procedureVariables();

    /** The specialist's step. */
    protected String appraisalTask() {
        return "Task_Appraise";
    }

    /** Form values of the specialist's step when the dossier is fine. */
    protected abstract Object[] appraisalApproved();

    /** The leader's step. */
    protected abstract String leaderTask();

    /** The task form of the result return. */
    protected String resultReturnForm() {
        return "common-result-return";
    }

    /** Steps between receipt and handling (none in most procedures). */
    protected void passStepsBeforeHandling(ProcessInstance dossier) {
    }

    /** Statuses from reception to the start of handling. */
    protected List<Integer> statusesBeforeHandling() {
        return List.of(2, 4);
    }

    // ---- helpers for the procedure tests

    protected ProcessInstance submit(String completeness) {
        return submit(completeness, Map.of());
    }

    protected ProcessInstance submit(String completeness, Map<String, Object> overrides) {
        Map<String, Object> variables = ProcessDriver.dossierVariables(procedureCode(), receivingUnit(), completeness);
        variables.putAll(procedureVariables());
        variables.putAll(overrides);
        return driver.start(processKey(), variables);
    }

    /** A received dossier waiting at the specialist's step. */
    protected ProcessInstance receivedDossier() {
        ProcessInstance dossier = submit("received");
        passStepsBeforeHandling(dossier);
        BpmnAwareTests.assertThat(dossier).isWaitingAt(appraisalTask());
        return dossier;
    }

    protected void leaderDecides(ProcessInstance dossier, String decision) {
        driver.complete(dossier, leaderTask(), "leaderDecision", decision, "leaderNote", "Ý kiến của lãnh đạo");
    }

    protected void approveThroughHandling(ProcessInstance dossier) {
        driver.complete(dossier, appraisalTask(), appraisalApproved());
        leaderDecides(dossier, "approve");
    }

    protected static List<Integer> trail(List<Integer> head, Integer... tail) {
        List<Integer> all = new ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }

    /** The leader refuses: the written refusal is the result, returned at the receiving counter. */
    protected void assertLeaderRefusalIsReturnedAsTheResult() {
        ProcessInstance dossier = receivedDossier();
        driver.complete(dossier, appraisalTask(), appraisalApproved());
        leaderDecides(dossier, "refuse");

        BpmnAwareTests.assertThat(dossier).hasPassed("EndEvent_HandlingRefused").hasNotPassed("EndEvent_Handled")
                .isWaitingAt("CallActivity_ResultReturn");
        driver.returnResult(dossier, receivingUnit(), resultReturnForm());
        BpmnAwareTests.assertThat(dossier).isEnded().hasPassed("EndEvent_ResultReturned");
        assertThat(driver.statusTrail(dossier)).isEqualTo(trail(statusesBeforeHandling(), 9, 10));
    }

    // ---- the shared paths

    @Test
    void a_dossier_outside_the_units_scope_is_refused_at_receipt() {
        ProcessInstance dossier = submit("refused", Map.of("refusalReason", "Không thuộc thẩm quyền"));

        BpmnAwareTests.assertThat(dossier).isEnded().hasPassed("EndEvent_Refused").hasNotPassed("SubProcess_Handling");
        assertThat(driver.statusTrail(dossier)).containsExactly(3);
    }

    @Test
    void an_incomplete_dossier_is_supplemented_at_the_counter_then_checked_again_and_received() {
        ProcessInstance dossier = submit("supplement", Map.of("missingDocuments", "Bản chính giấy tờ tùy thân"));

        BpmnAwareTests.assertThat(dossier).isWaitingAt("CallActivity_SupplementAtReceipt");
        driver.supplementThroughTheCounter(dossier, receivingUnit(), "Bản chính giấy tờ tùy thân");

        BpmnAwareTests.assertThat(dossier).isWaitingAt("Task_CheckOnline");
        assertThat(driver.variable(dossier, "supplementNote")).isEqualTo("Đã nộp bổ sung đủ giấy tờ");
        assertThat(driver.candidateGroups(dossier, "Task_CheckOnline")).containsExactly(receivingUnit() + ":reception");
        driver.complete(dossier, "Task_CheckOnline", "completeness", "received");
        passStepsBeforeHandling(dossier);

        BpmnAwareTests.assertThat(dossier).isWaitingAt(appraisalTask());
        assertThat(driver.statusTrail(dossier)).isEqualTo(trail(List.of(5), statusesBeforeHandling().toArray(Integer[]::new)));
    }

    @Test
    void an_online_dossier_is_checked_by_the_receiving_counter_before_it_is_handled() {
        ProcessInstance dossier = submit(null, Map.of("channel", "online"));

        BpmnAwareTests.assertThat(dossier).isWaitingAt("Task_CheckOnline");
        assertThat(driver.candidateGroups(dossier, "Task_CheckOnline")).containsExactly(receivingUnit() + ":reception");
        assertThat(driver.task(dossier, "Task_CheckOnline").getCamundaFormRef().getKey())
                .isEqualTo(processKey() + "-start");
        driver.complete(dossier, "Task_CheckOnline", "completeness", "received");
        passStepsBeforeHandling(dossier);

        BpmnAwareTests.assertThat(dossier).isWaitingAt(appraisalTask());
        assertThat(driver.statusTrail(dossier)).isEqualTo(trail(List.of(1), statusesBeforeHandling().toArray(Integer[]::new)));
    }

    @Test
    void a_complete_dossier_is_handled_by_the_competent_unit_and_returned_where_it_was_received() {
        ProcessInstance dossier = receivedDossier();
        assertThat(driver.variable(dossier, "handlingUnit")).isEqualTo(handlingUnit());
        assertThat(driver.candidateGroups(dossier, appraisalTask())).containsExactly(handlingUnit() + ":specialist");
        driver.complete(dossier, appraisalTask(), appraisalApproved());

        BpmnAwareTests.assertThat(dossier).isWaitingAt(leaderTask());
        assertThat(driver.candidateGroups(dossier, leaderTask())).containsExactly(handlingUnit() + ":leader");
        leaderDecides(dossier, "approve");

        BpmnAwareTests.assertThat(dossier).hasPassed("EndEvent_Handled").isWaitingAt("CallActivity_ResultReturn");
        assertThat(driver.called(dossier, "common-result-return").getBusinessKey()).isEqualTo(driver.businessKeyOf(dossier));
        driver.returnResult(dossier, receivingUnit(), resultReturnForm());

        BpmnAwareTests.assertThat(dossier).isEnded().hasPassedInOrder(
                "Event_Received", "Task_DetermineHandlingUnit", appraisalTask(), leaderTask(), "EndEvent_Handled",
                "CallActivity_ResultReturn", "EndEvent_ResultReturned");
        assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery().processInstanceId(dossier.getId())
                .variableName("returnMethod").singleResult().getValue()).isEqualTo("counter");
        assertThat(driver.statusTrail(dossier)).isEqualTo(trail(statusesBeforeHandling(), 9, 10));
    }

    @Test
    void the_leader_sends_the_dossier_back_to_the_specialist_for_rework() {
        ProcessInstance dossier = receivedDossier();
        driver.complete(dossier, appraisalTask(), appraisalApproved());
        leaderDecides(dossier, "rework");

        BpmnAwareTests.assertThat(dossier).isWaitingAt(appraisalTask());
        assertThat(driver.variable(dossier, "leaderNote")).isEqualTo("Ý kiến của lãnh đạo");
        approveThroughHandling(dossier);

        BpmnAwareTests.assertThat(dossier).isWaitingAt("CallActivity_ResultReturn");
        assertThat(driver.timesPassed(dossier, appraisalTask())).isEqualTo(2);
        assertThat(driver.timesPassed(dossier, leaderTask())).isEqualTo(2);
    }

    @Test
    void the_specialist_requests_a_supplement_through_the_counter_and_handling_resumes() {
        ProcessInstance dossier = receivedDossier();
        driver.complete(dossier, appraisalTask(),
                "appraisalOutcome", "supplement", "supplementReason", "Bổ sung bản sao giấy tờ", "appraisalNote", "Thiếu giấy tờ");

        BpmnAwareTests.assertThat(dossier).isWaitingAt("CallActivity_Supplement");
        driver.supplementThroughTheCounter(dossier, receivingUnit(), "Bổ sung bản sao giấy tờ");

        BpmnAwareTests.assertThat(dossier).isWaitingAt(appraisalTask());
        assertThat(driver.apologyTimer(dossier)).as("the apology timer stays while handling goes on").isNotNull();
        approveThroughHandling(dossier);
        driver.returnResult(dossier, receivingUnit(), resultReturnForm());

        BpmnAwareTests.assertThat(dossier).isEnded();
        assertThat(driver.statusTrail(dossier)).isEqualTo(trail(statusesBeforeHandling(), 5, 4, 9, 10));
    }

    @Test
    void the_applicant_withdraws_during_handling_and_the_counter_stops_the_dossier() {
        ProcessInstance dossier = receivedDossier();

        driver.requestWithdrawal(dossier, "Công dân không còn nhu cầu");

        assertThat(driver.openTasks(dossier)).isEmpty();
        ProcessInstance withdrawal = driver.called(dossier, "common-withdrawal");
        assertThat(withdrawal.getBusinessKey()).isEqualTo(driver.businessKeyOf(dossier));
        assertThat(driver.candidateGroups(withdrawal, "Task_ConfirmStop")).containsExactly(receivingUnit() + ":reception");
        assertThat(driver.variable(withdrawal, "withdrawalReason")).isEqualTo("Công dân không còn nhu cầu");
        driver.complete(withdrawal, "Task_ConfirmStop", "stopNote", "Đã trả lại bản chính");

        BpmnAwareTests.assertThat(dossier).isEnded().hasPassed("EndEvent_Withdrawn")
                .hasNotPassed("EndEvent_Handled", "CallActivity_ResultReturn");
        assertThat(driver.apologyTimer(dossier)).isNull();
        assertThat(driver.statusTrail(dossier)).isEqualTo(trail(statusesBeforeHandling(), 7, 8));
    }

    @Test
    void the_apology_timer_fires_once_and_the_leader_of_the_handling_unit_sets_a_new_appointment() {
        ProcessInstance dossier = submit("received", Map.of());
        passStepsBeforeHandling(dossier);
        // the platform set the apology moment at reception, before the appointment
        Instant apologyAt = Instant.parse((String) driver.variable(dossier, "apologyAt"));
        assertThat(driver.apologyTimer(dossier).getDuedate().toInstant()).isEqualTo(apologyAt);
        assertThat(apologyAt).isBefore(Instant.parse((String) driver.variable(dossier, "appointmentAt")));

        driver.fireApologyTimer(dossier);

        ProcessInstance apology = driver.called(dossier, "common-apology");
        assertThat(driver.candidateGroups(apology, "Task_Apologize")).containsExactly(handlingUnit() + ":leader");
        assertThat(driver.task(apology, "Task_Apologize").getCamundaFormRef().getKey()).isEqualTo("common-apology");
        String newAppointment = Instant.parse((String) driver.variable(dossier, "appointmentAt"))
                .plus(7, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS).toString();
        driver.complete(apology, "Task_Apologize",
                "apologyReason", "Cần xác minh thêm", "newAppointmentAt", newAppointment);

        assertThat(driver.variable(dossier, "newAppointmentAt")).isEqualTo(newAppointment);
        assertThat(driver.variable(dossier, "appointmentAt")).as("the appointment in force").isEqualTo(newAppointment);
        assertThat(driver.variable(dossier, "appointmentText")).as("Tasklist's \"Ngày hẹn trả\"")
                .isEqualTo(PrintedDates.time(Instant.parse(newAppointment)));
        BpmnAwareTests.assertThat(dossier).hasPassed("EndEvent_ApologyIssued").isWaitingAt(appraisalTask());
        assertThat(driver.apologyTimer(dossier)).as("the appointment is moved only once").isNull();

        driver.complete(dossier, appraisalTask(), appraisalApproved());
        leaderDecides(dossier, "rework");
        assertThat(driver.apologyTimer(dossier)).as("rework inside handling does not start a new timer").isNull();
        approveThroughHandling(dossier);
        driver.returnResult(dossier, receivingUnit(), resultReturnForm());

        BpmnAwareTests.assertThat(dossier).isEnded();
        assertThat(driver.timesPassed(dossier, "CallActivity_Apology")).isEqualTo(1);
    }
}
