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
        Filter unitTasks = engine.getFilterService().createFilterQuery()
                .filterName(TasklistFilters.UNIT_TASKS).singleResult();

        OfficerSession kinhBac = OfficerSession.login(port, "hotich.kinhbac", "test-password");
        assertThat(kinhBac.get("/camunda/api/engine/engine/default/filter?resourceType=Task").body())
                .contains(TasklistFilters.UNIT_TASKS, TasklistFilters.DUE_SOON, TasklistFilters.OVERDUE);
        assertThat(list(kinhBac, unitTasks.getId(), instance.getId())).contains(taskId, applicant);

        OfficerSession tanAn = OfficerSession.login(port, "hotich.tanan", "test-password");
        assertThat(list(tanAn, unitTasks.getId(), instance.getId())).doesNotContain(taskId, applicant);
    }

    private static String list(OfficerSession officer, String filterId, String processInstanceId) {
        return officer.postToWebapp("/camunda/api/engine/engine/default/filter/" + filterId
                + "/list?firstResult=0&maxResults=50", "{\"processInstanceId\": \"" + processInstanceId + "\"}").body();
    }
}
