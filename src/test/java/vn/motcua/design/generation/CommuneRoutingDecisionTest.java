package vn.motcua.design.generation;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.dmn.Dmn;
import org.camunda.bpm.model.dmn.DmnModelInstance;
import org.camunda.bpm.model.dmn.HitPolicy;
import org.camunda.bpm.model.dmn.instance.DecisionTable;
import org.camunda.bpm.model.dmn.instance.Input;
import org.camunda.bpm.model.dmn.instance.Output;
import org.junit.jupiter.api.Test;

import vn.motcua.catalog.Procedure.CommuneRoute;
import vn.motcua.design.generation.ProcessGenerator.GeneratedProcess;
import vn.motcua.design.generation.StepTable.Step;

import static org.assertj.core.api.Assertions.assertThat;

/** A procedure routed by the receiving commune with an administrator's overrides decides by a table of its own. */
class CommuneRoutingDecisionTest {

    private static final String TAN_AN = "000.02.00.H99";
    private static final String TAN_DINH = "000.01.00.H99";
    private static final String KINH_BAC = "000.03.00.H99";
    private static final String DECISION = "generated-commune-tthc-9-999001";

    private final DmnEngine engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();

    private static StepTable table() {
        return new StepTable("tthc-9-999001", "Xác nhận thử nghiệm", "9.999001", null, false, 5, "commune", null,
                List.of(), List.of(new Step("Appraise", "Thẩm định hồ sơ", "specialist", "handling", null, 3, null, null,
                        List.of("supplement")), new Step("Sign", "Ký kết quả", "leader", "handling", null, 2, null, null,
                        List.of())), "test");
    }

    private static ProcessGenerator generator(List<CommuneRoute> overrides) {
        return new ProcessGenerator(Map.of(), Map.of(), Map.of("9.999001", overrides));
    }

    @Test
    void the_overrides_decide_first_and_every_other_commune_keeps_its_own_committee() {
        GeneratedProcess generated = generator(List.of(new CommuneRoute(TAN_AN, TAN_DINH))).generate(table());

        String dmn = generated.files().get("processes/generated/" + DECISION + ".dmn");
        assertThat(dmn).isNotNull();
        assertThat(generated.files()).doesNotContainKey("processes/generated/generated-receiving-commune.dmn");
        BpmnModelInstance bpmn = Bpmn.readModelFromStream(new ByteArrayInputStream(
                generated.bpmn().getBytes(StandardCharsets.UTF_8)));
        BusinessRuleTask route = bpmn.getModelElementById("Task_DetermineHandlingUnit");
        assertThat(route.getCamundaDecisionRef()).isEqualTo(DECISION);

        DmnDecision decision = engine.parseDecision(DECISION, new ByteArrayInputStream(dmn.getBytes(StandardCharsets.UTF_8)));
        assertThat(handlingUnit(decision, TAN_AN)).isEqualTo(TAN_DINH);
        assertThat(handlingUnit(decision, KINH_BAC)).isEqualTo(KINH_BAC);
        assertThat(handlingUnit(decision, TAN_DINH)).isEqualTo(TAN_DINH);
    }

    @Test
    void the_table_reads_in_modeler_with_vietnamese_labels_and_a_diagram() {
        String dmn = generator(List.of(new CommuneRoute(TAN_AN, TAN_DINH), new CommuneRoute(KINH_BAC, TAN_DINH)))
                .generate(table()).files().get("processes/generated/" + DECISION + ".dmn");

        DmnModelInstance model = Dmn.readModelFromStream(new ByteArrayInputStream(dmn.getBytes(StandardCharsets.UTF_8)));
        DecisionTable table = model.getModelElementsByType(DecisionTable.class).iterator().next();
        assertThat(table.getHitPolicy()).isEqualTo(HitPolicy.FIRST);
        assertThat(table.getInputs()).extracting(Input::getLabel).containsExactly("Xã, phường tiếp nhận");
        assertThat(table.getOutputs()).extracting(Output::getLabel).containsExactly("Đơn vị giải quyết");
        assertThat(table.getRules()).hasSize(3);
        assertThat(table.getRules().iterator().next().getDescription().getTextContent())
                .isEqualTo("Hồ sơ tiếp nhận tại xã, phường " + TAN_AN + " do đơn vị " + TAN_DINH + " giải quyết");
        assertThat(dmn).contains("<dmndi:DMNShape id=\"DMNShape_" + DECISION + "\" dmnElementRef=\"" + DECISION + "\">");
    }

    @Test
    void without_overrides_the_shared_literal_decides_and_the_overrides_change_the_fingerprint() {
        ProcessGenerator plain = new ProcessGenerator();
        GeneratedProcess generated = plain.generate(table());

        assertThat(generated.files()).containsKey("processes/generated/generated-receiving-commune.dmn")
                .doesNotContainKey("processes/generated/" + DECISION + ".dmn");
        assertThat(generator(List.of(new CommuneRoute(TAN_AN, TAN_DINH))).fingerprint(table()))
                .isNotEqualTo(plain.fingerprint(table()))
                .isNotEqualTo(generator(List.of(new CommuneRoute(TAN_AN, KINH_BAC))).fingerprint(table()));
    }

    private String handlingUnit(DmnDecision decision, String receivingCommune) {
        return engine.evaluateDecision(decision, Variables.createVariables().putValue("receivingCommune", receivingCommune))
                .getSingleResult().getSingleEntry();
    }
}
