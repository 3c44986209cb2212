package vn.motcua.platform.engineapi;

import java.net.http.HttpResponse;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.motcua.IntegrationTest;
import vn.motcua.OfficerSession;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/**
 * Starting a process that may not be started answers 4xx problem+json on both engine REST APIs (Camunda answers
 * 500 for most): a suspended definition, one with a message start only, an unknown key, an unknown id.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ProcessStartRefusalIT {

    private static final String SUSPENDED = "start-refusal-suspended";
    private static final String MESSAGE_ONLY = "start-refusal-message";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ProcessEngine engine;

    @LocalServerPort
    int port;

    private final ObjectMapper json = new ObjectMapper();

    @BeforeAll
    void deploy() {
        engine.getRepositoryService().createDeployment().name("start-refusal").enableDuplicateFiltering(true)
                .addString(SUSPENDED + ".bpmn", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
                          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="1">
                            <bpmn:startEvent id="Start"/>
                            <bpmn:sequenceFlow id="Flow" sourceRef="Start" targetRef="End"/>
                            <bpmn:endEvent id="End"/>
                          </bpmn:process>
                        </bpmn:definitions>
                        """.formatted(SUSPENDED))
                .addString(MESSAGE_ONLY + ".bpmn", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
                          <bpmn:message id="Message" name="start-refusal-received"/>
                          <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="1">
                            <bpmn:startEvent id="Start"><bpmn:messageEventDefinition id="Def" messageRef="Message"/></bpmn:startEvent>
                            <bpmn:sequenceFlow id="Flow" sourceRef="Start" targetRef="End"/>
                            <bpmn:endEvent id="End"/>
                          </bpmn:process>
                        </bpmn:definitions>
                        """.formatted(MESSAGE_ONLY))
                .deploy();
        if (!engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(SUSPENDED).latestVersion()
                .singleResult().isSuspended()) {
            engine.getRepositoryService().suspendProcessDefinitionByKey(SUSPENDED);
        }
    }

    Stream<Arguments> refusals() {
        String messageOnlyId = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(MESSAGE_ONLY).latestVersion().singleResult().getId();
        return Stream.of(
                arguments("a suspended definition", "process-definition/key/" + SUSPENDED + "/start", 409),
                arguments("a suspended definition, through its start form", "process-definition/key/" + SUSPENDED + "/submit-form", 409),
                arguments("a message start only", "process-definition/key/" + MESSAGE_ONLY + "/start", 400),
                arguments("a message start only, by id", "process-definition/" + messageOnlyId + "/start", 400),
                arguments("an unknown key", "process-definition/key/khong-ton-tai/start", 404),
                arguments("an unknown id", "process-definition/khong-ton-tai:1:1/start", 404));
    }

    @ParameterizedTest(name = "/engine-rest: {0}")
    @MethodSource("refusals")
    void a_start_that_may_not_happen_is_4xx_problem_json_on_engine_rest(String kind, String path, int status) throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> answer = http.withBasicAuth("quantri", "test-password")
                .postForEntity("/engine-rest/" + path, new HttpEntity<>("{\"businessKey\": \"HS-START-REFUSAL\"}", headers),
                        String.class);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(status);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        assertProblem(json.readTree(answer.getBody()), status);
    }

    @ParameterizedTest(name = "/camunda/api/engine: {0}")
    @MethodSource("refusals")
    void a_start_that_may_not_happen_is_4xx_problem_json_on_the_tasklist_engine_api(String kind, String path, int status)
            throws Exception {
        HttpResponse<String> answer = OfficerSession.login(port, "quantri", "test-password")
                .postToWebapp("/camunda/api/engine/engine/default/" + path, "{\"businessKey\": \"HS-START-REFUSAL\"}");

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(status);
        assertThat(answer.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        assertProblem(json.readTree(answer.body()), status);
    }

    private void assertProblem(JsonNode body, int status) {
        assertThat(body.path("status").asInt()).isEqualTo(status);
        assertThat(body.path("detail").asText()).matches("(?s)(Không tìm thấy|Không bắt đầu|Quy trình).*");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceBusinessKey("HS-START-REFUSAL")
                .count()).isZero();
    }
}
