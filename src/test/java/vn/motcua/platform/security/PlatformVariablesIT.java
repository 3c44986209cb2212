package vn.motcua.platform.security;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.IntegrationTest;
import vn.motcua.OfficerSession;
import vn.motcua.dossier.DossierService;
import vn.motcua.platform.security.EngineApiCalls.Answer;
import vn.motcua.platform.security.EngineApiCalls.Api;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The platform's process variables are the platform's (issue 18): no request to the engine's REST APIs,
 * /engine-rest or the Tasklist's /camunda/api/engine, sets, changes or deletes one; a form's own inputs pass
 * only as editable fields of the form being submitted. Every refusal is a 400 naming the variable, and
 * nothing is written.
 */
@IntegrationTest
class PlatformVariablesIT {

    private static final String PASSWORD = EngineApiCalls.PASSWORD;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TAN_DINH_CENTER = "000.01.01.H99";
    private static final String TAN_AN_CENTER = "000.02.01.H99";

    @Autowired
    ProcessEngine engine;

    @Autowired
    DossierService dossiers;

    @LocalServerPort
    int port;

    private AppraisalDossier dossier;
    private ProcessInstance instance;
    private Task task;
    private String dossierId;
    private String applicant;

    @BeforeEach
    void aDossierOfTanDinhAtAppraisal() {
        applicant = "Người thử biến " + UUID.randomUUID();
        dossier = AppraisalDossier.start(engine, applicant, Map.of("childName", "Bé Thử"));
        instance = dossier.instance();
        task = dossier.task();
        dossierId = dossier.dossierId();
    }

