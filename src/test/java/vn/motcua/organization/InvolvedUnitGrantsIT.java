package vn.motcua.organization;

import java.util.List;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.authorization.Authorization;
import org.camunda.bpm.engine.authorization.Resources;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import vn.motcua.IntegrationTest;
import vn.motcua.dossier.DossierRequests;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.birthRegistration;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * The per-dossier grants do not outlive the dossier's history: the instance grants go when the
 * instance ends, the history grants get the history's removal time, so history cleanup removes both.
 */
@IntegrationTest
class InvolvedUnitGrantsIT {

    private static final String PASSWORD = "test-password";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    ProcessEngine engine;

    @Autowired
    AuthorizationService authorizations;

    @Autowired
    HistoryService history;

    @Test
    void the_history_grants_of_a_finished_dossier_get_its_removal_time() throws Exception {
        ResponseEntity<String> receipt = as("tiepnhan.tandinh").postForEntity("/api/dossiers",
                jsonEntity(birthRegistration("received", "079301077001")), String.class);
        assertThat(receipt.getStatusCode().value()).isEqualTo(201);
        String dossierId = json.readTree(receipt.getBody()).get("id").asText();
        String processInstanceId = history.createHistoricProcessInstanceQuery().processInstanceBusinessKey(dossierId)
                .singleResult().getId();

        List<Authorization> historyGrants = historyGrants(processInstanceId);
        assertThat(historyGrants).as("supervisors read the dossier's history").isNotEmpty()
                .allSatisfy(grant -> {
                    assertThat(grant.getRootProcessInstanceId()).isEqualTo(processInstanceId);
                    assertThat(grant.getRemovalTime()).as("the dossier is still open").isNull();
                });

        complete("hotich.tandinh", task("hotich.tandinh", dossierId, "Task_Appraise"), """
                {"appraisalOutcome": {"value": "approve"}, "registrationNumber": {"value": "77/2026"},
                 "appraisalNote": {"value": "Đủ điều kiện"}}""");
        complete("lanhdao.tandinh", task("lanhdao.tandinh", dossierId, "Task_Sign"), """
                {"leaderDecision": {"value": "approve"}}""");
        assertThat(as("tiepnhan.tandinh").postForEntity("/api/dossiers/" + dossierId + "/return",
                jsonEntity("{\"returnMethod\": \"counter\", \"receivedBy\": \"Trần Thị Bình\"}"), String.class)
                .getStatusCode().value()).isEqualTo(200);

        var finished = history.createHistoricProcessInstanceQuery().processInstanceId(processInstanceId).singleResult();
        assertThat(finished.getEndTime()).isNotNull();
        assertThat(finished.getRemovalTime()).isNotNull();
        assertThat(authorizations.createAuthorizationQuery().resourceType(Resources.PROCESS_INSTANCE)
                .resourceId(processInstanceId).count()).as("the engine deletes the instance grants").isZero();
        assertThat(historyGrants(processInstanceId)).hasSameSizeAs(historyGrants)
                .allSatisfy(grant -> assertThat(grant.getRemovalTime()).isEqualTo(finished.getRemovalTime()));
    }

    private List<Authorization> historyGrants(String processInstanceId) {
        return authorizations.createAuthorizationQuery().resourceType(Resources.HISTORIC_PROCESS_INSTANCE)
                .resourceId(processInstanceId).list();
    }

    private TestRestTemplate as(String officer) {
        return http.withBasicAuth(officer, PASSWORD);
    }

    private String task(String officer, String dossierId, String taskKey) throws Exception {
        return DossierRequests.claimOnlyTask(as(officer), officer, dossierId, taskKey);
    }

    private void complete(String officer, String taskId, String variables) {
        DossierRequests.completeTask(as(officer), taskId, variables);
    }
}
