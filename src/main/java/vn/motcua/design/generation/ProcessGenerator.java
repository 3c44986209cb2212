package vn.motcua.design.generation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.model.bpmn.Bpmn;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.BoundaryEvent;
import org.camunda.bpm.model.bpmn.instance.BusinessRuleTask;
import org.camunda.bpm.model.bpmn.instance.CallActivity;
import org.camunda.bpm.model.bpmn.instance.ConditionExpression;
import org.camunda.bpm.model.bpmn.instance.Definitions;
import org.camunda.bpm.model.bpmn.instance.Documentation;
import org.camunda.bpm.model.bpmn.instance.EndEvent;
import org.camunda.bpm.model.bpmn.instance.ExclusiveGateway;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.FlowNode;
import org.camunda.bpm.model.bpmn.instance.IntermediateThrowEvent;
import org.camunda.bpm.model.bpmn.instance.Message;
import org.camunda.bpm.model.bpmn.instance.MessageEventDefinition;
import org.camunda.bpm.model.bpmn.instance.Process;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.StartEvent;
import org.camunda.bpm.model.bpmn.instance.SubProcess;
import org.camunda.bpm.model.bpmn.instance.TimeDate;
import org.camunda.bpm.model.bpmn.instance.TimerEventDefinition;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaIn;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaOut;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.camunda.bpm.model.xml.impl.util.IoUtil;
import org.camunda.bpm.model.xml.instance.ModelElementInstance;

import vn.motcua.catalog.Procedure.CommuneRoute;
import vn.motcua.catalog.Procedure.Fee;
import vn.motcua.catalog.Procedure.FeeKind;
import vn.motcua.catalog.Procedure.PayWhen;
import vn.motcua.catalog.Procedure.RequiredDocument;
import vn.motcua.catalog.Procedure;
import vn.motcua.design.generation.StepTable.Step;

/**
 * Generates the executable BPMN of a {@link StepTable} with the one-stop skeleton of docs/designers-guide.md
 * (reception with online check, supplement and refusal; {@code SubProcess_Handling} with the table's steps;
 * {@code Timer_Apology}; {@code CallActivity_ResultReturn}; the withdrawal event subprocess), built with the
 * Camunda Model API and laid out by {@link DiagramLayout}. Also generates the Camunda Forms the steps use
 * ({@link TaskForms}) and, when the table routes to a fixed unit or to the receiving unit, a routing decision.
 */
public class ProcessGenerator {

    public static final String PROCESS_FOLDER = "processes/generated/";
    public static final String FORM_FOLDER = "forms/generated/";
    static final String MODELER_NS = "http://camunda.org/schema/modeler/1.0";
    static final String CAMUNDA_NS = "http://camunda.org/schema/1.0/bpmn";
    private static final String BUSINESS_KEY = "#{execution.processBusinessKey}";

    /**
     * What one step table gives: the BPMN and its companion files, by path below the project root.
     *
     * @param processKey the generated process
     * @param source     the step table it came from
     * @param files      path → content; the first entry is the BPMN
     */
    public record GeneratedProcess(String processKey, String source, Map<String, String> files) {

        public String bpmnPath() {
            return PROCESS_FOLDER + processKey + ".bpmn";
        }

        public String bpmn() {
            return files.get(bpmnPath());
        }
    }

    private final Map<String, List<RequiredDocument>> documents;
    private final Map<String, Fee> fees;
    private final Map<String, List<CommuneRoute>> communeRouting;

    /** A generator whose start forms carry no document checklist (synthetic tables, benchmarks). */
    public ProcessGenerator() {
        this(Map.of());
    }

    /** @param documents the catalog's required documents by procedure code: the start forms' checklists */
    public ProcessGenerator(Map<String, List<RequiredDocument>> documents) {
        this(documents, Map.of());
    }

    /**
     * @param documents the catalog's required documents by procedure code: the start forms' checklists
     * @param fees      the catalog's fees by procedure code that a generated process collects ({@link #collectedFee}),
     *                  through {@code common-fee-payment} after reception or before the result
     */
    public ProcessGenerator(Map<String, List<RequiredDocument>> documents, Map<String, Fee> fees) {
        this(documents, fees, Map.of());
    }

