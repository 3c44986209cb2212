package vn.motcua.design.lint;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import vn.motcua.sla.engine.SlaDiagramProperties;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Camunda Modeler element templates ({@code processes/element-templates/*.json}, Camunda 7 schema):
 * well-formed, and binding exactly what the lint and the engine read — a user task made from a
 * template's defaults passes the lint, call activities call the shared processes of {@code processes/common}.
 */
class ElementTemplatesTest {

    private static final Path DIRECTORY = Path.of("processes/element-templates");
    private static final Set<String> C7_BINDINGS = Set.of("property", "camunda:property", "camunda:inputParameter",
            "camunda:outputParameter", "camunda:in", "camunda:out", "camunda:in:businessKey",
            "camunda:executionListener", "camunda:field", "camunda:errorEventDefinition");
    /** Bindings that the schema allows only as String, Hidden or Dropdown. */
    private static final Set<String> NO_BOOLEAN_OR_TEXT = Set.of("camunda:property", "camunda:in", "camunda:out",
            "camunda:in:businessKey", "camunda:outputParameter", "camunda:errorEventDefinition");
    private static final Pattern CANDIDATE_GROUP = Pattern.compile("\\$\\{(receivingUnit|handlingUnit)}:(reception|specialist|leader)");

    private static final List<JsonNode> templates = new ArrayList<>();

    @BeforeAll
    static void read() throws Exception {
        ObjectMapper json = new ObjectMapper();
        try (Stream<Path> files = Files.list(DIRECTORY)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode content = json.readTree(file.toFile());
                if (content.isArray()) {
                    content.forEach(templates::add);
                } else {
                    templates.add(content);
                }
            }
        }
    }

    @Test
    void every_template_has_the_required_fields_and_a_unique_id() {
        assertThat(templates).hasSizeGreaterThanOrEqualTo(7);
        Set<String> ids = new HashSet<>();
        for (JsonNode template : templates) {
            String id = template.path("id").asText();
            assertThat(ids.add(id)).as("unique id %s", id).isTrue();
            assertThat(template.path("$schema").asText()).isEqualTo(
                    "https://unpkg.com/@camunda/element-templates-json-schema/resources/schema.json");
            assertThat(template.path("name").asText()).as(id).startsWith("Motcua: ");
            assertThat(template.path("version").isInt()).as(id).isTrue();
            List<String> appliesTo = texts(template.path("appliesTo"));
            assertThat(appliesTo).as(id).isNotEmpty().allSatisfy(type -> assertThat(type).startsWith("bpmn:"));
            String elementType = template.path("elementType").path("value").asText();
            assertThat(appliesTo).as(id).contains(elementType);
            assertThat(template.path("properties").isArray()).as(id).isTrue();
        }
    }

    @Test
    void every_property_uses_a_camunda_7_binding_with_an_allowed_field_type() {
        for (JsonNode template : templates) {
            for (JsonNode property : template.path("properties")) {
                String binding = property.path("binding").path("type").asText();
                String type = property.path("type").asText();
                String where = template.path("id").asText() + " " + property;
                assertThat(C7_BINDINGS).as(where).contains(binding);
                assertThat(Set.of("String", "Text", "Hidden", "Dropdown", "Boolean")).as(where).contains(type);
                if (NO_BOOLEAN_OR_TEXT.contains(binding)) {
                    assertThat(Set.of("String", "Hidden", "Dropdown")).as(where).contains(type);
                }
                if (binding.equals("camunda:out")) {
                    assertThat(property.path("binding").has("source") || property.path("binding").has("variables")
                            || property.path("binding").has("sourceExpression")).as(where).isTrue();
                }
                if (binding.equals("camunda:in")) {
                    assertThat(property.path("binding").has("target") || property.path("binding").has("variables"))
                            .as(where).isTrue();
                }
                if (type.equals("Dropdown")) {
                    assertThat(property.path("choices")).as(where).isNotEmpty();
                    assertThat(texts(property.path("choices").findValues("value").stream().toList()))
                            .as(where).contains(property.path("value").asText());
                }
            }
        }
    }

    @Test
    void a_user_task_made_from_each_step_template_passes_the_lint() {
        List<JsonNode> steps = ofType("bpmn:UserTask");
        assertThat(steps).isNotEmpty();
        for (JsonNode template : steps) {
            StringBuilder attributes = new StringBuilder();
            StringBuilder properties = new StringBuilder();
            for (JsonNode property : template.path("properties")) {
                JsonNode binding = property.path("binding");
                String value = property.path("value").asText(binding.path("name").asText().equals("camunda:formRef") ? "f" : "Bước");
                if (binding.path("name").asText().equals("camunda:candidateGroups")) {
                    property.path("choices").forEach(choice -> assertThat(choice.path("value").asText()).matches(CANDIDATE_GROUP));
                }
                if (binding.path("type").asText().equals("property")) {
                    attributes.append(' ').append(binding.path("name").asText()).append("=\"").append(value).append('"');
                } else if (binding.path("type").asText().equals("camunda:property")) {
                    assertThat(binding.path("name").asText()).isIn(SlaDiagramProperties.SLA_DAYS, SlaDiagramProperties.SLA_HOURS);
                    properties.append("<camunda:property name=\"").append(binding.path("name").asText())
                            .append("\" value=\"").append(value).append("\"/>");
                }
            }
            String task = "<bpmn:userTask id=\"Task_FromTemplate\" camunda:modelerTemplate=\"" + template.path("id").asText() + "\""
                    + attributes + "><bpmn:extensionElements><camunda:properties>" + properties
                    + "</camunda:properties></bpmn:extensionElements></bpmn:userTask>";

            assertThat(LintFixtures.lint("t.bpmn", LintFixtures.process("from-template", task)))
                    .as(template.path("id").asText()).isEmpty();
        }
    }

    @Test
    void call_activities_call_the_shared_processes_bound_to_the_deployment_with_the_business_key() throws Exception {
        List<JsonNode> calls = ofType("bpmn:CallActivity");
        Set<String> called = new HashSet<>();
        for (JsonNode template : calls) {
            String id = template.path("id").asText();
            String key = hidden(template, "calledElement");
            called.add(key);
            assertThat(Files.readString(Path.of("processes/common", key + ".bpmn"))).contains("id=\"" + key + "\"");
            assertThat(hidden(template, "camunda:calledElementBinding")).as(id).isEqualTo("deployment");
            assertThat(template.path("properties").findValues("type").stream().map(JsonNode::asText))
                    .as(id).contains("camunda:in:businessKey");
        }
        assertThat(called).containsExactlyInAnyOrder("common-supplement", "common-apology", "common-result-return",
                "common-withdrawal");
    }

    @Test
    void the_routing_template_writes_the_handling_unit_as_the_routing_dmns_are_used() {
        JsonNode routing = ofType("bpmn:BusinessRuleTask").get(0);
        assertThat(hidden(routing, "camunda:decisionRefBinding")).isEqualTo("deployment");
        assertThat(hidden(routing, "camunda:resultVariable")).isEqualTo("handlingUnit");
        assertThat(hidden(routing, "camunda:mapDecisionResult")).isEqualTo("singleEntry");
    }

    private static List<JsonNode> ofType(String elementType) {
        return templates.stream().filter(t -> t.path("elementType").path("value").asText().equals(elementType)).toList();
    }

    private static String hidden(JsonNode template, String attribute) {
        for (JsonNode property : template.path("properties")) {
            if (property.path("binding").path("type").asText().equals("property")
                    && property.path("binding").path("name").asText().equals(attribute)) {
                assertThat(property.path("type").asText()).isEqualTo("Hidden");
                return property.path("value").asText();
            }
        }
        throw new AssertionError(template.path("id").asText() + " does not set " + attribute);
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asText()));
        return texts;
    }

    private static List<String> texts(List<JsonNode> nodes) {
        return nodes.stream().map(JsonNode::asText).toList();
    }
}
