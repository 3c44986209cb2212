package vn.motcua.engine;

import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import vn.motcua.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static vn.motcua.engine.ModelerDeploymentIT.modelerUpload;

/**
 * Every kind of broken reference a designer can deploy from Camunda Modeler is refused with a 400
 * problem+json naming the reason, and nothing is deployed.
 */
@IntegrationTest
class DeploymentRefusalIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ProcessEngine engine;

    private final ObjectMapper json = new ObjectMapper();

    static Stream<Arguments> brokenReferences() {
        return Stream.of(
                arguments("BPMN: formRef to a missing form", new String[] {"refusal-form.bpmn", process("refusal-form",
                        "<bpmn:startEvent id=\"Start\" camunda:formRef=\"refusal-missing-form\" camunda:formRefBinding=\"deployment\"/>")},
                        "biểu mẫu 'refusal-missing-form'"),
                arguments("BPMN: calledElement of a missing process", new String[] {"refusal-call.bpmn", process("refusal-call",
                        "<bpmn:callActivity id=\"Call\" calledElement=\"refusal-missing-process\"/>")},
                        "quy trình con 'refusal-missing-process'"),
                arguments("BPMN: decisionRef of a missing DMN", new String[] {"refusal-dmn.bpmn", process("refusal-dmn",
                        "<bpmn:businessRuleTask id=\"Route\" camunda:decisionRef=\"refusal-missing-decision\" camunda:mapDecisionResult=\"singleEntry\" camunda:resultVariable=\"x\"/>")},
                        "bảng quyết định (DMN) 'refusal-missing-decision'"),
                arguments("BPMN: candidate group of an unknown role", new String[] {"refusal-role.bpmn", process("refusal-role", """
                        <bpmn:userTask id="Task_Check" name="Kiểm tra" camunda:candidateGroups="${handlingUnit}:specialst" camunda:formKey="x">
                          <bpmn:extensionElements><camunda:properties><camunda:property name="slaDays" value="1"/></camunda:properties></bpmn:extensionElements>
                        </bpmn:userTask>""")},
                        "vai trò không tồn tại 'specialst'"),
                arguments("DMN: an output entry that is not FEEL", new String[] {"refusal-feel.dmn",
                        decision("\"a\"", "\"A\" +* 2")}, "giá trị đầu ra FEEL sai cú pháp '\"A\" +* 2'"),
                arguments("DMN: an input entry that is not FEEL", new String[] {"refusal-feel-in.dmn",
                        decision("> > 3", "\"A\"")}, "điều kiện đầu vào FEEL sai cú pháp '> > 3'"),
                arguments("DMN: not a decision table", new String[] {"refusal-broken.dmn",
                        "<definitions xmlns=\"https://www.omg.org/spec/DMN/20191111/MODEL/\" id=\"x\" name=\"x\" namespace=\"t\"><decision id=\"d\"><nonsense/></definitions>"},
                        "Bảng quyết định (DMN) không đọc được"),
                arguments("Form: two forms with the same id", new String[] {"refusal-a.form",
                        "{\"id\": \"refusal-same\", \"components\": []}", "refusal-b.form", "{\"id\": \"refusal-same\", \"components\": []}"},
                        "trùng với tệp refusal-a.form"),
                arguments("Form: JSON that is not a form", new String[] {"refusal-list.form", "[1, 2, 3]"}, "thiếu \"id\""),
                arguments("Form: no components", new String[] {"refusal-empty.form", "{\"id\": \"refusal-empty\"}"},
                        "thiếu danh sách \"components\""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("brokenReferences")
    void a_deployment_with_a_broken_reference_is_refused_with_400_problem_json(String kind, String[] upload, String reason)
            throws Exception {
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();

        ResponseEntity<String> answer = http.withBasicAuth("thietke", "test-password")
                .postForEntity("/engine-rest/deployment/create", modelerUpload(upload), String.class);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        var body = json.readTree(answer.getBody());
        assertThat(body.path("status").asInt()).isEqualTo(400);
        assertThat(body.path("detail").asText()).startsWith("Triển khai bị từ chối").contains(reason);
        assertThat(body.path("details").path(upload[upload.length - 2]).isMissingNode()
                && body.path("details").path(upload[0]).isMissingNode()).as("Camunda's per-file details stay").isFalse();
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
    }

    private static String process(String key, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="365">
                %s
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, body);
    }

    private static String decision(String inputEntry, String outputEntry) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" xmlns:camunda="http://camunda.org/schema/1.0/dmn"
                    id="drd" name="d" namespace="t">
                  <decision id="refusal-route-%s" name="Route" camunda:historyTimeToLive="365">
                    <decisionTable id="table">
                      <input id="i"><inputExpression id="ie" typeRef="string"><text>place</text></inputExpression></input>
                      <output id="o" name="handlingUnit" typeRef="string"/>
                      <rule id="Rule_1"><inputEntry id="e"><text>%s</text></inputEntry><outputEntry id="oe"><text>%s</text></outputEntry></rule>
                    </decisionTable>
                  </decision>
                </definitions>
                """.formatted(Math.abs(outputEntry.hashCode()), xml(inputEntry), xml(outputEntry));
    }

    private static String xml(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
