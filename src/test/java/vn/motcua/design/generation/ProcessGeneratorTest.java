package vn.motcua.design.generation;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import vn.motcua.design.generation.GeneratedFiles.Outcome;
import vn.motcua.design.generation.ProcessGenerator.GeneratedProcess;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Generation from step tables: skeleton, lanes, DI, task properties, forms, and the hand-edit guard. */
class ProcessGeneratorTest {

    private static final Path ROOT = Path.of(".").toAbsolutePath().normalize();
    private final ProcessGenerator generator = new ProcessGenerator();

    private static BpmnModelInstance model(GeneratedProcess generated) {
        return Bpmn.readModelFromStream(new ByteArrayInputStream(generated.bpmn().getBytes(StandardCharsets.UTF_8)));
    }

    private static StepTable land() throws IOException {
        return StepTable.read(ROOT.resolve("processes/internal/land-first-registration.yaml"))
                .withSource("processes/internal/land-first-registration.yaml");
    }

    @Test
    void lanes_hold_the_steps_of_their_role_and_unit() throws IOException {
        BpmnModelInstance model = model(generator.generate(land()));

        Map<String, Lane> lanes = model.getModelElementsByType(Lane.class).stream()
                .collect(Collectors.toMap(Lane::getName, lane -> lane));
        assertThat(lanes).containsOnlyKeys("Bộ phận tiếp nhận và trả kết quả", "Chuyên viên Văn phòng đăng ký đất đai",
                "Công chức địa chính cấp xã", "Lãnh đạo Văn phòng đăng ký đất đai");
        assertThat(ids(lanes.get("Bộ phận tiếp nhận và trả kết quả"))).contains("StartEvent_Submitted", "Task_CheckOnline",
                "Event_Received", "CallActivity_ResultReturn", "SubProcess_Withdrawal");
        assertThat(ids(lanes.get("Chuyên viên Văn phòng đăng ký đất đai"))).contains("SubProcess_Handling");
        assertThat(ids(lanes.get("Lãnh đạo Văn phòng đăng ký đất đai"))).contains("Timer_Apology", "CallActivity_Apology");

        // the steps inside the handling subprocess lie inside the band of their lane
        Map<String, BpmnShape> shapes = shapes(model);
        assertThat(inside(shapes, "Task_Appraise", "Lane_Specialist")).isTrue();
        assertThat(inside(shapes, "Task_PrepareCertificate", "Lane_Specialist")).isTrue();
        assertThat(inside(shapes, "Task_ConfirmSiteStatus", "Lane_SpecialistDecisionCivilStatusHandlingUnit")).isTrue();
        assertThat(inside(shapes, "Task_Sign", "Lane_Leader")).isTrue();
        assertThat(inside(shapes, "Task_Sign", "SubProcess_Handling")).isTrue();
    }

    @Test
    void every_node_lane_pool_and_flow_has_diagram_interchange() throws IOException {
        BpmnModelInstance model = model(generator.generate(land()));
        Map<String, BpmnShape> shapes = shapes(model);
        Set<String> edges = new HashSet<>();
        for (BpmnEdge edge : model.getModelElementsByType(BpmnEdge.class)) {
            edges.add(edge.getBpmnElement().getId());
            assertThat(edge.getWaypoints()).as(edge.getId()).hasSizeGreaterThanOrEqualTo(2);
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(shapes).as(node.getId()).containsKey(node.getId());
            if (!(node instanceof BoundaryEvent) && node.getParentElement() instanceof SubProcess sub) {
                assertThat(inside(shapes, node.getId(), sub.getId())).as("%s inside %s", node.getId(), sub.getId()).isTrue();
            }
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            assertThat(edges).as(flow.getId()).contains(flow.getId());
        }
        for (Lane lane : model.getModelElementsByType(Lane.class)) {
            assertThat(shapes).containsKey(lane.getId());
            assertThat(shapes.get(lane.getId()).isHorizontal()).isTrue();
        }
        Participant pool = model.getModelElementsByType(Participant.class).iterator().next();
        assertThat(pool.getProcess().getId()).isEqualTo("land-first-registration");
        assertThat(shapes).containsKey(pool.getId());
        // lanes tile the pool
        double lanesHeight = model.getModelElementsByType(Lane.class).stream()
                .mapToDouble(lane -> shapes.get(lane.getId()).getBounds().getHeight()).sum();
        assertThat(lanesHeight).isEqualTo(shapes.get(pool.getId()).getBounds().getHeight());
    }

