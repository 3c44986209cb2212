package vn.motcua.design.deployment;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;

import vn.motcua.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Deployments sent the way Camunda Modeler sends them: multipart to /engine-rest/deployment/create. */
@IntegrationTest
class ModelerDeploymentIT {

    private static final String MALFORMED_BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d" targetNamespace="t">
              <bpmn:process id="broken" isExecutable="true" historyTimeToLive="30">
                <bpmn:startEvent id="start" />
                <bpmn:sequenceFlow id="f" sourceRef="start" targetRef="nowhere" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ProcessEngine engine;

    @Test
    void a_malformed_bpmn_is_refused_with_400_and_the_parsers_message() {
        ResponseEntity<String> answer = http.withBasicAuth("thietke", "test-password")
                .postForEntity("/engine-rest/deployment/create", modelerUpload("broken.bpmn", MALFORMED_BPMN), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("ParseException").contains("nowhere");
    }

    static Stream<Arguments> unreadableFiles() {
        return Stream.of(
                arguments("XML that is not well-formed", new String[] {"unreadable-xml.bpmn",
                        NOTE_BPMN.replace("leave-note", "unreadable-xml").replace("</bpmn:process>", "")}, "XML sai cú pháp"),
                arguments("a timer start event whose cycle does not parse", new String[] {"unreadable-timer.bpmn", """
                        <?xml version="1.0" encoding="UTF-8"?>
                        <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                            xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
                          <bpmn:process id="unreadable-timer" isExecutable="true" camunda:historyTimeToLive="30">
                            <bpmn:startEvent id="start">
                              <bpmn:timerEventDefinition id="timer"><bpmn:timeCycle>R/moi-sang</bpmn:timeCycle></bpmn:timerEventDefinition>
                            </bpmn:startEvent>
                            <bpmn:sequenceFlow id="f" sourceRef="start" targetRef="end" />
                            <bpmn:endEvent id="end" />
                          </bpmn:process>
                        </bpmn:definitions>
                        """}, "moi-sang"),
                arguments("two files defining the same process", new String[] {"unreadable-a.bpmn",
                        NOTE_BPMN.replace("leave-note", "unreadable-twice").replace("camunda:formRef=\"unreadable-twice\" camunda:formRefBinding=\"deployment\" ", ""),
                        "unreadable-b.bpmn",
                        NOTE_BPMN.replace("leave-note", "unreadable-twice").replace("camunda:formRef=\"unreadable-twice\" camunda:formRefBinding=\"deployment\" ", "")},
                        "unreadable-twice"),
                arguments("a form that is not JSON", new String[] {"unreadable.form", "{\"id\": \"unreadable\", \"components\": ["},
                        "JSON sai cú pháp"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("unreadableFiles")
    void a_file_the_engine_cannot_read_is_refused_with_400_and_its_message(String kind, String[] upload, String reason)
            throws Exception {
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();

        ResponseEntity<String> answer = http.withBasicAuth("thietke", "test-password")
                .postForEntity("/engine-rest/deployment/create", modelerUpload(upload), String.class);

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        var body = new ObjectMapper().readTree(answer.getBody());
        assertThat(body.path("status").asInt()).isEqualTo(400);
        assertThat(body.path("detail").asText()).startsWith("Triển khai bị từ chối").contains(reason);
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
    }

    @Test
    void an_anonymous_deployment_is_refused_with_401() {
        ResponseEntity<String> answer = http.postForEntity("/engine-rest/deployment/create",
                modelerUpload("broken.bpmn", MALFORMED_BPMN), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    }

    @Test
    void a_designer_deploys_a_diagram_with_its_form_exactly_as_camunda_modeler_sends_it() {
        ResponseEntity<String> answer = http.withBasicAuth("thietke", "test-password")
                .postForEntity("/engine-rest/deployment/create",
                        modelerUpload("leave-note.bpmn", NOTE_BPMN, "leave-note.form", NOTE_FORM), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(answer.getBody()).contains("\"source\":\"Camunda Modeler\"").contains("leave-note");
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey("leave-note")
                .count()).isPositive();
    }

    @Test
    void a_specialist_may_not_deploy() {
        ResponseEntity<String> answer = http.withBasicAuth("hotich.tandinh", "test-password")
                .postForEntity("/engine-rest/deployment/create",
                        modelerUpload("leave-note.bpmn", NOTE_BPMN, "leave-note.form", NOTE_FORM), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    }

    @Test
    void only_administrators_may_change_authorizations() {
        String grant = """
                {"type": 1, "permissions": ["ALL"], "userId": "thietke", "resourceType": 0, "resourceId": "*"}""";
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);

        ResponseEntity<String> byDesigner = http.withBasicAuth("thietke", "test-password")
                .postForEntity("/engine-rest/authorization/create", new HttpEntity<>(grant, headers), String.class);
        assertThat(byDesigner.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

        ResponseEntity<String> byAdministrator = http.withBasicAuth("quantri", "test-password")
                .postForEntity("/engine-rest/authorization/create", new HttpEntity<>(grant.replace("thietke", "quantri"),
                        headers), String.class);
        assertThat(byAdministrator.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private static final String NOTE_BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
              <bpmn:process id="leave-note" name="Ghi chú" isExecutable="true" camunda:historyTimeToLive="30">
                <bpmn:startEvent id="start" camunda:formRef="leave-note" camunda:formRefBinding="deployment" />
                <bpmn:sequenceFlow id="f" sourceRef="start" targetRef="end" />
                <bpmn:endEvent id="end" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    private static final String NOTE_FORM = """
            {"id": "leave-note", "type": "default", "schemaVersion": 16,
             "components": [{"type": "textfield", "key": "note", "label": "Ghi chú", "id": "Field_note"}]}
            """;

    static HttpEntity<MultiValueMap<String, Object>> modelerUpload(String... namesAndContents) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "modeler-" + namesAndContents[0]);
        parts.add("deployment-source", "Camunda Modeler");
        parts.add("enable-duplicate-filtering", "true");
        for (int i = 0; i < namesAndContents.length; i += 2) {
            String fileName = namesAndContents[i];
            parts.add(fileName, new ByteArrayResource(namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8)) {
                @Override
                public String getFilename() {
                    return fileName;
                }
            });
        }
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(parts, headers);
    }
}
