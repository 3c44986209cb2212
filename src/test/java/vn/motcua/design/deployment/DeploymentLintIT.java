package vn.motcua.design.deployment;

import java.util.List;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

import vn.motcua.IntegrationTest;
import vn.motcua.design.lint.DeploymentLintException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.design.deployment.ModelerDeploymentIT.modelerUpload;

/** The deploy-time lint through the REST API as Camunda Modeler deploys, and through the Java API. */
@IntegrationTest
class DeploymentLintIT {

    /** A birth registration (same-day procedure) with one problem of each rule. */
    private static final String FLAWED_BPMN = """
            <?xml version="1.0" encoding="UTF-8"?>
            <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
              <bpmn:process id="birth-registration" name="Khai sinh sai" isExecutable="true">
                <bpmn:startEvent id="StartEvent_Submitted" camunda:formRef="lint-missing-start" camunda:formRefBinding="deployment" />
                <bpmn:sequenceFlow id="f1" sourceRef="StartEvent_Submitted" targetRef="Task_Route" />
                <bpmn:businessRuleTask id="Task_Route" camunda:decisionRef="lint-missing-decision" camunda:decisionRefBinding="deployment" camunda:resultVariable="handlingUnit" camunda:mapDecisionResult="singleEntry" />
                <bpmn:sequenceFlow id="f2" sourceRef="Task_Route" targetRef="Task_Appraise" />
                <bpmn:userTask id="Task_Appraise" name="Thẩm định">
                  <bpmn:extensionElements><camunda:properties><camunda:property name="slaDays" value="2" /></camunda:properties></bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:sequenceFlow id="f3" sourceRef="Task_Appraise" targetRef="CallActivity_Return" />
                <bpmn:callActivity id="CallActivity_Return" calledElement="lint-missing-process" camunda:calledElementBinding="deployment" />
                <bpmn:sequenceFlow id="f4" sourceRef="CallActivity_Return" targetRef="End" />
                <bpmn:endEvent id="End" />
              </bpmn:process>
            </bpmn:definitions>
            """;

    private static final String BROKEN_DMN = """
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="x" name="x" namespace="t">
              <decision id="lint-broken"><decisionTable id="t"><nonsense/></definitions>""";

    @Autowired
    TestRestTemplate http;

    @Autowired
    ProcessEngine engine;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void a_flawed_upload_gets_every_problem_of_every_file_in_one_400_and_nothing_is_deployed() throws Exception {
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();

        ResponseEntity<String> answer = http.withBasicAuth("thietke", "test-password").postForEntity(
                "/engine-rest/deployment/create", modelerUpload("lint-flawed.bpmn", FLAWED_BPMN,
                        "lint-broken.dmn", BROKEN_DMN, "lint-broken.form", "{\"id\": "), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode body = json.readTree(answer.getBody());
        assertThat(body.path("type").asText()).isEqualTo("ParseException");
        List<String> bpmnErrors = messages(body.path("details").path("lint-flawed.bpmn").path("errors"));
        assertThat(bpmnErrors).anySatisfy(m -> assertThat(m).contains("thiếu thời gian lưu lịch sử (camunda:historyTimeToLive)"))
                .anySatisfy(m -> assertThat(m).contains("(Task_Appraise) thiếu nhóm xử lý (camunda:candidateGroups)"))
                .anySatisfy(m -> assertThat(m).contains("(Task_Appraise) thiếu biểu mẫu"))
                .anySatisfy(m -> assertThat(m).contains("16 giờ làm việc").contains("vượt thời hạn luật định của thủ tục 1.001193"))
                .anySatisfy(m -> assertThat(m).contains("biểu mẫu 'lint-missing-start'"))
                .anySatisfy(m -> assertThat(m).contains("bảng quyết định (DMN) 'lint-missing-decision'"))
                .anySatisfy(m -> assertThat(m).contains("quy trình con 'lint-missing-process'"));
        assertThat(body.path("details").path("lint-flawed.bpmn").path("errors").get(0).path("line").asInt()).isPositive();
        assertThat(messages(body.path("details").path("lint-broken.dmn").path("errors")))
                .singleElement().asString().startsWith("Bảng quyết định (DMN) không đọc được");
        assertThat(messages(body.path("details").path("lint-broken.form").path("errors")))
                .singleElement().asString().startsWith("Biểu mẫu không đọc được");

        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName("modeler-lint-flawed.bpmn").count())
                .isZero();
    }

    @Test
    void a_lone_unparsable_dmn_or_form_is_a_400_with_the_reason_not_a_500() {
        for (String[] upload : List.of(new String[] {"lint-alone.dmn", BROKEN_DMN},
                new String[] {"lint-alone.form", "[1, 2"})) {
            ResponseEntity<String> answer = http.withBasicAuth("thietke", "test-password").postForEntity(
                    "/engine-rest/deployment/create", modelerUpload(upload), String.class);

            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
            assertThat(answer.getBody()).contains("không đọc được");
        }
    }

    @Test
    void the_java_api_refuses_with_the_same_exception() {
        assertThatThrownBy(() -> engine.getRepositoryService().createDeployment().name("lint-java")
                .addString("lint-java.bpmn", FLAWED_BPMN).deploy())
                .isInstanceOf(DeploymentLintException.class).isInstanceOf(ParseException.class)
                .hasMessageContaining("Triển khai bị từ chối")
                .satisfies(e -> assertThat(((ParseException) e).getResorceReports())
                        .singleElement().satisfies(report -> assertThat(report.getErrors()).hasSizeGreaterThan(5)));
        assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName("lint-java").count()).isZero();
    }

    @Test
    void a_problem_both_the_engine_parse_and_the_lint_see_is_reported_once() {
        String bpmn = FLAWED_BPMN.replace("value=\"2\"", "value=\"hai\"");

        assertThatThrownBy(() -> engine.getRepositoryService().createDeployment().name("lint-once")
                .addString("lint-once.bpmn", bpmn).deploy())
                .isInstanceOf(DeploymentLintException.class)
                .satisfies(e -> assertThat(((DeploymentLintException) e).problems())
                        .filteredOn(problem -> problem.message().contains("slaDays phải là một số dương")).hasSize(1));
    }

    @Test
    void a_call_to_an_already_deployed_process_with_binding_latest_passes() {
        String caller = """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
                  <bpmn:process id="lint-caller" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="s" />
                    <bpmn:sequenceFlow id="f" sourceRef="s" targetRef="c" />
                    <bpmn:callActivity id="c" calledElement="common-apology" camunda:calledElementBinding="latest" />
                  </bpmn:process>
                </bpmn:definitions>
                """;
        ResponseEntity<String> answer = http.withBasicAuth("thietke", "test-password").postForEntity(
                "/engine-rest/deployment/create", modelerUpload("lint-caller.bpmn", caller), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    private static List<String> messages(JsonNode errors) {
        return StreamSupport.stream(errors.spliterator(), false)
                .map(error -> error.path("message").asText()).toList();
    }
}
