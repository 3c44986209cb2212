package vn.motcua.design.deployment;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.ResponseEntity;

import vn.motcua.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static vn.motcua.design.deployment.ModelerDeploymentIT.modelerUpload;

/**
 * Every kind of broken reference a designer can deploy from Camunda Modeler is refused with a 400
 * problem+json naming the reason, and nothing is deployed; so is every BPMN, DMN and form the project
 * ships, once broken the way a designer's slip would break it.
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

    static Stream<Arguments> codeInDeployments() {
        return Stream.of(
                arguments("a timer-fired service task that makes the designer administrator", "code-admin.bpmn",
                        timerFired("code-admin", "${identityService.createMembership('thietke', 'camunda-admin')}"),
                        "Reach", "thành phần hệ thống 'identityService'"),
                arguments("a timer-fired service task that reads the payment gateway's secret", "code-secret.bpmn",
                        timerFired("code-secret",
                                "${execution.setVariable('secret', environment.getProperty('motcua.payment.vnpay.hash-secret'))}"),
                        "Reach", "thành phần hệ thống 'environment'"),
                arguments("the same reach through execution", "code-execution.bpmn",
                        timerFired("code-execution",
                                "${execution.processEngineServices.identityService.createMembership('thietke', 'camunda-admin')}"),
                        "Reach", "dùng 'processEngineServices' trên execution"),
                arguments("a Java class", "code-class.bpmn", process("code-class", """
                        <bpmn:serviceTask id="Reach" camunda:class="org.camunda.bpm.engine.impl.util.ReflectUtil"/>"""),
                        "Reach", "không được chạy mã"),
                arguments("a script task", "code-script.bpmn", process("code-script", """
                        <bpmn:scriptTask id="Reach" scriptFormat="javascript"><bpmn:script>1</bpmn:script></bpmn:scriptTask>"""),
                        "Reach", "tác vụ kịch bản"),
                arguments("a decision in JUEL", "code-juel.dmn", decision("\"a\"", "x").replace("<outputEntry id=\"oe\">",
                                "<outputEntry id=\"oe\" expressionLanguage=\"juel\">").replace("<text>x</text>",
                                "<text>${environment.getProperty('motcua.payment.vnpay.hash-secret')}</text>"),
                        "Rule_1", "ngôn ngữ 'juel'"));
    }

    /** A deployment that runs code is refused at deployment: 400 naming the element and its line, nothing deployed. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("codeInDeployments")
    void a_deployment_that_runs_code_is_refused_with_400_naming_the_element_and_line(String kind, String name, String content,
                                                                                    String element, String reason)
            throws Exception {
        long deployments = engine.getRepositoryService().createDeploymentQuery().count();

        ResponseEntity<String> answer = http.withBasicAuth("thietke", "test-password")
                .postForEntity("/engine-rest/deployment/create", modelerUpload(name, content), String.class);

        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType().toString()).startsWith("application/problem+json");
        var body = json.readTree(answer.getBody());
        assertThat(body.path("detail").asText()).startsWith("Triển khai bị từ chối").contains(reason);
        int line = lineOf(content, "id=\"" + (name.endsWith(".dmn") ? "oe" : element) + "\"");
        assertThat(body.path("details").path(name).path("errors")).anySatisfy(error -> {
            assertThat(error.path("mainElementId").asText()).isEqualTo(element);
            assertThat(error.path("line").asInt()).isEqualTo(line);
            assertThat(error.path("message").asText()).contains(reason);
        });
        assertThat(engine.getRepositoryService().createDeploymentQuery().count()).isEqualTo(deployments);
        assertThat(engine.getIdentityService().createUserQuery().userId("thietke").memberOfGroup("camunda-admin").count())
                .isZero();
    }

    private static String timerFired(String key, String expression) {
        return process(key, """
                <bpmn:startEvent id="Start">
                  <bpmn:timerEventDefinition id="Timer"><bpmn:timeCycle>R1/PT1S</bpmn:timeCycle></bpmn:timerEventDefinition>
                </bpmn:startEvent>
                <bpmn:sequenceFlow id="Flow_1" sourceRef="Start" targetRef="Reach"/>
                <bpmn:serviceTask id="Reach" name="Đồng bộ" camunda:expression="%s"/>
                <bpmn:sequenceFlow id="Flow_2" sourceRef="Reach" targetRef="End"/>
                <bpmn:endEvent id="End"/>""".formatted(expression.replace("'", "&apos;")));
    }

    /** The 1-based line of the first occurrence of the text. */
    private static int lineOf(String content, String text) {
        return (int) content.substring(0, content.indexOf(text)).chars().filter(c -> c == '\n').count() + 1;
    }

    private static final Pattern FORM_REF = Pattern.compile("camunda:formRef=\"([^\"]+)\"");
    private static final Pattern CALLED_ELEMENT = Pattern.compile("calledElement=\"([^\"]+)\"");
    private static final Pattern CANDIDATE_ROLE = Pattern.compile("camunda:candidateGroups=\"[^\"]*:([a-z]+)\"");
    private static final Pattern LITERAL_EXPRESSION = Pattern.compile("(<literalExpression[^>]*>\\s*<text>)([^<]*)(</text>)");
    private static final Pattern OUTPUT_ENTRY = Pattern.compile("(<outputEntry[^>]*>\\s*<text>)([^<]*)(</text>)");

    /**
     * Each shipped model with one slip: a form, subprocess or role misspelt, a FEEL output mistyped, the
     * components lost.
     */
    static Stream<Arguments> shippedModelsBroken() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        PathMatchingResourcePatternResolver resources = new PathMatchingResourcePatternResolver();
        for (Resource model : resources.getResources("classpath*:processes/**/*.bpmn")) {
            String xml = model.getContentAsString(StandardCharsets.UTF_8);
            Matcher ref = literal(FORM_REF.matcher(xml));
            Matcher called = literal(CALLED_ELEMENT.matcher(xml));
            Matcher role = CANDIDATE_ROLE.matcher(xml);
            if (ref != null || called != null) {
                Matcher slip = ref != null ? ref : called;
                String missing = slip.group(1) + "-khong-ton-tai";
                cases.add(arguments(model.getFilename(), model.getFilename(),
                        xml.substring(0, slip.start(1)) + missing + xml.substring(slip.end(1)),
                        (slip == ref ? "biểu mẫu '" : "quy trình con '") + missing + "'"));
            } else if (role.find()) {
                String typo = role.group(1) + "x";
                cases.add(arguments(model.getFilename(), model.getFilename(),
                        xml.substring(0, role.start(1)) + typo + xml.substring(role.end(1)),
                        "vai trò không tồn tại '" + typo + "'"));
            } else {
                throw new IllegalStateException(model.getFilename() + " names no form, subprocess or role");
            }
        }
        for (Resource model : resources.getResources("classpath*:processes/**/*.dmn")) {
            String xml = model.getContentAsString(StandardCharsets.UTF_8);
            Matcher entry = OUTPUT_ENTRY.matcher(xml);
            Matcher literal = LITERAL_EXPRESSION.matcher(xml);
            Matcher slip = entry.find() ? entry : literal.find() ? literal : null;
            if (slip == null) {
                throw new IllegalStateException(model.getFilename() + " has no output entry and no literal expression");
            }
            cases.add(arguments(model.getFilename(), model.getFilename(),
                    xml.substring(0, slip.start(2)) + "\"A\" +* 2" + xml.substring(slip.end(2)),
                    (slip == entry ? "giá trị đầu ra" : "biểu thức") + " FEEL sai cú pháp"));
        }
        for (Resource form : resources.getResources("classpath*:forms/**/*.form")) {
            String content = form.getContentAsString(StandardCharsets.UTF_8);
            cases.add(arguments(form.getFilename(), form.getFilename(),
                    content.replaceFirst("\"components\"", "\"thanhPhan\""), "thiếu danh sách \"components\""));
        }
        assertThat(cases).as("models found on the classpath").hasSizeGreaterThan(50);
        return cases.stream();
    }

    /** The matcher at its first reference by a literal name (not an expression), or null. */
    private static Matcher literal(Matcher matcher) {
        while (matcher.find()) {
            if (!matcher.group(1).contains("${")) {
                return matcher;
            }
        }
        return null;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("shippedModelsBroken")
    void every_shipped_model_deployed_with_a_slip_is_refused_with_400_and_the_reason(String file, String name,
                                                                                    String content, String reason)
            throws Exception {
        a_deployment_with_a_broken_reference_is_refused_with_400_problem_json(file, new String[] {name, content}, reason);
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
