package vn.motcua.process;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.FlowElement;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.Lane;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Participant;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnEdge;
import org.camunda.bpm.model.bpmn.instance.bpmndi.BpmnShape;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.bpmn.instance.dc.Bounds;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import vn.motcua.catalog.CatalogFile;
import vn.motcua.catalog.Procedure;
import vn.motcua.design.generation.DocumentChecklist;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The conventions of docs/designers-guide.md, checked on every BPMN, DMN and form of {@code processes/} and
 * {@code forms/} without starting the application: complete diagram layout without overlapping shapes,
 * forms and decisions that exist, call activities wired like the building blocks expect, the skeleton of
 * every procedure, time allotments, and form-js components Tasklist (form-js 1.8.7) can render.
 */
class ProcessConventionsTest {

    private static final Set<String> FORM_COMPONENTS = Set.of("textfield", "textarea", "number", "datetime",
            "checkbox", "radio", "select", "text", "group", "separator", "spacer");
    private static final Pattern DECISION_ID = Pattern.compile("<decision\\s+id=\"([^\"]+)\"");
    private static final Pattern LITERAL = Pattern.compile("<literalExpression[^>]*>\\s*<text>([^<]*)</text>");
    private static final ObjectMapper JSON = new ObjectMapper();

    private static Map<String, BpmnModelInstance> processes;
    private static Map<String, JsonNode> forms;
    private static Set<String> decisions;
    private static Set<String> processKeys;

    @BeforeAll
    static void readResources() throws IOException {
        processes = new TreeMap<>();
        for (Resource resource : resources("processes/**/*.bpmn")) {
            try (InputStream in = resource.getInputStream()) {
                processes.put(name(resource, "processes/"), Bpmn.readModelFromStream(in));
            }
        }
        forms = new TreeMap<>();
        for (Resource resource : resources("forms/**/*.form")) {
            try (InputStream in = resource.getInputStream()) {
                forms.put(resource.getFilename().replace(".form", ""), JSON.readTree(in));
            }
        }
        decisions = new HashSet<>();
        for (Resource resource : resources("processes/**/*.dmn")) {
            Matcher matcher = DECISION_ID.matcher(resource.getContentAsString(StandardCharsets.UTF_8));
            while (matcher.find()) {
                decisions.add(matcher.group(1));
            }
        }
        processKeys = new HashSet<>();
        processes.values().forEach(model -> model.getModelElementsByType(Process.class)
                .forEach(process -> processKeys.add(process.getId())));
    }

    static Stream<String> processFiles() throws IOException {
        readResources();
        return processes.keySet().stream();
    }

    static Stream<String> procedureFiles() throws IOException {
        return processFiles().filter(name -> !name.startsWith("processes/common/"));
    }

    static Stream<String> formFiles() throws IOException {
        readResources();
        return forms.keySet().stream();
    }

    @Test
    void the_resources_are_found() {
        assertThat(processes).containsKeys("processes/civil-status/birth-registration.bpmn",
                "processes/common/common-supplement.bpmn");
        assertThat(forms).containsKey("birth-registration-start");
        assertThat(decisions).contains("civil-status-handling-unit", "certified-copy-fee");
    }

    @ParameterizedTest
    @MethodSource("processFiles")
    void every_process_is_executable_and_keeps_its_history_for_a_year(String file) {
        for (Process process : processes.get(file).getModelElementsByType(Process.class)) {
            assertThat(process.isExecutable()).as(process.getId()).isTrue();
            assertThat(process.getCamundaHistoryTimeToLiveString()).as(process.getId()).isEqualTo("365");
        }
    }

    @ParameterizedTest
    @MethodSource("processFiles")
    void every_element_has_a_diagram_shape_and_no_two_shapes_overlap(String file) {
        BpmnModelInstance model = processes.get(file);
        Map<String, Bounds> shapes = new HashMap<>();
        for (BpmnShape shape : model.getModelElementsByType(BpmnShape.class)) {
            shapes.put(shape.getBpmnElement().getId(), shape.getBounds());
        }
        Set<String> edges = new HashSet<>();
        model.getModelElementsByType(BpmnEdge.class).forEach(edge -> edges.add(edge.getBpmnElement().getId()));

        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            assertThat(shapes).as("%s: shape of %s", file, node.getId()).containsKey(node.getId());
        }
        for (SequenceFlow flow : model.getModelElementsByType(SequenceFlow.class)) {
            assertThat(edges).as("%s: edge of %s", file, flow.getId()).contains(flow.getId());
        }
        for (Lane lane : model.getModelElementsByType(Lane.class)) {
            assertThat(shapes).as("%s: shape of lane %s", file, lane.getId()).containsKey(lane.getId());
        }
        for (Participant participant : model.getModelElementsByType(Participant.class)) {
            assertThat(shapes).as("%s: shape of %s", file, participant.getId()).containsKey(participant.getId());
        }

