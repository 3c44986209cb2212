package vn.motcua.organization.tasklist;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.IntegrationTest;
import vn.motcua.OfficerSession;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each role gets its own filters, and a unit's filter lists exactly the work of that unit: the counter
 * sees what waits to be received, the specialist what the unit is handling, with the procedure as a column.
 */
@IntegrationTest
class TasklistFiltersIT {

    @Autowired
    ProcessEngine engine;

    @LocalServerPort
    int port;

    @Test
    void the_unit_filter_shows_the_kinh_bac_specialist_their_dossier_and_hides_it_from_tan_an() {
        String applicant = "applicant-" + UUID.randomUUID();
        var instance = engine.getRuntimeService().startProcessInstanceByKey("birth-registration", Map.of(
                "receivingUnit", "000.03.01.H99", "applicantName", applicant, "applicantId", "079201001111",
                "residenceCommune", "000.03.00.H99", "completeness", "received",
                "apologyAt", Instant.now().plus(Duration.ofDays(1)).toString()));
        String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        String dossierCode = (String) engine.getRuntimeService().getVariable(instance.getId(), "dossierCode");
        assertThat(dossierCode).as("the start registered the dossier").startsWith("000.03.01.H99-");
        Filter unitTasks = engine.getFilterService().createFilterQuery()
                .filterName(TasklistFilters.UNIT_HANDLING).singleResult();

        OfficerSession kinhBac = OfficerSession.login(port, "hotich.kinhbac", "test-password");
        assertThat(kinhBac.get("/camunda/api/engine/engine/default/filter?resourceType=Task").body())
                .contains(TasklistFilters.UNIT_HANDLING, TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE)
                .doesNotContain(TasklistFilters.TO_RECEIVE, TasklistFilters.COUNTER_WORK, TasklistFilters.TO_APPROVE)
                .contains("Mã hồ sơ", "Thủ tục", "Ngày hẹn trả");
        assertThat(list(kinhBac, unitTasks.getId(), instance.getId()))
                .contains(taskId, applicant, dossierCode, "Đăng ký khai sinh");

        OfficerSession tanAn = OfficerSession.login(port, "hotich.tanan", "test-password");
        assertThat(list(tanAn, unitTasks.getId(), instance.getId())).doesNotContain(taskId, applicant);
    }

    @Test
    void an_online_submission_waits_in_the_receiving_centres_filter_of_dossiers_to_receive() {
        String applicant = "applicant-" + UUID.randomUUID();
        var instance = engine.getRuntimeService().startProcessInstanceByKey("birth-registration", Map.of(
                "channel", "online", "receivingUnit", "000.03.01.H99", "applicantName", applicant,
                "applicantId", "079201002222", "residenceCommune", "000.03.00.H99"));
        var task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_CheckOnline");
        String toReceive = engine.getFilterService().createFilterQuery().filterName(TasklistFilters.TO_RECEIVE)
                .singleResult().getId();
        String counterWork = engine.getFilterService().createFilterQuery().filterName(TasklistFilters.COUNTER_WORK)
                .singleResult().getId();

        OfficerSession counter = OfficerSession.login(port, "tiepnhan.kinhbac", "test-password");
        assertThat(counter.get("/camunda/api/engine/engine/default/filter?resourceType=Task").body())
                .contains(TasklistFilters.TO_RECEIVE, TasklistFilters.COUNTER_WORK, TasklistFilters.OVERDUE)
                .doesNotContain(TasklistFilters.UNIT_HANDLING, TasklistFilters.TO_APPROVE);
        assertThat(list(counter, toReceive, instance.getId())).contains(task.getId(), applicant);
        assertThat(list(counter, counterWork, instance.getId())).contains(task.getId());

        OfficerSession specialist = OfficerSession.login(port, "hotich.kinhbac", "test-password");
        assertThat(specialist.postToWebapp("/camunda/api/engine/engine/default/filter/" + toReceive
                + "/list?firstResult=0&maxResults=50", "{}").statusCode()).as("not the specialist's filter").isEqualTo(403);

        OfficerSession otherCounter = OfficerSession.login(port, "tiepnhan.tanan", "test-password");
        assertThat(list(otherCounter, toReceive, instance.getId())).doesNotContain(task.getId(), applicant);
    }

    @Test
    void the_leaders_filter_lists_what_waits_for_their_signature_and_only_leaders_see_it() {
        Filter toApprove = engine.getFilterService().createFilterQuery().filterName(TasklistFilters.TO_APPROVE)
                .singleResult();
        OfficerSession leader = OfficerSession.login(port, "lanhdao.kinhbac", "test-password");
        assertThat(leader.get("/camunda/api/engine/engine/default/filter?resourceType=Task").body())
                .contains(TasklistFilters.TO_APPROVE, TasklistFilters.DUE_SOON)
                .doesNotContain(TasklistFilters.UNIT_HANDLING, TasklistFilters.TO_RECEIVE);
        String applicant = "applicant-" + UUID.randomUUID();
        var instance = engine.getRuntimeService().startProcessInstanceByKey("birth-registration", Map.of(
                "receivingUnit", "000.03.01.H99", "applicantName", applicant, "applicantId", "079201003333",
                "residenceCommune", "000.03.00.H99", "completeness", "received"));
        engine.getRuntimeService().createProcessInstanceModification(instance.getId())
                .cancelAllForActivity("Task_Appraise").startBeforeActivity("Task_Sign").execute();
        String signing = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .singleResult().getId();

        assertThat(list(leader, toApprove.getId(), instance.getId())).contains(signing, applicant);
        assertThat(list(OfficerSession.login(port, "lanhdao.tanan", "test-password"), toApprove.getId(),
                instance.getId())).doesNotContain(signing);
        String unitHandling = engine.getFilterService().createFilterQuery()
                .filterName(TasklistFilters.UNIT_HANDLING).singleResult().getId();
        assertThat(list(OfficerSession.login(port, "hotich.kinhbac", "test-password"), unitHandling, instance.getId()))
                .as("a leader's step is not the specialists' work").doesNotContain(signing);
        OfficerSession counter = OfficerSession.login(port, "tiepnhan.kinhbac", "test-password");
        assertThat(counter.get("/camunda/api/engine/engine/default/filter/" + toApprove.getId()).statusCode())
                .isEqualTo(403);
    }

    private static String list(OfficerSession officer, String filterId, String processInstanceId) {
        return officer.postToWebapp("/camunda/api/engine/engine/default/filter/" + filterId
                + "/list?firstResult=0&maxResults=50", "{\"processInstanceId\": \"" + processInstanceId + "\"}").body();
    }
}
