package vn.motcua.workplace;

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

/** Every officer gets the shared filters, and "Việc của đơn vị tôi" lists exactly their unit's work. */
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
                "residenceCommune", "phuong-kinh-bac", "completeness", "received",
                "apologyAt", java.time.Instant.now().plus(java.time.Duration.ofDays(1)).toString()));
        String taskId = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
        String dossierCode = (String) engine.getRuntimeService().getVariable(instance.getId(), "dossierCode");
        assertThat(dossierCode).as("the start registered the dossier").startsWith("000.03.01.H99-");
        Filter unitTasks = engine.getFilterService().createFilterQuery()
                .filterName(TasklistFilters.UNIT_TASKS).singleResult();

        OfficerSession kinhBac = OfficerSession.login(port, "hotich.kinhbac", "test-password");
        assertThat(kinhBac.get("/camunda/api/engine/engine/default/filter?resourceType=Task").body())
                .contains(TasklistFilters.TO_RECEIVE, TasklistFilters.UNIT_TASKS, TasklistFilters.DUE_SOON,
                        TasklistFilters.OVERDUE).contains("Mã hồ sơ", "Ngày hẹn trả");
        assertThat(list(kinhBac, unitTasks.getId(), instance.getId())).contains(taskId, applicant, dossierCode);

        OfficerSession tanAn = OfficerSession.login(port, "hotich.tanan", "test-password");
        assertThat(list(tanAn, unitTasks.getId(), instance.getId())).doesNotContain(taskId, applicant);
    }

    @Test
    void an_online_submission_waits_in_the_receiving_centres_filter_of_dossiers_to_receive() {
        String applicant = "applicant-" + UUID.randomUUID();
        var instance = engine.getRuntimeService().startProcessInstanceByKey("birth-registration", Map.of(
                "channel", "online", "receivingUnit", "000.03.01.H99", "applicantName", applicant,
                "applicantId", "079201002222", "residenceCommune", "phuong-kinh-bac"));
        var task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(task.getTaskDefinitionKey()).isEqualTo("Task_CheckOnline");
        String toReceive = engine.getFilterService().createFilterQuery().filterName(TasklistFilters.TO_RECEIVE)
                .singleResult().getId();
        String unitTasks = engine.getFilterService().createFilterQuery().filterName(TasklistFilters.UNIT_TASKS)
                .singleResult().getId();

        OfficerSession counter = OfficerSession.login(port, "tiepnhan.kinhbac", "test-password");
        assertThat(list(counter, toReceive, instance.getId())).contains(task.getId(), applicant);

        OfficerSession specialist = OfficerSession.login(port, "hotich.kinhbac", "test-password");
        assertThat(list(specialist, toReceive, instance.getId())).doesNotContain(task.getId());
        assertThat(list(counter, unitTasks, instance.getId())).contains(task.getId());
    }

    private static String list(OfficerSession officer, String filterId, String processInstanceId) {
        return officer.postToWebapp("/camunda/api/engine/engine/default/filter/" + filterId
                + "/list?firstResult=0&maxResults=50", "{\"processInstanceId\": \"" + processInstanceId + "\"}").body();
    }
}