    /**
     * @param documents      the catalog's required documents by procedure code: the start forms' checklists
     * @param fees           the catalog's fees by procedure code that a generated process collects
     * @param communeRouting the administrators' commune routing overrides by procedure code: a table routed by
     *                       {@code commune} then decides the handling unit with a decision table of its own
     *                       ({@link RoutingDecision#communeTable})
     */
    public ProcessGenerator(Map<String, List<RequiredDocument>> documents, Map<String, Fee> fees,
                            Map<String, List<CommuneRoute>> communeRouting) {
        this.documents = Map.copyOf(documents);
        this.fees = Map.copyOf(fees);
        this.communeRouting = Map.copyOf(communeRouting);
    }

    /** A generator with the checklists and fees of the catalog file below the project root. */
    public static ProcessGenerator withCatalog(Path projectRoot) throws IOException {
        return forProcedures(DocumentChecklist.latestVersions(projectRoot));
    }

    /** A generator with the checklists and fees ({@link #collectedFee}) of these procedures, one version each. */
    public static ProcessGenerator forProcedures(Collection<Procedure> procedures) {
        Map<String, List<RequiredDocument>> documents = new HashMap<>();
        Map<String, Fee> fees = new HashMap<>();
        Map<String, List<CommuneRoute>> communeRouting = new HashMap<>();
        for (Procedure procedure : procedures) {
            documents.put(procedure.code(), procedure.requiredDocuments() == null ? List.of()
                    : procedure.requiredDocuments());
            collectedFee(procedure).ifPresent(fee -> fees.put(procedure.code(), fee));
            if (procedure.configuration() != null && !procedure.configuration().communeRouting().isEmpty()) {
                communeRouting.put(procedure.code(), procedure.configuration().communeRouting());
            }
        }
        return new ProcessGenerator(documents, fees, communeRouting);
    }

    /**
     * The fee a generated process collects: a fixed amount, or the record's fee table (the line chosen at
     * reception), paid before handling or before the result. Nothing for a free procedure, and nothing for a fee
     * only a designer's decision can compute (the import refuses such a row for a generated process).
     */
    public static Optional<Fee> collectedFee(Procedure procedure) {
        Fee fee = procedure.fee();
        if (fee == null) {
            return Optional.empty();
        }
        boolean fixed = fee.kind() == FeeKind.FIXED && fee.amount() != null && fee.amount() > 0;
        boolean table = fee.kind() == FeeKind.DECISION && fee.decision() == null && !fee.table().isEmpty();
        return fixed || table ? Optional.of(fee) : Optional.empty();
    }

    /** The classes whose code decides what a step table generates. */
    private static final List<String> GENERATING_CLASSES = List.of("ProcessGenerator", "ProcessGenerator$Run",
            "TaskForms", "DiagramLayout", "RoutingDecision", "DocumentChecklist", "StepTable", "StepTable$Step",
            "StepTable$Field");

    /**
     * What a generation of this table would give, as a short hash of everything it depends on: the table, the
     * procedure's checklist and fee, and the generator's own code. Equal fingerprints generate equal files, so a
     * caller can tell an unchanged process without generating it.
     */
    public String fingerprint(StepTable table) {
        String code = table.procedureCode();
        return GeneratedFiles.sha256(CODE_FINGERPRINT + "\n" + table.withSource(null) + "\n"
                + (code == null ? "" : documents.get(code) + "\n" + fees.get(code)
                        + (communeRouting.containsKey(code) ? "\n" + communeRouting.get(code) : ""))).substring(0, 16);
    }

    private static final String CODE_FINGERPRINT = codeFingerprint();