    @Test
    void steps_carry_groups_allotments_forms_and_the_skeleton_is_complete() throws IOException {
        GeneratedProcess generated = generator.generate(land());
        BpmnModelInstance model = model(generated);

        Process process = model.getModelElementById("land-first-registration");
        assertThat(process.getCamundaHistoryTimeToLiveString()).isEqualTo("365");
        for (String id : List.of("StartEvent_Submitted", "Gateway_Channel", "Event_OnlineSubmitted", "Task_CheckOnline",
                "Gateway_Completeness", "EndEvent_Refused", "CallActivity_SupplementAtReceipt", "Event_Received",
                "SubProcess_Handling", "Task_DetermineHandlingUnit", "CallActivity_Supplement", "EndEvent_Handled",
                "EndEvent_HandlingRefused", "Timer_Apology", "CallActivity_Apology", "CallActivity_ResultReturn",
                "EndEvent_ResultReturned", "SubProcess_Withdrawal", "CallActivity_Withdrawal")) {
            assertThat((BaseElement) model.getModelElementById(id)).as(id).isNotNull();
        }
        UserTask appraise = model.getModelElementById("Task_Appraise");
        assertThat(appraise.getCamundaCandidateGroups()).isEqualTo("${handlingUnit}:specialist");
        assertThat(appraise.getCamundaFormRef()).isEqualTo("land-first-registration-appraise");
        assertThat(appraise.getCamundaFormRefBinding()).isEqualTo("deployment");
        assertThat(property(appraise, "slaDays")).isEqualTo("5");
        UserTask sign = model.getModelElementById("Task_Sign");
        assertThat(sign.getCamundaCandidateGroups()).isEqualTo("${handlingUnit}:leader");
        assertThat(property(sign, "slaDays")).isEqualTo("3");
        BusinessRuleTask route = model.getModelElementById("Task_DetermineHandlingUnit");
        assertThat(route.getCamundaDecisionRef()).isEqualTo("generated-unit-000.00.11.H99");
        assertThat(route.getCamundaResultVariable()).isEqualTo("handlingUnit");
        BusinessRuleTask reroute = model.getModelElementById("Task_RouteConfirmSiteStatus");
        assertThat(reroute.getCamundaDecisionRef()).isEqualTo("civil-status-handling-unit");

        assertThat(generated.files()).containsKeys("forms/generated/land-first-registration-start.form",
                "forms/generated/land-first-registration-sign.form",
                "processes/generated/generated-unit-000.00.11.H99.dmn");
        assertThat(generated.files().get("processes/generated/generated-unit-000.00.11.H99.dmn"))
                .contains("&quot;000.00.11.H99&quot;");
        assertThat(generated.files().get("forms/generated/land-first-registration-sign.form"))
                .contains("Text_dossierLinks", "\"leaderDecision\"", "\"rework\"", "\"refuse\"");
    }

    @Test
    void generation_is_deterministic_and_the_committed_samples_are_up_to_date() throws IOException {
        List<StepTable> tables = StepTable.readAll(ROOT);
        ProcessGenerator generator = ProcessGenerator.withCatalog(ROOT);
        assertThat(tables).extracting(StepTable::source).contains("processes/internal/business-household-suspension.csv",
                "processes/internal/land-first-registration.yaml");
        for (StepTable relative : tables) {
            Map<String, String> once = GeneratedFiles.withMarker(generator.generate(relative));
            assertThat(GeneratedFiles.withMarker(generator.generate(relative))).isEqualTo(once);
            for (Map.Entry<String, String> file : once.entrySet()) {
                assertThat(Files.readString(ROOT.resolve(file.getKey())))
                        .as("%s is generated from %s: run GenerateProcesses", file.getKey(), relative.source())
                        .isEqualTo(file.getValue());
            }
        }
    }

