package vn.motcua.design.lint;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.dmn.engine.DmnDecisionRequirementsGraph;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.w3c.dom.Element;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

import vn.motcua.design.expression.ModelExpressionAllowlist;

/**
 * Checks the resources of one deployment against motcua's process conventions and returns EVERY
 * problem of every resource: files that do not parse (BPMN, DMN, Camunda Form), then the
 * {@link BpmnRule rules} on each BPMN file with the keys of the whole deployment at hand. Runs inside
 * the engine ({@link LintDeployer}) and without it ({@link LintCommand}, tests).
 */
public final class DeploymentLint {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final DmnEngine dmnEngine;
    private final DeployedDefinitions deployed;
    private final ProcedureLimits limits;
    private final BpmnRule engineParse;
    private final List<BpmnRule> rules;
    private final FeelExpressionRule feel = new FeelExpressionRule();

    /**
     * A lint without the engine's own BPMN parse (command line, tests): expressions may not name the engine's
     * services and Spring's well-known components ({@link ModelExpressionAllowlist#PLATFORM_NAMES}).
     */
    public DeploymentLint(DmnEngine dmnEngine, DeployedDefinitions deployed, ProcedureLimits limits) {
        this(dmnEngine, deployed, limits, (file, context) -> List.of(), ModelExpressionAllowlist.PLATFORM_NAMES::contains);
    }

    /**
     * A lint that also reports the problems the engine's BPMN parser finds in each well-formed file.
     *
     * @param platformComponent whether a name in an expression is a component models may not use (a bean of the
     *                          application not built for models)
     */
    DeploymentLint(DmnEngine dmnEngine, DeployedDefinitions deployed, ProcedureLimits limits, BpmnRule engineParse,
                   Predicate<String> platformComponent) {
        this.dmnEngine = dmnEngine;
        this.deployed = deployed;
        this.limits = limits;
        this.engineParse = engineParse;
        this.rules = List.of(new HistoryTimeToLiveRule(), new UserTaskRule(), new LegalLimitRule(), new ReferenceRule(),
                new CandidateGroupRule(), new CodeRule(), new ExpressionRule(platformComponent));
    }

    /** Every problem of the resources (name → content), in resource order. */
    public List<LintProblem> check(Map<String, byte[]> resources) {
        Map<String, byte[]> sorted = new TreeMap<>(resources);
        List<LintProblem> problems = new ArrayList<>();
        List<BpmnFile> bpmnFiles = new ArrayList<>();
        Set<String> processKeys = new HashSet<>();
        Set<String> decisionKeys = new HashSet<>();
        Map<String, String> formFiles = new HashMap<>();
        Map<String, List<LintProblem>> byResource = new LinkedHashMap<>();
        sorted.forEach((name, content) -> {
            List<LintProblem> found = byResource.computeIfAbsent(name, n -> new ArrayList<>());
            if (isBpmn(name)) {
                readBpmn(name, content, found).ifPresent(file -> {
                    bpmnFiles.add(file);
                    file.executableProcesses().forEach(process -> processKeys.add(process.getAttribute("id")));
                });
            } else if (isDmn(name)) {
                decisionKeys.addAll(readDmn(name, content, found));
            } else if (name.endsWith(".form")) {
                String id = readForm(name, content, found);
                if (id != null) {
                    String other = formFiles.putIfAbsent(id, name);
                    if (other != null) {
                        found.add(new LintProblem(name, 0, 0, id, "Biểu mẫu có id '" + id + "' trùng với tệp " + other
                                + " trong cùng lần triển khai."));
                    }
                }
            }
        });
        LintContext context = new LintContext(processKeys, decisionKeys, formFiles.keySet(), sorted.keySet(), deployed, limits);
        for (BpmnFile file : bpmnFiles) {
            for (BpmnRule rule : rules) {
                byResource.get(file.name()).addAll(rule.check(file, context));
            }
            List<LintProblem> found = byResource.get(file.name());
            for (LintProblem engineProblem : engineParse.check(file, context)) {
                if (found.stream().noneMatch(problem -> repeats(problem, engineProblem))) {
                    found.add(engineProblem);
                }
            }
        }
        byResource.values().forEach(problems::addAll);
        return problems;
    }