    private static String codeFingerprint() {
        StringBuilder classes = new StringBuilder();
        for (String name : GENERATING_CLASSES) {
            try (InputStream in = ProcessGenerator.class.getResourceAsStream(name + ".class")) {
                classes.append(name).append(':').append(in == null ? "?" : GeneratedFiles.sha256(in.readAllBytes()));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return classes.toString();
    }

    public GeneratedProcess generate(StepTable table) {
        StepTable validated = table.validated();
        List<RequiredDocument> checklist = validated.procedureCode() == null ? List.of()
                : documents.getOrDefault(validated.procedureCode(), List.of());
        Fee fee = validated.procedureCode() == null ? null : fees.get(validated.procedureCode());
        List<CommuneRoute> overrides = validated.procedureCode() == null ? null
                : communeRouting.get(validated.procedureCode());
        return new Run(validated, checklist, fee, overrides).generate();
    }

    /** One generation: the model under construction and its layout. */
    private static final class Run {

        private final StepTable table;
        private final Fee fee;
        private final List<RequiredDocument> documents;
        private final List<CommuneRoute> overrides;
        private final BpmnModelInstance model = Bpmn.createEmptyModel();
        private final DiagramLayout layout = new DiagramLayout();
        private final Map<String, String> files = new LinkedHashMap<>();
        private final Map<String, String> laneNames;
        private Process process;
        private int flows;

        /** @param overrides the administrator's commune routing overrides, {@code null} when none */
        Run(StepTable table, List<RequiredDocument> documents, Fee fee, List<CommuneRoute> overrides) {
            this.table = table;
            this.overrides = overrides;
            this.documents = documents;
            this.fee = fee;
            this.laneNames = table.laneNames();
        }

        GeneratedProcess generate() {
            String key = table.processKey();
            Definitions definitions = model.newInstance(Definitions.class, "Definitions_" + camel(key));
            definitions.setTargetNamespace("https://motcua.vn/processes/generated");
            model.setDefinitions(definitions);
            definitions.getDomElement().registerNamespace("camunda", CAMUNDA_NS);
            definitions.getDomElement().registerNamespace("modeler", MODELER_NS);
            definitions.setExporter("motcua step tables");
            definitions.setExporterVersion("1");
            definitions.setAttributeValueNs(MODELER_NS, "executionPlatform", "Camunda Platform");
            definitions.setAttributeValueNs(MODELER_NS, "executionPlatformVersion", "7.24.0");

            process = model.newInstance(Process.class, key);
            process.setName(table.name());
            process.setExecutable(true);
            process.setCamundaHistoryTimeToLiveString("365");
            definitions.addChildElement(process);
            if (table.description() != null) {
                document(process, table.description());
            }
            Message withdrawal = model.newInstance(Message.class, "Message_WithdrawalRequested");
            withdrawal.setName("WithdrawalRequested");
            definitions.addChildElement(withdrawal);

            layout.lane("Reception", laneNames.get("reception"), 4);
            for (Step step : table.steps()) {
                layout.lane(laneKey(step), laneName(step), step.verifyDays() != null ? 3 : 2);
            }

            int afterReception = reception();
            boolean feeAtResult = fee != null && fee.payWhen() == PayWhen.BEFORE_RESULT;
            if (fee != null && !feeAtResult) {
                afterReception = feePayment(afterReception);
            }
            int afterHandling = handling(afterReception);
            if (feeAtResult) {
                afterHandling = feeBeforeResult(afterHandling);
            }
            resultAndWithdrawal(afterHandling, withdrawal);

            layout.apply(model, process, camel(key), table.name());
            Map<String, String> all = new LinkedHashMap<>();
            // written without schema validation (Bpmn.convertToString validates):
            // the engine validates every process against the schema when it is deployed, and the tests read them back
            all.put(PROCESS_FOLDER + key + ".bpmn", IoUtil.convertXmlDocumentToString(model.getDocument()));
            all.putAll(files);
            return new GeneratedProcess(key, table.source(), all);
        }

        // ---- reception (reception lane, columns 0–6)

        private int reception() {
            String key = table.processKey();
            String startForm = key + "-start";
            files.put(FORM_FOLDER + startForm + ".form", TaskForms.startForm(startForm, table, documents,
                    fee == null ? List.of() : fee.table()));

            StartEvent start = node(process, StartEvent.class, "StartEvent_Submitted", "Nộp hồ sơ", "Reception", 0, 1);
            start.setCamundaFormRef(startForm);
            start.setCamundaFormRefBinding("deployment");
            start.setCamundaInitiator("receptionOfficer");
            ExclusiveGateway channel = node(process, ExclusiveGateway.class, "Gateway_Channel", "Kênh nộp hồ sơ?", "Reception", 1, 1);
            IntermediateThrowEvent online = node(process, IntermediateThrowEvent.class, "Event_OnlineSubmitted",
                    "Hồ sơ trực tuyến mới", "Reception", 2, 2);
            properties(online, "dossierStatus", "1");
            UserTask check = node(process, UserTask.class, "Task_CheckOnline", "Kiểm tra hồ sơ", "Reception", 3, 2);
            check.setCamundaCandidateGroups("${receivingUnit}:reception");
            check.setCamundaFormRef(startForm);
            check.setCamundaFormRefBinding("deployment");
            properties(check, "slaHours", "1");
            CallActivity supplement = call(process, "CallActivity_SupplementAtReceipt", "Hướng dẫn bổ sung hồ sơ (mẫu 02)",
                    "common-supplement", "supplementNote", "Reception", 3, 3);
            CamundaIn reason = supplement.getExtensionElements().addExtensionElement(CamundaIn.class);
            reason.setCamundaSource("missingDocuments");
            reason.setCamundaTarget("supplementReason");
            ExclusiveGateway merge = node(process, ExclusiveGateway.class, "Gateway_ReceiptMerge", null, "Reception", 4, 1);
            ExclusiveGateway completeness = node(process, ExclusiveGateway.class, "Gateway_Completeness",
                    "Hồ sơ đầy đủ, đúng thẩm quyền?", "Reception", 5, 1);
            EndEvent refused = node(process, EndEvent.class, "EndEvent_Refused", "Từ chối tiếp nhận (mẫu 03)", "Reception", 6, 0);
            properties(refused, "dossierStatus", "3");
            IntermediateThrowEvent received = node(process, IntermediateThrowEvent.class, "Event_Received",
                    "Đã tiếp nhận, hẹn trả (mẫu 01)", "Reception", 6, 1);
            properties(received, "dossierStatus", "2");

            flow(process, "Flow_ToChannel", start, channel, null, null);
            channel.setDefault(flow(process, "Flow_Counter", channel, merge, "Tại quầy, bưu chính", null));
            flow(process, "Flow_Online", channel, online, "Trực tuyến", "${execution.getVariable('channel') == 'online'}");
            flow(process, "Flow_ToCheckOnline", online, check, null, null);
            flow(process, "Flow_Checked", check, merge, null, null);
            flow(process, "Flow_ToCompleteness", merge, completeness, null, null);
            flow(process, "Flow_NotInScope", completeness, refused, "Không đúng thẩm quyền", "${completeness == 'refused'}");
            flow(process, "Flow_NeedsSupplement", completeness, supplement, "Chưa đầy đủ", "${completeness == 'supplement'}");
            flow(process, "Flow_Supplemented", supplement, check, null, null);
            flow(process, "Flow_Received", completeness, received, "Đầy đủ", "${completeness == 'received'}");
            last = received;
            return 7;
        }

        private FlowNode last;

        // ---- the fee (reception lane, two columns): status 6 while it waits

        private int feePayment(int column) {
            String decision = "generated-fee-" + table.processKey();
            files.put(PROCESS_FOLDER + decision + ".dmn", fee.table().isEmpty()
                    ? RoutingDecision.literal(decision, "Phí, lệ phí " + table.name(), "feeAmount", "long",
                            String.valueOf(fee.amount()))
                    : RoutingDecision.feeTable(decision, "Phí, lệ phí " + table.name(), fee.table()));
            BusinessRuleTask calculate = node(process, BusinessRuleTask.class, "Task_CalculateFee",
                    "Xác định phí, lệ phí", "Reception", column, 1);
            calculate.setCamundaDecisionRef(decision);
            calculate.setCamundaDecisionRefBinding("deployment");
            calculate.setCamundaMapDecisionResult("singleEntry");
            calculate.setCamundaResultVariable("feeAmount");
            CallActivity pay = call(process, "CallActivity_FeePayment", "Nộp phí, lệ phí", "common-fee-payment",
                    "paymentMethod", "Reception", column + 1, 1);
            CamundaOut paymentId = pay.getExtensionElements().addExtensionElement(CamundaOut.class);
            paymentId.setCamundaSource("paymentId");
            paymentId.setCamundaTarget("paymentId");
            flow(process, "Flow_ToCalculateFee", last, calculate, null, null);
            flow(process, "Flow_ToFeePayment", calculate, pay, null, null);
            last = pay;
            return column + 2;
        }

        /** A fee paid when the result is ready: only for a dossier that was not refused. */
        private int feeBeforeResult(int column) {
            ExclusiveGateway resolved = node(process, ExclusiveGateway.class, "Gateway_Resolved", "Có kết quả giải quyết?",
                    "Reception", column, 1);
            flow(process, "Flow_ToResolved", last, resolved, null, null);
            last = resolved;
            int after = feePayment(column + 1);
            ExclusiveGateway merge = node(process, ExclusiveGateway.class, "Gateway_ResultMerge", null, "Reception", after, 1);
            SequenceFlow toFee = model.getModelElementById("Flow_ToCalculateFee");
            toFee.setName("Có kết quả");
            ConditionExpression condition = model.newInstance(ConditionExpression.class, "Condition_Flow_ToCalculateFee");
            condition.setTextContent("${execution.getVariable('appraisalOutcome') != 'refuse'"
                    + " && execution.getVariable('leaderDecision') != 'refuse'}");
            toFee.setConditionExpression(condition);
            resolved.setDefault(flow(process, "Flow_RefusedNoFee", resolved, merge, "Từ chối: không thu", null));
            flow(process, "Flow_Paid", last, merge, null, null);
            last = merge;
            return after + 1;
        }

        // ---- handling: the table's steps inside SubProcess_Handling

        private int handling(int column) {
            Step first = table.steps().get(0);
            SubProcess sub = model.newInstance(SubProcess.class, "SubProcess_Handling");
            sub.setName("Giải quyết hồ sơ");
            process.addChildElement(sub);
            properties(sub, "dossierStatus", "4");
            layout.place(sub, laneKey(first), column, 1);
            flow(process, "Flow_ToHandling", last, sub, null, null);

            int col = column;
            StartEvent start = node(sub, StartEvent.class, "StartEvent_Handling", "Bắt đầu giải quyết", laneKey(first), col++, 1);
            BusinessRuleTask route = routingTask(sub, "Task_DetermineHandlingUnit", "Xác định đơn vị giải quyết",
                    table.routing(), laneKey(first), col++);
            flow(sub, "Flow_ToHandlingUnit", start, route, null, null);

            Map<String, UserTask> tasks = new LinkedHashMap<>();
            List<Object[]> reworks = new ArrayList<>();
            List<ExclusiveGateway> refusing = new ArrayList<>();
            FlowNode previous = route;
            SequenceFlow pendingDefault = null;
            boolean firstSupplement = true;
            for (Step step : table.steps()) {
                String lane = laneKey(step);
                if (step.routing() != null) {
                    BusinessRuleTask reroute = routingTask(sub, "Task_Route" + step.id(), "Chuyển đơn vị giải quyết",
                            step.routing(), lane, col++);
                    connect(sub, previous, reroute, pendingDefault);
                    pendingDefault = null;
                    previous = reroute;
                }
                UserTask task = node(sub, UserTask.class, step.taskId(), step.name(), lane, col++, 1);
                String group = (step.atReceivingUnit() ? "${receivingUnit}:" : "${handlingUnit}:") + step.role();
                task.setCamundaCandidateGroups(group);
                String form = step.form() == null || "default".equals(step.form())
                        ? table.processKey() + "-" + kebab(step.id()) : step.form();
                if (form.equals(table.processKey() + "-" + kebab(step.id()))) {
                    files.put(FORM_FOLDER + form + ".form", TaskForms.stepForm(form, table, step));
                }
                task.setCamundaFormRef(form);
                task.setCamundaFormRefBinding("deployment");
                if (step.hours() != null) {
                    properties(task, "dossierStatus", "4", "slaHours", String.valueOf(step.hours()));
                } else {
                    properties(task, "dossierStatus", "4", "slaDays", String.valueOf(step.days()));
                }
                connect(sub, previous, task, pendingDefault);
                pendingDefault = null;
                tasks.put(step.id(), task);
                previous = task;
                if (!step.decides()) {
                    continue;
                }
                ExclusiveGateway gateway = node(sub, ExclusiveGateway.class, "Gateway_" + step.id() + "Outcome",
                        "leader".equals(step.role()) ? "Lãnh đạo quyết định?" : "Kết quả xử lý?", lane, col++, 1);
                flow(sub, "Flow_To" + step.id() + "Outcome", task, gateway, null, null);
                String variable = step.decisionVariable();
                if (step.hasOutcome("supplement")) {
                    String id = firstSupplement ? "CallActivity_Supplement" : "CallActivity_Supplement" + step.id();
                    firstSupplement = false;
                    CallActivity call = call(sub, id, "Yêu cầu bổ sung hồ sơ (mẫu 02)", "common-supplement",
                            "supplementNote", lane, col - 2, 0);
                    flow(sub, "Flow_" + step.id() + "Supplement", gateway, call, "Yêu cầu bổ sung",
                            condition(variable, "supplement"));
                    flow(sub, "Flow_" + step.id() + "Supplemented", call, task, null, null);
                }
                if (step.verifyDays() != null) {
                    IntermediateThrowEvent complexCase = node(sub, IntermediateThrowEvent.class, "Event_ComplexCase",
                            "Áp dụng thời hạn trường hợp phức tạp, thông báo người nộp", lane, col - 1, 2);
                    properties(complexCase, "complexCase", "true");
                    UserTask verify = node(sub, UserTask.class, "Task_Verify", "Xác minh, kiểm tra thực địa", lane, col, 2);
                    verify.setCamundaCandidateGroups("${handlingUnit}:" + step.role());
                    Step verification = new Step("Verify", "Xác minh, kiểm tra thực địa", step.role(), null, null,
                            step.verifyDays(), null, null, List.of());
                    String verifyForm = table.processKey() + "-verify";
                    files.put(FORM_FOLDER + verifyForm + ".form", TaskForms.stepForm(verifyForm, table, verification));
                    verify.setCamundaFormRef(verifyForm);
                    verify.setCamundaFormRefBinding("deployment");
                    properties(verify, "dossierStatus", "4", "slaDays", String.valueOf(step.verifyDays()));
                    flow(sub, "Flow_" + step.id() + "Verify", gateway, complexCase, "Cần xác minh",
                            condition(variable, "verify"));
                    flow(sub, "Flow_ToVerify", complexCase, verify, null, null);
                    flow(sub, "Flow_Verified", verify, task, null, null);
                }
                if (step.reworkTarget() != null) {
                    reworks.add(new Object[] {step, gateway});
                }
                if (step.hasOutcome("refuse")) {
                    refusing.add(gateway);
                }
                pendingDefault = flow(sub, "Flow_" + step.id() + "Approved", gateway, null, "Đồng ý", null);
                previous = gateway;
            }
            String endLane = layout.laneOf(previous.getId());
            EndEvent handled = node(sub, EndEvent.class, "EndEvent_Handled", "Đã có kết quả", endLane, col, 1);
            connect(sub, previous, handled, pendingDefault);
            for (Object[] rework : reworks) {
                Step step = (Step) rework[0];
                flow(sub, "Flow_" + step.id() + "Rework", (FlowNode) rework[1], tasks.get(step.reworkTarget()),
                        "Yêu cầu xử lý lại", condition(step.decisionVariable(), "rework"));
            }
            if (!refusing.isEmpty()) {
                EndEvent refused = node(sub, EndEvent.class, "EndEvent_HandlingRefused", "Đã có văn bản từ chối",
                        endLane, col, 0);
                for (ExclusiveGateway gateway : refusing) {
                    String stepId = gateway.getId().substring("Gateway_".length(), gateway.getId().length() - "Outcome".length());
                    Step step = table.steps().stream().filter(s -> s.id().equals(stepId)).findFirst().orElseThrow();
                    flow(sub, "Flow_" + stepId + "Refused", gateway, refused, "Từ chối",
                            condition(step.decisionVariable(), "refuse"));
                }
            }

            BoundaryEvent timer = model.newInstance(BoundaryEvent.class, "Timer_Apology");
            timer.setName("Trước hạn trả kết quả 01 ngày làm việc");
            process.addChildElement(timer);
            timer.setAttachedTo(sub);
            timer.setCancelActivity(false);
            properties(timer, "slaTimer", "true");
            TimerEventDefinition definition = model.newInstance(TimerEventDefinition.class, "Timer_Apology_Definition");
            TimeDate date = model.newInstance(TimeDate.class, "Timer_Apology_Date");
            date.setTextContent("${apologyAt}");
            definition.setTimeDate(date);
            timer.getEventDefinitions().add(definition);
            CallActivity apology = call(process, "CallActivity_Apology", "Xin lỗi, hẹn lại ngày trả (mẫu 04)",
                    "common-apology", "newAppointmentAt", null, 0, 0);
            layout.placeBelow(apology, sub.getId(), 1);
            EndEvent issued = node(process, EndEvent.class, "EndEvent_ApologyIssued", "Đã hẹn lại ngày trả", null, 0, 0);
            layout.placeBelow(issued, sub.getId(), 2);
            flow(process, "Flow_ToApology", timer, apology, null, null);
            flow(process, "Flow_ApologyIssued", apology, issued, null, null);
            last = sub;
            return col + 1;
        }

        // ---- result return and withdrawal (reception lane)

        private void resultAndWithdrawal(int column, Message message) {
            CallActivity result = call(process, "CallActivity_ResultReturn", "Trả kết quả", "common-result-return",
                    "returnMethod", "Reception", column, 1);
            EndEvent returned = node(process, EndEvent.class, "EndEvent_ResultReturned", "Đã trả kết quả", "Reception", column + 1, 1);
            flow(process, "Flow_ToResultReturn", last, result, null, null);
            flow(process, "Flow_ToReturned", result, returned, null, null);

            SubProcess withdrawal = model.newInstance(SubProcess.class, "SubProcess_Withdrawal");
            withdrawal.setName("Công dân rút hồ sơ");
            withdrawal.setTriggeredByEvent(true);
            process.addChildElement(withdrawal);
            layout.place(withdrawal, "Reception", column, 2);
            StartEvent start = node(withdrawal, StartEvent.class, "StartEvent_WithdrawalRequested", "Yêu cầu rút hồ sơ",
                    "Reception", column, 2);
            start.setInterrupting(true);
            MessageEventDefinition definition = model.newInstance(MessageEventDefinition.class, "StartEvent_WithdrawalRequested_Definition");
            start.getEventDefinitions().add(definition);
            definition.setMessage(message);
            CallActivity stop = call(withdrawal, "CallActivity_Withdrawal", "Dừng xử lý hồ sơ (mẫu 05)", "common-withdrawal",
                    null, "Reception", column + 1, 2);
            EndEvent withdrawn = node(withdrawal, EndEvent.class, "EndEvent_Withdrawn", "Đã dừng xử lý", "Reception", column + 2, 2);
            flow(withdrawal, "Flow_ToWithdrawal", start, stop, null, null);
            flow(withdrawal, "Flow_Withdrawn", stop, withdrawn, null, null);
        }

        // ---- building blocks

        private BusinessRuleTask routingTask(ModelElementInstance parent, String id, String name, String routing,
                                             String lane, int column) {
            BusinessRuleTask task = node(parent, BusinessRuleTask.class, id, name, lane, column, 1);
            String decision;
            if (routing.startsWith("decision:")) {
                decision = routing.substring("decision:".length()).trim();
            } else if (routing.equals("receiving")) {
                // shared by every generated procedure: one decision per rule, not one per procedure
                decision = "generated-receiving-unit";
                files.put(PROCESS_FOLDER + decision + ".dmn", RoutingDecision.literal(decision,
                        "Đơn vị tiếp nhận giải quyết", "receivingUnit"));
            } else if (routing.equals("commune") && overrides != null) {
                // an administrator's overrides: a table of this procedure's own, the receiving commune otherwise
                decision = "generated-commune-" + table.processKey();
                files.put(PROCESS_FOLDER + decision + ".dmn", RoutingDecision.communeTable(decision,
                        "Đơn vị giải quyết theo xã, phường tiếp nhận: " + table.name(), overrides));
            } else if (routing.equals("commune")) {
                // the commune of the receiving center, which the platform sets: no table per commune
                decision = "generated-receiving-commune";
                files.put(PROCESS_FOLDER + decision + ".dmn", RoutingDecision.literal(decision,
                        "Ủy ban nhân dân cấp xã nơi tiếp nhận giải quyết", "receivingCommune"));
            } else {
                String unit = routing.substring("unit:".length()).trim();
                decision = "generated-unit-" + unit;
                files.put(PROCESS_FOLDER + decision + ".dmn", RoutingDecision.literal(decision,
                        "Đơn vị giải quyết " + unit, "\"" + unit + "\""));
            }
            task.setCamundaDecisionRef(decision);
            task.setCamundaDecisionRefBinding("deployment");
            task.setCamundaMapDecisionResult("singleEntry");
            task.setCamundaResultVariable("handlingUnit");
            return task;
        }

        private CallActivity call(ModelElementInstance parent, String id, String name, String calledElement, String out,
                                  String lane, int column, int row) {
            CallActivity call = node(parent, CallActivity.class, id, name, lane, column, row);
            call.setCalledElement(calledElement);
            call.setCamundaCalledElementBinding("deployment");
            ExtensionElements extensions = extensions(call);
            extensions.addExtensionElement(CamundaIn.class).setCamundaBusinessKey(BUSINESS_KEY);
            extensions.addExtensionElement(CamundaIn.class).setCamundaVariables("all");
            if (out != null) {
                CamundaOut output = extensions.addExtensionElement(CamundaOut.class);
                output.setCamundaSource(out);
                output.setCamundaTarget(out);
            }
            return call;
        }

        private <T extends FlowNode> T node(ModelElementInstance parent, Class<T> type, String id, String name,
                                            String lane, int column, int row) {
            T node = model.newInstance(type, id);
            if (name != null) {
                node.setName(name);
            }
            parent.addChildElement(node);
            if (lane != null) {
                layout.place(node, lane, column, row);
            }
            return node;
        }

        /** Connects two nodes, completing a gateway's pending default flow when there is one. */
        private void connect(ModelElementInstance parent, FlowNode source, FlowNode target, SequenceFlow pendingDefault) {
            if (pendingDefault != null) {
                pendingDefault.setTarget(target);
                target.getIncoming().add(pendingDefault);
                ((ExclusiveGateway) source).setDefault(pendingDefault);
            } else {
                flow(parent, "Flow_" + (++flows) + "To" + target.getId().replaceAll("^[A-Za-z]+_", ""), source, target, null, null);
            }
        }

        private SequenceFlow flow(ModelElementInstance parent, String id, FlowNode source, FlowNode target, String name,
                                  String condition) {
            SequenceFlow flow = model.newInstance(SequenceFlow.class, id);
            if (name != null) {
                flow.setName(name);
            }
            parent.addChildElement(flow);
            flow.setSource(source);
            source.getOutgoing().add(flow);
            if (target != null) {
                flow.setTarget(target);
                target.getIncoming().add(flow);
            }
            if (condition != null) {
                ConditionExpression expression = model.newInstance(ConditionExpression.class, "Condition_" + id);
                expression.setTextContent(condition);
                flow.setConditionExpression(expression);
            }
            return flow;
        }

        private void properties(BaseElement element, String... namesAndValues) {
            CamundaProperties properties = extensions(element).addExtensionElement(CamundaProperties.class);
            for (int i = 0; i < namesAndValues.length; i += 2) {
                CamundaProperty property = model.newInstance(CamundaProperty.class);
                property.setCamundaName(namesAndValues[i]);
                property.setCamundaValue(namesAndValues[i + 1]);
                properties.addChildElement(property);
            }
        }

        private ExtensionElements extensions(BaseElement element) {
            if (element.getExtensionElements() == null) {
                element.setExtensionElements(model.newInstance(ExtensionElements.class));
            }
            return element.getExtensionElements();
        }

        private void document(BaseElement element, String text) {
            Documentation documentation = model.newInstance(Documentation.class, "Documentation_" + element.getId());
            documentation.setTextContent(text);
            element.getDocumentations().add(documentation);
        }

        private String laneKey(Step step) {
            if ("reception".equals(step.role()) && step.atReceivingUnit() && !rerouted(step)) {
                return "Reception";
            }
            String unit = step.atReceivingUnit() ? "Receiving" : "";
            String routed = rerouted(step) ? camel(step.routing().replaceAll("[^A-Za-z0-9]+", "-")) : "";
            return capitalize(step.role()) + unit + routed;
        }

        /** A step of another unit than the table's handling unit gets its own lanes. */
        private boolean rerouted(Step step) {
            return step.routing() != null && !step.routing().equals(table.routing());
        }

        private String laneName(Step step) {
            String base = laneNames.get(step.role());
            if (rerouted(step)) {
                return laneNames.getOrDefault(step.role() + "@" + step.routing(), base + " (liên thông)");
            }
            if (step.atReceivingUnit() && !"reception".equals(step.role())) {
                return base + " (nơi tiếp nhận)";
            }
            return base;
        }
    }

    private static String condition(String variable, String value) {
        return "${execution.getVariable('" + variable + "') == '" + value + "'}";
    }

    static String camel(String kebab) {
        StringBuilder out = new StringBuilder();
        for (String part : kebab.split("-")) {
            out.append(capitalize(part));
        }
        return out.toString();
    }

    static String kebab(String camel) {
        return camel.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase();
    }

    private static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
