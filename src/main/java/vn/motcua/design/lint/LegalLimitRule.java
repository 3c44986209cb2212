package vn.motcua.design.lint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.w3c.dom.Element;
import org.w3c.dom.Node;

import vn.motcua.sla.engine.SlaDiagramProperties;

/**
 * The steps of a process fit in the legal time limit of its procedure (catalog entry with the same
 * {@code processKey}; processes without one, such as {@code common-*}, are not checked).
 * <p>
 * A dossier takes one path through the process, so the rule measures the longest path along the sequence
 * flows, in working hours ({@code slaDays} × {@value ProcedureLimits#HOURS_PER_DAY}, {@code slaHours},
 * {@code slaSameDay} = {@value ProcedureLimits#HOURS_PER_DAY}; {@code camunda:dueDate} or no allotment count 0):
 * of alternative branches the longest counts, and of parallel branches too, since they run at the same time.
 * A loop counts each step once (flows back to a step already on the path are ignored). An embedded subprocess
 * counts as the longest path inside it; a boundary event's path starts after its activity; event subprocesses and
 * called processes are not counted. The path must not exceed the procedure's longest legal limit (the extended
 * limit when the catalog gives one; a same-day procedure has {@value ProcedureLimits#HOURS_PER_DAY} hours). The
 * skeleton's online check ({@value #ONLINE_CHECK}) counts 0: it comes before reception, and the legal limit runs
 * from reception.
 */
final class LegalLimitRule implements BpmnRule {

    /** The skeleton's check of an online submission before it is received (docs/designers-guide.md). */
    static final String ONLINE_CHECK = "Task_CheckOnline";

    @Override
    public List<LintProblem> check(BpmnFile file, LintContext context) {
        List<LintProblem> problems = new ArrayList<>();
        for (Element process : file.executableProcesses()) {
            String key = BpmnFile.attribute(process, "id");
            Optional<ProcedureLimits.LegalLimit> limit = key == null ? Optional.empty() : context.limits().of(key);
            if (limit.isEmpty()) {
                continue;
            }
            Path longest = longestPath(process);
            if (longest.hours().compareTo(limit.get().workingHours()) > 0) {
                problems.add(file.problem(process, "Thời hạn các bước trên nhánh dài nhất của quy trình "
                        + BpmnFile.label(process) + " là " + plain(longest.hours()) + " giờ làm việc ("
                        + String.join(", ", longest.steps()) + "), vượt thời hạn luật định của thủ tục "
                        + limit.get().procedure() + ": " + limit.get().description() + "."));
            }
        }
        return problems;
    }

    /** A path's allotted hours and its allotted steps in order ("Task_Appraise 40 giờ"). */
    private record Path(BigDecimal hours, List<String> steps) {

        static final Path EMPTY = new Path(BigDecimal.ZERO, List.of());

        Path then(Path next) {
            List<String> steps = new ArrayList<>(this.steps);
            steps.addAll(next.steps);
            return new Path(hours.add(next.hours), steps);
        }
    }