        List<FlowNode> nodes = new ArrayList<>(model.getModelElementsByType(FlowNode.class));
        for (int i = 0; i < nodes.size(); i++) {
            for (int j = i + 1; j < nodes.size(); j++) {
                FlowNode a = nodes.get(i);
                FlowNode b = nodes.get(j);
                if (contains(a, b) || contains(b, a) || attached(a, b) || attached(b, a)) {
                    continue;
                }
                assertThat(overlap(shapes.get(a.getId()), shapes.get(b.getId())))
                        .as("%s: shapes of %s and %s overlap", file, a.getId(), b.getId()).isFalse();
            }
        }
    }

    @ParameterizedTest
    @MethodSource("processFiles")
    void every_top_level_element_lies_in_exactly_one_lane(String file) {
        BpmnModelInstance model = processes.get(file);
        Map<String, Integer> laneCount = new HashMap<>();
        for (Lane lane : model.getModelElementsByType(Lane.class)) {
            lane.getFlowNodeRefs().forEach(node -> laneCount.merge(node.getId(), 1, Integer::sum));
        }
        for (FlowNode node : model.getModelElementsByType(FlowNode.class)) {
            if (node.getParentElement() instanceof Process) {
                assertThat(laneCount.get(node.getId())).as("%s: lanes of %s", file, node.getId()).isEqualTo(1);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("processFiles")
    void user_tasks_name_their_groups_and_an_existing_form(String file) {
        for (UserTask task : processes.get(file).getModelElementsByType(UserTask.class)) {
            assertThat(task.getName()).as("%s: name of %s", file, task.getId()).isNotBlank();
            assertThat(task.getCamundaCandidateGroups()).as("%s: groups of %s", file, task.getId())
                    .matches("\\$\\{(receivingUnit|handlingUnit)}:(reception|specialist|leader)");
            assertThat(task.getCamundaFormRefBinding()).as("%s: form binding of %s", file, task.getId())
                    .isEqualTo("deployment");
            String form = task.getCamundaFormRef();
            assertThat(form).as("%s: form of %s", file, task.getId()).isNotBlank();
            if (!form.startsWith("${")) {
                assertThat(forms).as("%s: form %s of %s", file, form, task.getId()).containsKey(form);
            }
        }
        for (StartEvent start : processes.get(file).getModelElementsByType(StartEvent.class)) {
            if (start.getCamundaFormRef() != null) {
                assertThat(forms).as("%s: start form", file).containsKey(start.getCamundaFormRef());
                assertThat(start.getCamundaFormRefBinding()).isEqualTo("deployment");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("processFiles")
    void call_activities_and_decisions_are_bound_to_the_deployment_and_exist(String file) {
        for (CallActivity call : processes.get(file).getModelElementsByType(CallActivity.class)) {
            assertThat(call.getCamundaCalledElementBinding()).as("%s: binding of %s", file, call.getId())
                    .isEqualTo("deployment");
            assertThat(processKeys).as("%s: called by %s", file, call.getId()).contains(call.getCalledElement());
            Collection<CamundaIn> ins = call.getExtensionElements().getElementsQuery()
                    .filterByType(CamundaIn.class).list();
            assertThat(ins).as("%s: %s passes all variables", file, call.getId())
                    .anyMatch(in -> "all".equals(in.getCamundaVariables()));
            assertThat(ins).as("%s: %s passes the business key", file, call.getId())
                    .anyMatch(in -> "#{execution.processBusinessKey}".equals(in.getCamundaBusinessKey()));
        }
        for (BusinessRuleTask task : processes.get(file).getModelElementsByType(BusinessRuleTask.class)) {
            assertThat(task.getCamundaDecisionRefBinding()).as("%s: binding of %s", file, task.getId())
                    .isEqualTo("deployment");
            assertThat(decisions).as("%s: decision of %s", file, task.getId()).contains(task.getCamundaDecisionRef());
        }
    }

    @ParameterizedTest
    @MethodSource("processFiles")
    void dossier_statuses_are_codes_one_to_ten(String file) {
        for (BaseElement element : processes.get(file).getModelElementsByType(BaseElement.class)) {
            String status = property(element, "dossierStatus");
            if (status != null) {
                assertThat(Integer.parseInt(status)).as("%s: status of %s", file, element.getId()).isBetween(1, 10);
            }
        }
    }

    @ParameterizedTest
    @MethodSource("procedureFiles")
    void every_procedure_follows_the_common_skeleton(String file) {
        BpmnModelInstance model = processes.get(file);
        UserTask check = element(model, "Task_CheckOnline");
        assertThat(check.getCamundaCandidateGroups()).isEqualTo("${receivingUnit}:reception");
        assertThat(property(element(model, "EndEvent_Refused"), "dossierStatus")).isEqualTo("3");
        assertThat(property(element(model, "Event_Received"), "dossierStatus")).isEqualTo("2");
        assertThat(calledBy(model, "CallActivity_SupplementAtReceipt")).isEqualTo("common-supplement");

        SubProcess handling = element(model, "SubProcess_Handling");
        assertThat(handling.triggeredByEvent()).isFalse();
        assertThat(property(handling, "dossierStatus")).isEqualTo("4");
        assertThat(handling.getChildElementsByType(BusinessRuleTask.class))
                .anyMatch(task -> "handlingUnit".equals(task.getCamundaResultVariable()));

        BoundaryEvent apology = element(model, "Timer_Apology");
        assertThat(apology.getAttachedTo().getId()).isEqualTo("SubProcess_Handling");
        assertThat(apology.cancelActivity()).isFalse();
        TimerEventDefinition timer = (TimerEventDefinition) apology.getEventDefinitions().iterator().next();
        assertThat(timer.getTimeDate().getTextContent()).isEqualTo("${apologyAt}");
        assertThat(apology.getOutgoing()).singleElement()
                .satisfies(flow -> assertThat(flow.getTarget().getId()).isEqualTo("CallActivity_Apology"));
        assertThat(calledBy(model, "CallActivity_Apology")).isEqualTo("common-apology");

        assertThat(handling.getOutgoing()).singleElement()
                .satisfies(flow -> assertThat(flow.getTarget().getId()).isEqualTo("CallActivity_ResultReturn"));
        assertThat(calledBy(model, "CallActivity_ResultReturn")).isEqualTo("common-result-return");

        SubProcess withdrawal = element(model, "SubProcess_Withdrawal");
        assertThat(withdrawal.triggeredByEvent()).isTrue();
        StartEvent withdrawalStart = element(model, "StartEvent_WithdrawalRequested");
        assertThat(withdrawalStart.isInterrupting()).isTrue();
        MessageEventDefinition message = (MessageEventDefinition) withdrawalStart.getEventDefinitions().iterator().next();
        assertThat(message.getMessage().getName()).isEqualTo("WithdrawalRequested");
        assertThat(calledBy(model, "CallActivity_Withdrawal")).isEqualTo("common-withdrawal");
    }

    @ParameterizedTest
    @MethodSource("procedureFiles")
    void every_step_of_a_procedure_has_a_time_allotment(String file) {
        for (UserTask task : processes.get(file).getModelElementsByType(UserTask.class)) {
            boolean hours = property(task, "slaHours") != null;
            boolean days = property(task, "slaDays") != null;
            assertThat(hours ^ days).as("%s: %s has exactly one of slaHours, slaDays", file, task.getId()).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("formFiles")
    void forms_use_only_components_tasklist_renders(String name) {
        JsonNode form = forms.get(name);
        assertThat(form.path("id").asText()).isEqualTo(name);
        assertThat(form.path("schemaVersion").asInt()).isEqualTo(16);
        assertThat(form.path("type").asText()).isEqualTo("default");
        Set<String> keys = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (JsonNode component : components(form)) {
            assertThat(component.path("type").asText()).as("%s: %s", name, component).isIn(FORM_COMPONENTS);
            assertThat(ids.add(component.path("id").asText())).as("%s: unique id %s", name, component.path("id")).isTrue();
            if (component.has("key")) {
                assertThat(keys.add(component.get("key").asText())).as("%s: unique key %s", name, component.get("key"))
                        .isTrue();
            }
            JsonNode hide = component.path("conditional").path("hide");
            if (!hide.isMissingNode()) {
                assertThat(hide.asText()).as("%s: FEEL condition", name).startsWith("=");
            }
        }
    }

    @ParameterizedTest
    @MethodSource("formFiles")
    void every_form_links_the_officers_dossier_page_and_shows_the_previous_steps_note(String name) {
        Map<String, JsonNode> byId = new HashMap<>();
        components(forms.get(name)).forEach(component -> byId.put(component.path("id").asText(), component));
        assertThat(byId.get("Text_dossierLinks")).as("%s: dossier links", name).isNotNull();
        assertThat(byId.get("Text_dossierLinks").path("text").asText()).contains("](/ho-so/{{dossierId}})");
        assertThat(byId.get("Text_dossierLinks").at("/conditional/hide").asText()).isEqualTo("=dossierId = null");
        assertThat(byId.get("Text_receiptSlip").path("text").asText()).contains("(/api/dossiers/{{dossierId}}/receipt.pdf)");
        assertThat(byId.get("Text_previousStep").path("text").asText())
                .contains("Ý kiến của bước trước", "{{previousStepName}}", "{{previousStepOfficer}}", "{{previousStepNote}}");
        assertThat(byId.get("Text_previousStep").at("/conditional/hide").asText()).isEqualTo("=previousStepNote = null");
        for (JsonNode component : byId.values()) {
            assertThat(component.path("text").asText()).as("%s: no link to the JSON API of the dossier", name)
                    .doesNotContain("/api/dossiers/{{dossierId}})", "/control-sheet)");
            assertThat(component.path("key").asText()).as("%s: a step's own note is stepNote, handed to the next step", name)
                    .isNotIn("appraisalNote", "leaderNote", "notifyNote", "returnNote", "stopNote", "cashNote");
        }
    }

    @Test
    void the_counter_prints_the_supplement_request_from_the_notification_step() {
        assertThat(components(forms.get("common-supplement-notify"))).anySatisfy(component ->
                assertThat(component.path("text").asText()).contains("(/api/dossiers/{{dossierId}}/supplement-request.pdf)"));
    }

    static Stream<String> startForms() throws IOException {
        return formFiles().filter(name -> name.endsWith("-start"));
    }

    /** The receipt checklist is the catalog's: one checkbox per required document, its name, copies and form. */
    @ParameterizedTest
    @MethodSource("startForms")
    void start_forms_check_the_documents_the_catalog_requires_and_point_to_forms_2_and_3(String name) throws IOException {
        String processKey = name.substring(0, name.length() - "-start".length());
        List<Procedure.RequiredDocument> required;
        try (InputStream in = resources(DocumentChecklist.CATALOG_FILE)[0].getInputStream()) {
            required = CatalogFile.read(in).procedures().stream()
                    .filter(procedure -> processKey.equals(procedure.processKey()))
                    .max(Comparator.comparingInt(Procedure::version))
                    .map(Procedure::requiredDocuments).orElse(List.of());
        }
        List<String> expected = required.stream()
                .map(document -> DocumentChecklist.key(document) + " = " + DocumentChecklist.label(document)).toList();
        List<JsonNode> components = components(forms.get(name));
        List<String> checklist = components.stream()
                .filter(component -> "checkbox".equals(component.path("type").asText())
                        && component.path("key").asText().startsWith("doc"))
                .map(component -> component.path("key").asText() + " = " + component.path("label").asText())
                .toList();
        assertThat(checklist).as("%s: the checklist of %s in %s", name, processKey, DocumentChecklist.CATALOG_FILE)
                .containsExactlyElementsOf(expected);
        assertThat(components).extracting(component -> component.path("id").asText())
                .contains("Text_printSupplementRequest", "Text_printRefusal");
    }

    /**
     * A procedure drawn by hand collects the fee of its catalog version in force: none when free; otherwise
     * {@code Task_CalculateFee} (the catalog's fixed amount as a literal decision, or the catalog's fee decision)
     * followed by {@code common-fee-payment} before handling.
     */
    @ParameterizedTest
    @MethodSource("procedureFiles")
    void a_hand_drawn_procedure_collects_the_fee_its_catalog_entry_names(String file) throws IOException {
        if (file.startsWith("processes/generated/")) {
            return; // the generator writes the fee block from the catalog itself
        }
        String processKey = processes.get(file).getModelElementsByType(Process.class).iterator().next().getId();
        Procedure procedure;
        try (InputStream in = resources(DocumentChecklist.CATALOG_FILE)[0].getInputStream()) {
            procedure = CatalogFile.read(in).procedures().stream()
                    .filter(candidate -> processKey.equals(candidate.processKey()))
                    .max(Comparator.comparingInt(Procedure::version)).orElse(null);
        }
        if (procedure == null) {
            return;
        }
        BpmnModelInstance model = processes.get(file);
        BusinessRuleTask calculate = model.getModelElementById("Task_CalculateFee");
        CallActivity payment = model.getModelElementById("CallActivity_FeePayment");
        Procedure.Fee fee = procedure.fee();
        if (fee == null || fee.kind() == Procedure.FeeKind.FREE) {
            assertThat(payment).as("%s: %s is free", file, procedure.code()).isNull();
            return;
        }
        assertThat(fee.payWhen()).as("%s: only fees paid before handling are drawn", file)
                .isEqualTo(Procedure.PayWhen.BEFORE_HANDLING);
        assertThat(calculate).as("%s: Task_CalculateFee of %s", file, procedure.code()).isNotNull();
        assertThat(payment).as("%s: CallActivity_FeePayment of %s", file, procedure.code()).isNotNull();
        assertThat(calculate.getCamundaResultVariable()).isEqualTo("feeAmount");
        assertThat(calculate.getOutgoing()).singleElement().satisfies(flow -> assertThat(flow.getTarget()).isEqualTo(payment));
        assertThat(payment.getCalledElement()).isEqualTo("common-fee-payment");
        assertThat(payment.getOutgoing()).singleElement()
                .satisfies(flow -> assertThat(flow.getTarget().getId()).isEqualTo("SubProcess_Handling"));
        if (fee.kind() == Procedure.FeeKind.DECISION) {
            assertThat(calculate.getCamundaDecisionRef()).as("%s: the catalog's fee decision", file).isEqualTo(fee.decision());
        } else {
            String dmn = resources("processes/**/" + calculate.getCamundaDecisionRef() + ".dmn")[0]
                    .getContentAsString(StandardCharsets.UTF_8);
            assertThat(LITERAL.matcher(dmn).results().map(match -> match.group(1).trim()).toList())
                    .as("%s: the literal of %s is the catalog amount of %s", file, calculate.getCamundaDecisionRef(),
                            procedure.code())
                    .containsExactly(String.valueOf(fee.amount()));
        }
    }

    @Test
    void every_form_is_used_by_a_process() {
        Set<String> used = new HashSet<>();
        for (BpmnModelInstance model : processes.values()) {
            model.getModelElementsByType(UserTask.class).forEach(task -> used.add(task.getCamundaFormRef()));
            model.getModelElementsByType(StartEvent.class).forEach(start -> used.add(start.getCamundaFormRef()));
            model.getModelElementsByType(CamundaIn.class).stream()
                    .map(CamundaIn::getCamundaSourceExpression).filter(Objects::nonNull)
                    .forEach(used::add);
        }
        Set<String> names = new HashSet<>();
        Pattern quoted = Pattern.compile("'([^']+)'");
        for (String reference : used) {
            if (reference == null) {
                continue;
            }
            Matcher literals = quoted.matcher(reference);
            boolean expression = reference.startsWith("${");
            while (expression && literals.find()) {
                names.add(literals.group(1));
            }
            if (!expression) {
                names.add(reference);
            }
        }
        assertThat(names).containsAll(forms.keySet());
    }

    // ---- helpers

    private static List<JsonNode> components(JsonNode container) {
        List<JsonNode> all = new ArrayList<>();
        for (JsonNode component : container.path("components")) {
            all.add(component);
            all.addAll(components(component));
        }
        return all;
    }

    private static boolean contains(ModelElementInstance outer, ModelElementInstance inner) {
        for (ModelElementInstance parent = inner.getParentElement(); parent != null; parent = parent.getParentElement()) {
            if (parent == outer) {
                return true;
            }
        }
        return false;
    }

    private static boolean attached(FlowNode event, FlowNode host) {
        return event instanceof BoundaryEvent boundary && boundary.getAttachedTo() == host;
    }

    private static boolean overlap(Bounds a, Bounds b) {
        return a.getX() < b.getX() + b.getWidth() && b.getX() < a.getX() + a.getWidth()
                && a.getY() < b.getY() + b.getHeight() && b.getY() < a.getY() + a.getHeight();
    }

    private static String property(BaseElement element, String name) {
        if (element.getExtensionElements() == null) {
            return null;
        }
        return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> name.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .findFirst().orElse(null);
    }

    @SuppressWarnings("unchecked")
    private static <T extends FlowElement> T element(BpmnModelInstance model, String id) {
        T element = (T) model.getModelElementById(id);
        assertThat(element).as("element %s", id).isNotNull();
        return element;
    }

    private static String calledBy(BpmnModelInstance model, String id) {
        return ((CallActivity) element(model, id)).getCalledElement();
    }

    private static Resource[] resources(String pattern) throws IOException {
        return new PathMatchingResourcePatternResolver().getResources("classpath*:" + pattern);
    }

    private static String name(Resource resource, String root) throws IOException {
        String url = resource.getURL().toString();
        return url.substring(url.lastIndexOf(root));
    }
}
