package vn.motcua.organization;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.AuthorizationManager;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import vn.motcua.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.birthRegistration;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * A unit's task list skips the join with the authorization table when it asks only for the officer's
 * own candidate groups; it must still show exactly the tasks the officer may read, and any other
 * task list stays checked.
 */
@IntegrationTest
class UnitTaskListIT {

    private static final String PASSWORD = "test-password";
    private static final String TAN_DINH_SPECIALISTS = "000.01.00.H99:specialist";
    private static final String TAN_AN_SPECIALISTS = "000.02.00.H99:specialist";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    ProcessEngine engine;

    @Autowired
    TaskService tasks;

    @Autowired
    FilterService filters;

    @Autowired
    AuthorizationService authorizations;

    private String tanDinhTask;
    private String tanAnTask;

    @BeforeEach
    void oneDossierWaitsForTheSpecialistsOfEachCommune() throws Exception {
        tanDinhTask = specialistTaskOf(receive("tiepnhan.tandinh", birthRegistration("received", "079301088001")));
        tanAnTask = specialistTaskOf(receive("tiepnhan.tanan", birthRegistration("received", "079301088002")
                .replace("000.01.01.H99", "000.02.01.H99").replace("000.01.00.H99", "000.02.00.H99")));
    }

    @Test
    void the_unit_list_holds_the_units_tasks_and_only_tasks_the_officer_may_read() throws Exception {
        List<String> listed = ids(get("hotich.tandinh", "/engine-rest/task?candidateGroup=" + TAN_DINH_SPECIALISTS
                + "&sortBy=dueDate&sortOrder=asc&maxResults=1000"));

        assertThat(listed).contains(tanDinhTask).doesNotContain(tanAnTask);
        List<String> groups = List.of(TAN_DINH_SPECIALISTS);
        assertThat(listed).allSatisfy(task -> assertThat(authorizations.isUserAuthorized("hotich.tandinh", groups,
                Permissions.READ, Resources.TASK, task)).as("READ on task " + task).isTrue());
        assertThat(get("hotich.tandinh", "/engine-rest/task/count?candidateGroup=" + TAN_DINH_SPECIALISTS)
                .get("count").asInt()).isEqualTo(listed.size());
    }

    @Test
    void another_units_list_and_mixed_lists_stay_checked() throws Exception {
        assertThat(ids(get("hotich.tandinh", "/engine-rest/task?candidateGroup=" + TAN_AN_SPECIALISTS
                + "&maxResults=1000"))).as("Tân An's list seen from Tân Định").isEmpty();
        assertThat(ids(get("hotich.tandinh", "/engine-rest/task?candidateGroups=" + TAN_DINH_SPECIALISTS + ","
                + TAN_AN_SPECIALISTS + "&maxResults=1000"))).contains(tanDinhTask).doesNotContain(tanAnTask);
        assertThat(ids(get("hotich.tandinh", "/engine-rest/task?maxResults=1000")))
                .contains(tanDinhTask).doesNotContain(tanAnTask);
        assertThat(get("hotich.tandinh", "/engine-rest/task/" + tanAnTask).has("id")).as("Tân An's task by id").isFalse();
    }

    @Test
    void the_shared_unit_filter_lists_each_officer_their_own_units_tasks() throws Exception {
        String filterId = filters.createFilterQuery().filterName("Hồ sơ đang xử lý của đơn vị").singleResult().getId();

        List<String> tanDinh = ids(get("hotich.tandinh", "/engine-rest/filter/" + filterId + "/list?maxResults=1000"));
        List<String> tanAn = ids(get("hotich.tanan", "/engine-rest/filter/" + filterId + "/list?maxResults=1000"));

        assertThat(tanDinh).contains(tanDinhTask).doesNotContain(tanAnTask);
        assertThat(tanAn).contains(tanAnTask).doesNotContain(tanDinhTask);
    }

    @Test
    void the_engine_uses_the_officers_authorization_manager() {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        AuthorizationManager manager = configuration.getCommandExecutorTxRequired()
                .execute(context -> context.getAuthorizationManager());
        assertThat(manager).isInstanceOf(AuthenticatedGroupsPlugin.OfficerAuthorizationManager.class);
        assertThat(manager.filterAuthenticatedGroupIds(List.of(TAN_DINH_SPECIALISTS, "no-grant-group")))
                .as("the officer's groups as they are").containsExactly(TAN_DINH_SPECIALISTS, "no-grant-group");
    }

    private String receive(String officer, String body) throws Exception {
        ResponseEntity<String> receipt = http.withBasicAuth(officer, PASSWORD).postForEntity("/api/dossiers",
                jsonEntity(body), String.class);
        assertThat(receipt.getStatusCode().value()).as(receipt.getBody()).isEqualTo(201);
        return json.readTree(receipt.getBody()).get("id").asText();
    }

    private String specialistTaskOf(String dossierId) {
        return tasks.createTaskQuery().processInstanceBusinessKey(dossierId).singleResult().getId();
    }

    private JsonNode get(String officer, String path) throws Exception {
        return json.readTree(http.withBasicAuth(officer, PASSWORD).getForEntity(path, String.class).getBody());
    }

    private static List<String> ids(JsonNode tasks) {
        List<String> ids = new ArrayList<>();
        tasks.forEach(task -> ids.add(task.get("id").asText()));
        return ids;
    }
}