    /** The longest path through the flow nodes directly inside a process or an embedded subprocess. */
    private static Path longestPath(Element scope) {
        Map<String, Element> nodes = new LinkedHashMap<>();
        Map<String, List<String>> next = new HashMap<>();
        Map<String, Integer> incoming = new HashMap<>();
        for (Node child = scope.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && BpmnFile.BPMN.equals(element.getNamespaceURI())
                    && BpmnFile.attribute(element, "id") != null && isFlowNode(element)) {
                nodes.put(BpmnFile.attribute(element, "id"), element);
            }
        }
        nodes.values().forEach(node -> {
            String from = null;
            String to = null;
            if ("sequenceFlow".equals(node.getLocalName())) {
                from = BpmnFile.attribute(node, "sourceRef");
                to = BpmnFile.attribute(node, "targetRef");
            } else if ("boundaryEvent".equals(node.getLocalName())) {
                from = BpmnFile.attribute(node, "attachedToRef");
                to = BpmnFile.attribute(node, "id");
            }
            if (from != null && to != null) {
                next.computeIfAbsent(from, id -> new ArrayList<>()).add(to);
                incoming.merge(to, 1, Integer::sum);
            }
        });
        Map<String, Path> done = new HashMap<>();
        Path longest = Path.EMPTY;
        for (String id : nodes.keySet()) {
            if (!incoming.containsKey(id) && !"sequenceFlow".equals(nodes.get(id).getLocalName())) {
                longest = longer(longest, from(id, nodes, next, done, new HashMap<>()));
            }
        }
        return longest;
    }

    /** The longest path from a node on, ignoring flows back to a node on the way there (loops). */
    private static Path from(String id, Map<String, Element> nodes, Map<String, List<String>> next,
                             Map<String, Path> done, Map<String, Boolean> onTheWay) {
        Path known = done.get(id);
        if (known != null) {
            return known;
        }
        onTheWay.put(id, true);
        Path rest = Path.EMPTY;
        for (String successor : next.getOrDefault(id, List.of())) {
            if (!onTheWay.containsKey(successor) && nodes.containsKey(successor)) {
                rest = longer(rest, from(successor, nodes, next, done, onTheWay));
            }
        }
        onTheWay.remove(id);
        Path path = own(nodes.get(id)).then(rest);
        done.put(id, path);
        return path;
    }

    /** What the node itself takes: a user task its allotment, an embedded subprocess its longest path. */
    private static Path own(Element node) {
        if (node == null) {
            return Path.EMPTY;
        }
        String id = BpmnFile.attribute(node, "id");
        if ("userTask".equals(node.getLocalName()) && !ONLINE_CHECK.equals(id)) {
            BigDecimal hours = hours(BpmnFile.properties(node));
            return hours.signum() > 0 ? new Path(hours, List.of(id + " " + plain(hours) + " giờ")) : Path.EMPTY;
        }
        if (("subProcess".equals(node.getLocalName()) || "transaction".equals(node.getLocalName())
                || "adHocSubProcess".equals(node.getLocalName()))
                && !"true".equals(node.getAttribute("triggeredByEvent"))) {
            return longestPath(node);
        }
        return Path.EMPTY;
    }

    /** Flows, boundary events and the nodes they connect; event subprocesses are not on any path. */
    private static boolean isFlowNode(Element element) {
        return switch (element.getLocalName()) {
            case "laneSet", "extensionElements", "documentation", "textAnnotation", "association", "dataObject",
                 "dataObjectReference", "dataStoreReference", "ioSpecification", "property", "group" -> false;
            case "subProcess" -> !"true".equals(element.getAttribute("triggeredByEvent"));
            default -> true;
        };
    }

    private static Path longer(Path a, Path b) {
        return b.hours().compareTo(a.hours()) > 0 ? b : a;
    }

    private static String plain(BigDecimal hours) {
        return hours.stripTrailingZeros().toPlainString();
    }

    /** The step's allotment in working hours; 0 when it has none or a malformed one (reported by {@link UserTaskRule}). */
    static BigDecimal hours(Map<String, String> properties) {
        try {
            if (SlaDiagramProperties.stepAllotment(properties).isEmpty()) {
                return BigDecimal.ZERO;
            }
        } catch (IllegalArgumentException e) {
            return BigDecimal.ZERO;
        }
        String days = properties.get(SlaDiagramProperties.SLA_DAYS);
        String hours = properties.get(SlaDiagramProperties.SLA_HOURS);
        if (days != null) {
            return number(days).multiply(BigDecimal.valueOf(ProcedureLimits.HOURS_PER_DAY));
        }
        if (hours != null) {
            return number(hours);
        }
        return BigDecimal.valueOf(ProcedureLimits.HOURS_PER_DAY);
    }

    private static BigDecimal number(String value) {
        return new BigDecimal(value.strip().replace(',', '.'));
    }
}