    /**
     * Whether the engine's problem says what a rule said already: motcua's parse listeners and the rules
     * share the SLA messages, the listeners naming the element their own way (and the parser appending the cause's message).
     */
    private static boolean repeats(LintProblem ours, LintProblem engines) {
        String core = engines.message().replaceFirst("(?s) \\(phần tử '[^']*'\\).*$", "").replaceFirst("^Bước '[^']*' ", "");
        return Objects.equals(ours.elementId(), engines.elementId()) && ours.message().contains(core);
    }

    static boolean isBpmn(String name) {
        return name.endsWith(".bpmn") || name.endsWith(".bpmn20.xml");
    }

    static boolean isDmn(String name) {
        return name.endsWith(".dmn") || name.endsWith(".dmn11.xml");
    }

    private static Optional<BpmnFile> readBpmn(String name, byte[] content, List<LintProblem> problems) {
        try {
            BpmnFile file = new BpmnFile(name, LocatedXml.parse(content));
            Element root = file.document().getDocumentElement();
            if (!BpmnFile.BPMN.equals(root.getNamespaceURI()) || !"definitions".equals(root.getLocalName())) {
                problems.add(new LintProblem(name, LocatedXml.line(root), LocatedXml.column(root), null,
                        "Tệp không phải sơ đồ BPMN 2.0 (phần tử gốc phải là bpmn:definitions)."));
                return Optional.empty();
            }
            return Optional.of(file);
        } catch (SAXParseException e) {
            problems.add(new LintProblem(name, e.getLineNumber(), e.getColumnNumber(), null,
                    "Tệp BPMN không đọc được (XML sai cú pháp): " + e.getMessage()));
        } catch (SAXException | IOException e) {
            problems.add(new LintProblem(name, 0, 0, null, "Tệp BPMN không đọc được: " + e.getMessage()));
        }
        return Optional.empty();
    }

    private Set<String> readDmn(String name, byte[] content, List<LintProblem> problems) {
        try {
            DmnDecisionRequirementsGraph graph = dmnEngine.parseDecisionRequirementsGraph(new ByteArrayInputStream(content));
            problems.addAll(feel.check(name, content));
            return graph.getDecisionKeys();
        } catch (RuntimeException e) {
            problems.add(new LintProblem(name, 0, 0, null, "Bảng quyết định (DMN) không đọc được: " + reason(e)));
            return Set.of();
        }
    }

    private static String readForm(String name, byte[] content, List<LintProblem> problems) {
        JsonNode form;
        try {
            form = JSON.readTree(content);
        } catch (JsonProcessingException e) {
            problems.add(new LintProblem(name, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e.getLocation() == null ? 0 : e.getLocation().getColumnNr(), null,
                    "Biểu mẫu không đọc được (JSON sai cú pháp): " + e.getOriginalMessage()));
            return null;
        } catch (IOException e) {
            problems.add(new LintProblem(name, 0, 0, null, "Biểu mẫu không đọc được: " + e.getMessage()));
            return null;
        }
        JsonNode id = form == null ? null : form.get("id");
        if (form == null || !form.isObject() || id == null || !id.isTextual() || id.asText().isBlank()) {
            problems.add(new LintProblem(name, 1, 1, null,
                    "Biểu mẫu thiếu \"id\" ở cấp ngoài cùng (camunda:formRef tham chiếu biểu mẫu bằng id này)."));
            return null;
        }
        if (!form.path("components").isArray()) {
            problems.add(new LintProblem(name, 1, 1, id.asText(), "Biểu mẫu '" + id.asText()
                    + "' thiếu danh sách \"components\"."));
        }
        return id.asText();
    }

    /** The exception's message with its causes', which carry the DMN parser's details. */
    private static String reason(Throwable e) {
        StringBuilder reason = new StringBuilder(String.valueOf(e.getMessage()));
        for (Throwable cause = e.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() != null && !reason.toString().contains(cause.getMessage())) {
                reason.append(" — ").append(cause.getMessage());
            }
        }
        return reason.toString();
    }
}
