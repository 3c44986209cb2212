package vn.motcua.process.civilstatus;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;

/** Every path of processes/civil-status/birth-registration.bpmn, on PostgreSQL. */
@IntegrationTest
class BirthRegistrationProcessIT {

    private static final String TAN_AN_CENTER = "000.02.01.H99";
    private static final String TAN_DINH_COMMUNE = "000.01.00.H99";

    @Autowired
    ProcessEngine engine;

    @BeforeEach
    void useEngine() {
        BpmnAwareTests.init(engine);
    }

    @Test
    void a_complete_dossier_received_at_one_commune_is_handled_by_the_commune_of_residence_and_returned_where_received() {
        ProcessInstance dossier = submit("received", "phuong-tan-dinh");

        BpmnAwareTests.assertThat(dossier).isWaitingAt("Task_Appraise");
        assertThat(candidateGroupsOf(task(dossier))).containsExactly(TAN_DINH_COMMUNE + ":specialist");
        complete(task(dossier), withVariables("registrationNumber", "125/2025", "appraisalNote", "Đủ điều kiện"));

        BpmnAwareTests.assertThat(dossier).isWaitingAt("Task_Sign");
        assertThat(candidateGroupsOf(task(dossier))).containsExactly(TAN_DINH_COMMUNE + ":leader");
        complete(task(dossier), withVariables("leaderDecision", "approve"));

        BpmnAwareTests.assertThat(dossier).isWaitingAt("Task_ReturnResult");
        assertThat(candidateGroupsOf(task(dossier))).containsExactly(TAN_AN_CENTER + ":reception");
        complete(task(dossier), withVariables("returnMethod", "counter", "resultReceivedBy", "Nguyễn Văn An"));

        BpmnAwareTests.assertThat(dossier).isEnded().hasPassedInOrder(
                "Gateway_Completeness", "Task_DetermineHandlingUnit", "Task_Appraise", "Task_Sign",
                "Task_ReturnResult", "EndEvent_ResultReturned");
    }

    @Test
    void a_leader_who_does_not_agree_sends_the_dossier_back_to_the_specialist() {
        ProcessInstance dossier = submit("received", "xa-tan-an");
        complete(task(dossier), withVariables("registrationNumber", "7/2025", "appraisalNote", "Đề nghị ký"));
        complete(task(dossier), withVariables("leaderDecision", "rework", "leaderNote", "Kiểm tra lại nơi sinh"));

        BpmnAwareTests.assertThat(dossier).isWaitingAt("Task_Appraise");
        complete(task(dossier), withVariables("appraisalNote", "Đã kiểm tra lại"));
        complete(task(dossier), withVariables("leaderDecision", "approve"));

        BpmnAwareTests.assertThat(dossier).isWaitingAt("Task_ReturnResult");
        assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(dossier.getId()).activityId("Task_Appraise").count()).isEqualTo(2);
    }

    @Test
    void an_incomplete_dossier_ends_with_written_supplement_guidance_and_no_handling_task() {
        ProcessInstance dossier = submit("supplement", "phuong-tan-dinh");

        BpmnAwareTests.assertThat(dossier).isEnded().hasPassed("EndEvent_SupplementGuided")
                .hasNotPassed("Task_DetermineHandlingUnit");
    }

    @Test
    void a_dossier_outside_the_units_scope_is_refused_at_receipt() {
        ProcessInstance dossier = submit("refused", "phuong-tan-dinh");

        BpmnAwareTests.assertThat(dossier).isEnded().hasPassed("EndEvent_Refused")
                .hasNotPassed("Task_DetermineHandlingUnit");
    }

    @ParameterizedTest(name = "residence {0} is handled by {1}")
    @CsvSource({
            "phuong-tan-dinh, 000.01.00.H99",
            "xa-tan-an,       000.02.00.H99",
            "phuong-kinh-bac, 000.03.00.H99"})
    void the_routing_decision_sends_each_commune_of_residence_to_its_peoples_committee(String commune, String unit) {
        ProcessInstance dossier = submit("received", commune);

        BpmnAwareTests.assertThat(dossier).variables().containsEntry("handlingUnit", unit);
        assertThat(candidateGroupsOf(task(dossier))).containsExactly(unit + ":specialist");
    }

    private ProcessInstance submit(String completeness, String residenceCommune) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("receivingUnit", TAN_AN_CENTER);
        variables.put("applicantName", "Nguyễn Văn An");
        variables.put("applicantId", "079201001234");
        variables.put("relationship", "cha");
        variables.put("childName", "Nguyễn Minh Khôi");
        variables.put("childBirthDate", "2025-06-30");
        variables.put("childSex", "nam");
        variables.put("birthPlace", "Bệnh viện Đa khoa tỉnh");
        variables.put("residenceCommune", residenceCommune);
        variables.put("completeness", completeness);
        variables.put("missingDocuments", "Giấy chứng sinh");
        variables.put("refusalReason", "Người yêu cầu không cư trú tại địa phương");
        return engine.getRuntimeService().startProcessInstanceByKey(
                "birth-registration", "test-" + UUID.randomUUID(), variables);
    }

    private java.util.List<String> candidateGroupsOf(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .toList();
    }
}