    @Test
    void a_hand_edited_file_is_not_regenerated(@TempDir Path root) throws IOException {
        GeneratedFiles files = new GeneratedFiles(root);
        GeneratedProcess generated = generator.generate(land());
        assertThat(files.write(generated)).isEqualTo(Outcome.WRITTEN);
        assertThat(files.write(generated)).isEqualTo(Outcome.UNCHANGED);

        Path bpmn = root.resolve(generated.bpmnPath());
        String edited = Files.readString(bpmn).replace("Ký Giấy chứng nhận", "Ký, đóng dấu Giấy chứng nhận");
        Files.writeString(bpmn, edited);
        assertThat(files.isHandEdited(bpmn)).isTrue();
        assertThat(files.write(generated)).isEqualTo(Outcome.HAND_EDITED);
        assertThat(Files.readString(bpmn)).isEqualTo(edited);

        // a form edited by hand keeps its process out of regeneration too
        Path other = root.resolve("other");
        GeneratedFiles second = new GeneratedFiles(other);
        second.write(generated);
        Path form = other.resolve("forms/generated/land-first-registration-sign.form");
        Files.writeString(form, Files.readString(form).replace("Ý kiến của lãnh đạo", "Ý kiến"));
        assertThat(second.write(generated)).isEqualTo(Outcome.HAND_EDITED);

        // saved by Camunda Modeler: the marker comment is gone
        Path third = root.resolve("third");
        GeneratedFiles modeler = new GeneratedFiles(third);
        modeler.write(generated);
        Path saved = third.resolve(generated.bpmnPath());
        Files.writeString(saved, Files.readString(saved).replaceAll("<!-- motcua generated[^>]*-->\\n", ""));
        assertThat(modeler.write(generated)).isEqualTo(Outcome.HAND_EDITED);
    }

    @Test
    void a_table_that_breaks_the_conventions_is_refused() throws IOException {
        StepTable land = land();
        List<StepTable.Step> steps = List.of(new StepTable.Step("Appraise", "Thẩm định", "specialist", null, null,
                20, null, null, List.of("rework:Sign")));
        StepTable broken = new StepTable(land.processKey(), land.name(), land.procedureCode(), null, false, 17,
                land.routing(), null, null, steps, "broken.yaml");
        assertThatThrownBy(() -> generator.generate(broken)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("rework goes back to an earlier step").hasMessageContaining("more than 17 working days");
    }

    @Test
    void synthetic_tables_generate_valid_processes() throws IOException {
        for (StepTable table : SyntheticStepTables.derive(SyntheticStepTables.samples(ROOT), 20, 7)) {
            BpmnModelInstance model = model(generator.generate(table));
            assertThat(model.getModelElementsByType(UserTask.class)).hasSizeGreaterThanOrEqualTo(3);
        }
    }

    // ---- helpers

    private static Set<String> ids(Lane lane) {
        return lane.getFlowNodeRefs().stream().map(FlowNode::getId).collect(Collectors.toSet());
    }

    private static Map<String, BpmnShape> shapes(BpmnModelInstance model) {
        return model.getModelElementsByType(BpmnShape.class).stream()
                .collect(Collectors.toMap(shape -> shape.getBpmnElement().getId(), shape -> shape));
    }

    private static boolean inside(Map<String, BpmnShape> shapes, String inner, String outer) {
        var a = shapes.get(inner).getBounds();
        var b = shapes.get(outer).getBounds();
        return a.getX() >= b.getX() && a.getY() >= b.getY() && a.getX() + a.getWidth() <= b.getX() + b.getWidth()
                && a.getY() + a.getHeight() <= b.getY() + b.getHeight();
    }

    private static String property(BaseElement element, String name) {
        return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> name.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue).findFirst().orElse(null);
    }
}
