package vn.motcua.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.motcua.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A job that fails after its last retry becomes a Camunda incident: the supervisor dashboard lists it under
 * "Sự cố cần xử lý" with process, dossier code, step, message, time and the Cockpit link, scoped like the
 * rest of the dashboard, and the gauge {@code motcua.incidents.open} counts it; once resolved it is gone.
 * The failing step is the test process {@code ops-failing-step}, started with a dossier's id as business key.
 */
@IntegrationTest
class IncidentsIT {

    private static final String KEY = "ops-failing-step";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    RepositoryService repository;

    @Autowired
    RuntimeService runtime;

    @Autowired
    ManagementService management;

    @Autowired
    IncidentGauge gauge;

    @Autowired
    MeterRegistry meters;

    @Test
    void a_failed_job_is_an_incident_on_the_dashboard_of_its_commune_and_in_the_gauge_until_it_is_resolved() throws Exception {
        repository.createDeployment().name("ops-failing-step").enableDuplicateFiltering(true)
                .addClasspathResource("operations/failing-step.bpmn").deploy();
        JsonNode tanDinh = receive("tiepnhan.tandinh", "000.01.01.H99", "000.01.00.H99", "079201014141");
        JsonNode tanAn = receive("tiepnhan.tanan", "000.02.01.H99", "000.02.00.H99", "079201014142");
        String tanDinhInstance = failLastRetry(tanDinh.get("id").asText());
        String tanAnInstance = failLastRetry(tanAn.get("id").asText());

        JsonNode seenByWard = incidents("giamsat.tandinh");
        JsonNode ward = only(seenByWard, tanDinhInstance);
        assertThat(ward.get("dossierCode").asText()).isEqualTo(tanDinh.get("code").asText());
        assertThat(ward.get("processDefinitionKey").asText()).isEqualTo(KEY);
        assertThat(ward.get("processName").asText()).isEqualTo("Kiểm thử: bước gửi liên thông");
        assertThat(ward.get("activityName").asText()).isEqualTo("Gửi hồ sơ liên thông");
        assertThat(ward.get("type").asText()).isEqualTo("failedJob");
        assertThat(ward.get("message").asText()).contains(FailingStep.MESSAGE);
        assertThat(ward.get("at").asText()).isNotBlank();
        assertThat(ward.get("cockpit").asText())
                .isEqualTo("/camunda/app/cockpit/default/#/process-instance/" + tanDinhInstance + "/runtime?tab=incidents-tab");
        assertThat(instances(seenByWard)).as("another commune's incident").doesNotContain(tanAnInstance);
        assertThat(instances(incidents("giamsat.tinh"))).contains(tanDinhInstance, tanAnInstance);

        ResponseEntity<String> page = http.withBasicAuth("giamsat.tandinh", "test-password").getForEntity("/giam-sat", String.class);
        assertThat(page.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(page.getBody()).contains("Sự cố cần xử lý", tanDinh.get("code").asText(), "Gửi hồ sơ liên thông",
                        FailingStep.MESSAGE, "/camunda/app/cockpit/default/#/process-instance/" + tanDinhInstance)
                .doesNotContain(tanAn.get("code").asText());

        gauge.refresh();
        assertThat(gaugeValue()).isEqualTo(2.0);

        resolve(tanDinhInstance);
        assertThat(instances(incidents("giamsat.tandinh"))).doesNotContain(tanDinhInstance);
        assertThat(http.withBasicAuth("giamsat.tandinh", "test-password").getForEntity("/giam-sat", String.class).getBody())
                .doesNotContain(FailingStep.MESSAGE);
        gauge.refresh();
        assertThat(gaugeValue()).isEqualTo(1.0);

        resolve(tanAnInstance);
        assertThat(instances(incidents("giamsat.tinh"))).doesNotContain(tanDinhInstance, tanAnInstance);
        gauge.refresh();
        assertThat(gaugeValue()).as("the row of a key without open incidents is removed").isNull();
    }

    private JsonNode receive(String officer, String unit, String commune, String idNumber) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> response = http.withBasicAuth(officer, "test-password").postForEntity("/api/dossiers",
                new HttpEntity<>("""
                        {"procedureCode": "1.001193", "channel": "COUNTER", "receivingUnit": "%s",
                         "applicant": {"name": "Trần Thị Bình", "idNumber": "%s", "phone": "0901234567"},
                         "completeness": "received",
                         "details": {"childName": "Trần Gia Bảo", "childBirthDate": "2025-11-20", "childSex": "nam",
                                     "birthPlace": "Bệnh viện tỉnh", "residenceCommune": "%s"}}""".formatted(unit, idNumber, commune),
                        headers), String.class);
        assertThat(response.getStatusCode().is2xxSuccessful()).as(response.getBody()).isTrue();
        return json.readTree(response.getBody());
    }

    /** Starts the failing step for the dossier and runs its job once with one retry left: an incident. */
    private String failLastRetry(String dossierId) {
        ProcessInstance instance = runtime.startProcessInstanceByKey(KEY, dossierId, Map.of("failing", true));
        Job job = management.createJobQuery().processInstanceId(instance.getId()).singleResult();
        management.setJobRetries(job.getId(), 1);
        assertThatThrownBy(() -> management.executeJob(job.getId())).hasMessageContaining(FailingStep.MESSAGE);
        assertThat(runtime.createIncidentQuery().processInstanceId(instance.getId()).count()).isEqualTo(1);
        return instance.getId();
    }

    /** What an operator does after fixing the cause: gives the job a retry (the incident is resolved) and it runs. */
    private void resolve(String instanceId) {
        Job job = management.createJobQuery().processInstanceId(instanceId).singleResult();
        runtime.setVariable(instanceId, "failing", false);
        management.setJobRetries(job.getId(), 1);
        assertThat(runtime.createIncidentQuery().processInstanceId(instanceId).count()).isZero();
        management.executeJob(job.getId());
        assertThat(runtime.createProcessInstanceQuery().processInstanceId(instanceId).count()).isZero();
    }

    private JsonNode incidents(String supervisor) throws Exception {
        ResponseEntity<String> response = http.withBasicAuth(supervisor, "test-password")
                .getForEntity("/api/monitoring/incidents", String.class);
        assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private static JsonNode only(JsonNode incidents, String processInstanceId) {
        List<JsonNode> matching = new ArrayList<>();
        incidents.forEach(incident -> {
            if (processInstanceId.equals(incident.get("processInstanceId").asText())) {
                matching.add(incident);
            }
        });
        assertThat(matching).hasSize(1);
        return matching.get(0);
    }

    private static List<String> instances(JsonNode incidents) {
        List<String> ids = new ArrayList<>();
        incidents.forEach(incident -> ids.add(incident.get("processInstanceId").asText()));
        return ids;
    }

    /**
     * The gauge's row for the test process in the application's meter registry; {@code null} when there is none.
     * (Spring Boot tests export no metrics; OperationsProbesIT reads the same gauge at /actuator/prometheus.)
     */
    private Double gaugeValue() {
        Gauge row = meters.find("motcua.incidents.open").tag("processDefinitionKey", KEY).tag("incidentType", "failedJob").gauge();
        return row == null ? null : row.value();
    }
}