    @Test
    void the_tasks_own_officer_cannot_re_point_or_price_the_dossier_through_task_variables() throws Exception {
        Api officer = engineRest("hotich.tandinh");
        Map<String, Object> before = snapshot();
        for (String variable : List.of("handlingUnit", "feeAmount")) {
            Answer answer = officer.send("POST", "task/" + task.getId() + "/variables",
                    "{\"modifications\": {\"" + variable + "\": {\"value\": \"000.02.00.H99\"}}}");
            assertRefused(answer, variable);
        }
        assertThat(snapshot()).isEqualTo(before);
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "handlingUnit")).isNotEqualTo("000.02.00.H99");
    }

    @Test
    void a_start_naming_another_units_dossier_is_refused_and_that_dossier_stays_its_own() throws Exception {
        Api tanAn = engineRest("tiepnhan.tanan");
        Answer answer = tanAn.send("POST", "process-definition/key/birth-registration/start", """
                {"variables": {"dossierId": {"value": "%s"}, "receivingUnit": {"value": "%s"},
                  "channel": {"value": "counter"}, "applicantName": {"value": "Kẻ mạo danh"},
                  "applicantId": {"value": "079201001111"}, "residenceCommune": {"value": "000.02.00.H99"},
                  "completeness": {"value": "received"}}}""".formatted(dossierId, TAN_AN_CENTER));

        assertRefused(answer, "dossierId");
        assertThat(dossiers.get(dossierId).processInstanceId()).isEqualTo(instance.getId());
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().variableValueEquals("dossierId", dossierId)
                .count()).isEqualTo(1);
        int read = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base() + "/api/dossiers/" + dossierId))
                .header("Authorization", EngineApiCalls.basic("tiepnhan.tanan")).GET().build(), HttpResponse.BodyHandlers.ofString())
                .statusCode();
        assertThat(read).as("Tân An reads Tân Định's dossier").isIn(403, 404);
    }

    /** Every write path of the engine's APIs, each tried with a variable the platform owns or a form input outside its form. */
    static Stream<Arguments> writes() {
        List<Write> writes = List.of(
                new Write("start by key", "POST", "process-definition/key/birth-registration/start",
                        "{\"variables\": {\"dossierId\": {\"value\": \"{dossier}\"}}}", "dossierId"),
                new Write("submit-form by key", "POST", "process-definition/key/birth-registration/submit-form",
                        "{\"variables\": {\"handlingUnit\": {\"value\": \"x\"}}}", "handlingUnit"),
                new Write("start by id", "POST", "process-definition/{definition}/start",
                        "{\"variables\": {\"receptionOfficer\": {\"value\": \"hotich.tanan\"}}}", "receptionOfficer"),
                new Write("submit-form by id", "POST", "process-definition/{definition}/submit-form",
                        "{\"variables\": {\"feeAmount\": {\"value\": 1}}}", "feeAmount"),
                new Write("start instructions", "POST", "process-definition/key/birth-registration/start",
                        "{\"startInstructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_Appraise\","
                                + " \"variables\": {\"handlingUnit\": {\"value\": \"x\"}}}]}", "handlingUnit"),
                new Write("task complete", "POST", "task/{task}/complete",
                        "{\"variables\": {\"handlingUnit\": {\"value\": \"x\"}}}", "handlingUnit"),
                new Write("task complete with another form's input", "POST", "task/{task}/complete",
                        "{\"variables\": {\"completeness\": {\"value\": \"refused\"}}}", "completeness"),
                new Write("task submit-form", "POST", "task/{task}/submit-form",
                        "{\"variables\": {\"apologyAt\": {\"value\": \"2030-01-01T00:00:00Z\"}}}", "apologyAt"),
                new Write("task resolve", "POST", "task/{task}/resolve",
                        "{\"variables\": {\"dossierCode\": {\"value\": \"x\"}}}", "dossierCode"),
                new Write("task bpmnError", "POST", "task/{task}/bpmnError",
                        "{\"errorCode\": \"x\", \"variables\": {\"handlingUnit\": {\"value\": \"x\"}}}", "handlingUnit"),
                new Write("task variables", "POST", "task/{task}/variables",
                        "{\"modifications\": {\"receivingUnit\": {\"value\": \"" + TAN_AN_CENTER + "\"}}}", "receivingUnit"),
                new Write("task variables deletion", "POST", "task/{task}/variables",
                        "{\"deletions\": [\"handlingUnit\"]}", "handlingUnit"),
                new Write("task variable put", "PUT", "task/{task}/variables/handlingUnit",
                        "{\"value\": \"x\"}", "handlingUnit"),
                new Write("task variable delete", "DELETE", "task/{task}/variables/dossierId", null, "dossierId"),
                new Write("task variable data", "POST", "task/{task}/variables/feeAmount/data", "{}", "feeAmount"),
                new Write("task local variables", "POST", "task/{task}/localVariables",
                        "{\"modifications\": {\"handlingUnit\": {\"value\": \"x\"}}}", "handlingUnit"),
                new Write("task local variable put", "PUT", "task/{task}/localVariables/feeAmount",
                        "{\"value\": 1}", "feeAmount"),
                new Write("execution local variables", "POST", "execution/{execution}/localVariables",
                        "{\"modifications\": {\"handlingUnit\": {\"value\": \"x\"}}}", "handlingUnit"),
                new Write("execution local variable put", "PUT", "execution/{execution}/localVariables/channel",
                        "{\"value\": \"online\"}", "channel"),
                new Write("instance variables", "POST", "process-instance/{instance}/variables",
                        "{\"modifications\": {\"appointmentAt\": {\"value\": \"2030-01-01T00:00:00Z\"}}}", "appointmentAt"),
                new Write("instance variable put", "PUT", "process-instance/{instance}/variables/handlingUnit",
                        "{\"value\": \"x\"}", "handlingUnit"),
                new Write("instance variable delete", "DELETE", "process-instance/{instance}/variables/handlingUnit",
                        null, "handlingUnit"),
                new Write("instance variable data", "POST", "process-instance/{instance}/variables/dossierId/data",
                        "{}", "dossierId"),
                new Write("instance variables async", "POST", "process-instance/variables-async",
                        "{\"processInstanceIds\": [\"{instance}\"], \"variables\": {\"handlingUnit\": {\"value\": \"x\"}}}",
                        "handlingUnit"),
                new Write("message processVariables", "POST", "message",
                        "{\"messageName\": \"WithdrawalRequested\", \"processInstanceId\": \"{instance}\","
                                + " \"processVariables\": {\"handlingUnit\": {\"value\": \"x\"}}}", "handlingUnit"),
                new Write("message processVariablesLocal", "POST", "message",
                        "{\"messageName\": \"WithdrawalRequested\", \"processInstanceId\": \"{instance}\","
                                + " \"processVariablesLocal\": {\"feeAmount\": {\"value\": 1}}}", "feeAmount"),
                new Write("message processVariablesToTriggeredScope", "POST", "message",
                        "{\"messageName\": \"WithdrawalRequested\", \"processInstanceId\": \"{instance}\","
                                + " \"processVariablesToTriggeredScope\": {\"completeness\": {\"value\": \"x\"}}}", "completeness"),
                new Write("signal", "POST", "signal",
                        "{\"name\": \"anything\", \"variables\": {\"handlingUnit\": {\"value\": \"x\"}}}", "handlingUnit"),
                new Write("execution signal", "POST", "execution/{execution}/signal",
                        "{\"variables\": {\"handlingUnit\": {\"value\": \"x\"}}}", "handlingUnit"),
                new Write("message subscription trigger", "POST",
                        "execution/{execution}/messageSubscriptions/WithdrawalRequested/trigger",
                        "{\"variables\": {\"dossierId\": {\"value\": \"x\"}}}", "dossierId"),
                new Write("instance modification", "POST", "process-instance/{instance}/modification",
                        "{\"instructions\": [{\"type\": \"startBeforeActivity\", \"activityId\": \"Task_Appraise\","
                                + " \"variables\": {\"handlingUnit\": {\"value\": \"x\", \"local\": false}}}]}", "handlingUnit"),
                new Write("instance restart", "POST", "process-definition/{definition}/restart",
                        "{\"processInstanceIds\": [\"{instance}\"], \"instructions\": [{\"type\": \"startBeforeActivity\","
                                + " \"activityId\": \"Task_Appraise\", \"variables\": {\"feeAmount\": {\"value\": 1}}}]}", "feeAmount"),
                new Write("condition evaluation", "POST", "condition",
                        "{\"variables\": {\"handlingUnit\": {\"value\": \"x\"}}}", "handlingUnit"),
                new Write("external task complete", "POST", "external-task/none/complete",
                        "{\"workerId\": \"w\", \"localVariables\": {\"feeAmount\": {\"value\": 1}}}", "feeAmount"),
                new Write("external task bpmnError", "POST", "external-task/none/bpmnError",
                        "{\"workerId\": \"w\", \"errorCode\": \"e\", \"variables\": {\"handlingUnit\": {\"value\": \"x\"}}}",
                        "handlingUnit"),
                new Write("external task failure", "POST", "external-task/none/failure",
                        "{\"workerId\": \"w\", \"variables\": {\"dossierId\": {\"value\": \"x\"}}}", "dossierId"),
                new Write("migration", "POST", "migration/execute",
                        "{\"migrationPlan\": {\"sourceProcessDefinitionId\": \"{definition}\", \"targetProcessDefinitionId\":"
                                + " \"{definition}\", \"instructions\": [], \"variables\": {\"handlingUnit\": {\"value\": \"x\"}}},"
                                + " \"processInstanceIds\": [\"{instance}\"]}", "handlingUnit"));
        return Stream.of("engine-rest", "tasklist").flatMap(api -> writes.stream().map(write -> Arguments.of(api, write)));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("writes")
    void every_write_path_refuses_the_platforms_variables_and_writes_nothing(String api, Write write) throws Exception {
        Api caller = api.equals("engine-rest") ? engineRest("hotich.tandinh") : tasklist("hotich.tandinh");
        Map<String, Object> before = snapshot();
        long instances = engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("birth-registration").count();

        Answer answer = caller.send(write.method(), dossier.fill(write.path()), write.body() == null ? null : dossier.fill(write.body()));

        assertRefused(answer, write.variable());
        assertThat(snapshot()).isEqualTo(before);
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey("birth-registration")
                .count()).as("no process started").isLessThanOrEqualTo(instances);
    }

    @Test
    void the_tasklist_submits_a_start_form_with_its_own_fields() throws Exception {
        String name = "Người nộp qua Tasklist " + UUID.randomUUID();
        Answer answer = tasklist("tiepnhan.tandinh").send("POST", "process-definition/" + instance.getProcessDefinitionId()
                + "/submit-form", """
                {"variables": {"receivingUnit": {"value": "%s"}, "channel": {"value": "counter"},
                  "applicantName": {"value": "%s"}, "applicantId": {"value": "079201002222"},
                  "applicantAddress": {"value": "Phường Tân Định"}, "relationship": {"value": "cha"},
                  "childName": {"value": "Bé Tasklist"}, "childBirthDate": {"value": "2026-11-30"},
                  "childSex": {"value": "male"}, "birthPlace": {"value": "Bệnh viện"},
                  "residenceCommune": {"value": "000.01.00.H99"}, "docToKhai": {"value": true},
                  "docGiayChungSinh": {"value": true}, "identityShown": {"value": true},
                  "completeness": {"value": "received"}}}""".formatted(TAN_DINH_CENTER, name));

        assertThat(answer.status()).as(answer.body()).isEqualTo(200);
        String started = JSON.readTree(answer.body()).get("id").asText();
        Map<String, Object> variables = engine.getRuntimeService().getVariables(started);
        assertThat(variables).containsEntry("applicantName", name).containsEntry("receivingUnit", TAN_DINH_CENTER)
                .containsEntry("completeness", "received").containsKey("dossierId").containsKey("handlingUnit");
    }

    @Test
    void the_tasklist_submits_a_task_form_sending_back_its_read_only_fields_unchanged() throws Exception {
        OfficerSession session = OfficerSession.login(port, "hotich.tandinh", PASSWORD);
        Api tasklist = EngineApiCalls.tasklist(session);
        assertThat(tasklist.send("POST", "task/" + task.getId() + "/claim", "{\"userId\": \"hotich.tandinh\"}").status())
                .isEqualTo(204);
        String form = """
                {"variables": {"applicantName": {"value": "%s"}, "applicantId": {"value": "079201009999"},
                  "childName": {"value": "Bé Thử"}, "residenceCommune": {"value": "%s"},
                  "appraisalOutcome": {"value": "approve"}, "registrationNumber": {"value": "12/2026"},
                  "stepNote": {"value": "Đủ điều kiện"}}}""";

        assertRefused(tasklist.send("POST", "task/" + task.getId() + "/submit-form",
                form.formatted(applicant, "000.02.00.H99")), "residenceCommune");
        assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count()).isEqualTo(1);

        Answer answer = tasklist.send("POST", "task/" + task.getId() + "/submit-form", form.formatted(applicant, "000.01.00.H99"));
        assertThat(answer.status()).as(answer.body()).isIn(200, 204);
        assertThat(engine.getRuntimeService().getVariables(instance.getId())).containsEntry("appraisalOutcome", "approve")
                .containsEntry("registrationNumber", "12/2026").containsEntry("applicantName", applicant);
        assertThat(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult()
                .getTaskDefinitionKey()).isEqualTo("Task_Sign");
    }

    /** Every variable of the dossier's process (instance and task scope). */
    private Map<String, Object> snapshot() {
        Map<String, Object> all = new HashMap<>();
        engine.getRuntimeService().createVariableInstanceQuery().processInstanceIdIn(instance.getId()).list()
                .forEach(variable -> all.put(variable.getName() + "@" + variable.getExecutionId() + "/"
                        + variable.getTaskId(), variable.getValue()));
        all.put("#task", engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getId());
        return all;
    }

    private void assertRefused(Answer answer, String variable) throws IOException {
        assertThat(answer.status()).as(answer.body()).isEqualTo(400);
        assertThat(answer.contentType()).contains("application/problem+json");
        JsonNode problem = JSON.readTree(answer.body());
        assertThat(problem.get("detail").asText()).contains("\"" + variable + "\"").contains("Biến");
    }

    private String base() {
        return "http://localhost:" + port;
    }

    private Api engineRest(String user) {
        return EngineApiCalls.engineRest(port, user);
    }

    private Api tasklist(String user) {
        return EngineApiCalls.tasklist(port, user);
    }

    record Write(String name, String method, String path, String body, String variable) {
        @Override
        public String toString() {
            return name;
        }
    }
}
