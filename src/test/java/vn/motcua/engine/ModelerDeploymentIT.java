package vn.motcua.engine;

import org.junit.jupiter.api.Test;
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

    @Test
    void a_malformed_bpmn_is_refused_with_400_and_the_parsers_message() {
        ResponseEntity<String> answer = http.withBasicAuth("thietke", "test-password")
                .postForEntity("/engine-rest/deployment/create", modelerUpload("broken.bpmn", MALFORMED_BPMN), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(answer.getBody()).contains("ParseException").contains("nowhere");
    }

    @Test
    void an_anonymous_deployment_is_refused_with_401() {
        ResponseEntity<String> answer = http.postForEntity("/engine-rest/deployment/create",
                modelerUpload("broken.bpmn", MALFORMED_BPMN), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(answer.getHeaders().getContentType().isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
    }

    static HttpEntity<MultiValueMap<String, Object>> modelerUpload(String fileName, String content) {
        MultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
        parts.add("deployment-name", "modeler-" + fileName);
        parts.add("deployment-source", "Camunda Modeler");
        parts.add("enable-duplicate-filtering", "true");
        parts.add("data", new ByteArrayResource(content.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return new HttpEntity<>(parts, headers);
    }
}
