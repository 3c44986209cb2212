package vn.motcua.design.lint;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/** BPMN, DMN and form snippets for the lint's tests, and a lint over them without the engine. */
final class LintFixtures {

    static final DmnEngine DMN = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    /** A same-day procedure for {@code same-day} and a 2-working-day one for {@code two-days}. */
    static final ProcedureLimits LIMITS = key -> switch (key) {
        case "same-day" -> Optional.of(ProcedureLimits.LegalLimit.of("1.000001", null, null, true, null));
        case "two-days" -> Optional.of(ProcedureLimits.LegalLimit.of("1.000002", 2, null, false, null));
        default -> Optional.empty();
    };

    private LintFixtures() {
    }

    /** A definitions document holding one executable process. */
    static String process(String key, String processAttributes, String body) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
                  <bpmn:process id="%s" isExecutable="true"%s>
                %s
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, processAttributes, body);
    }

    /** A process with history time to live and the given body. */
    static String process(String key, String body) {
        return process(key, " camunda:historyTimeToLive=\"365\"", body);
    }

    /** A complete user task with the given allotment property. */
    static String task(String id, String property, String value) {
        return """
                    <bpmn:userTask id="%s" name="Bước %s" camunda:candidateGroups="${handlingUnit}:specialist" camunda:formRef="f" camunda:formRefBinding="deployment">
                      <bpmn:extensionElements><camunda:properties><camunda:property name="%s" value="%s"/></camunda:properties></bpmn:extensionElements>
                    </bpmn:userTask>""".formatted(id, id, property, value);
    }

    /** Sequence flows from each element to the next ({@code "A", "B", "C"}: A → B → C). */
    static String flows(String... ids) {
        StringBuilder flows = new StringBuilder();
        for (int i = 0; i + 1 < ids.length; i++) {
            flows.append("<bpmn:sequenceFlow id=\"Flow_%s_%s\" sourceRef=\"%s\" targetRef=\"%s\"/>%n"
                    .formatted(ids[i], ids[i + 1], ids[i], ids[i + 1]));
        }
        return flows.toString();
    }

    static final String FORM = """
            {"id": "f", "type": "default", "components": []}""";

    static final String DECISION = """
            <?xml version="1.0" encoding="UTF-8"?>
            <definitions xmlns="https://www.omg.org/spec/DMN/20191111/MODEL/" id="drd" name="d" namespace="t">
              <decision id="route" name="Route">
                <decisionTable id="table">
                  <input id="i"><inputExpression id="ie" typeRef="string"><text>place</text></inputExpression></input>
                  <output id="o" name="handlingUnit" typeRef="string"/>
                  <rule id="r"><inputEntry id="e"><text>"a"</text></inputEntry><outputEntry id="oe"><text>"A"</text></outputEntry></rule>
                </decisionTable>
              </decision>
            </definitions>
            """;

    /** Resources from alternating names and contents. */
    static Map<String, byte[]> resources(String... namesAndContents) {
        Map<String, byte[]> resources = new LinkedHashMap<>();
        for (int i = 0; i < namesAndContents.length; i += 2) {
            resources.put(namesAndContents[i], namesAndContents[i + 1].getBytes(StandardCharsets.UTF_8));
        }
        return resources;
    }

    /** The problems of the resources, with the form {@code f} always deployed alongside. */
    static List<LintProblem> lint(String... namesAndContents) {
        Map<String, byte[]> resources = resources(namesAndContents);
        resources.putIfAbsent("forms/f.form", FORM.getBytes(StandardCharsets.UTF_8));
        return new DeploymentLint(DMN, DeployedDefinitions.NONE, LIMITS).check(resources);
    }
}
