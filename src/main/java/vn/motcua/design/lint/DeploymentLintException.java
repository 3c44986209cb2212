package vn.motcua.design.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.Problem;
import org.camunda.bpm.engine.ResourceReport;
import org.camunda.bpm.engine.impl.bpmn.parser.ResourceReportImpl;

/**
 * A deployment refused by the lint, with every problem of every resource. It is a
 * {@link ParseException} so that the REST API answers 400 with a {@code details} entry per resource;
 * the engine's own constructor makes a single report, hence the reports are set on the protected field
 * (Camunda spells its getter {@code getResorceReports()}).
 */
public class DeploymentLintException extends ParseException {

    private final transient List<LintProblem> problems;

    public DeploymentLintException(List<LintProblem> problems) {
        super(summary(problems), null, List.of(), List.of());
        this.problems = List.copyOf(problems);
        this.resorceReports = reports(problems);
    }

    /** The problems, in resource order. */
    public List<LintProblem> problems() {
        return problems;
    }

    private static String summary(List<LintProblem> problems) {
        long resources = problems.stream().map(LintProblem::resource).distinct().count();
        return "Triển khai bị từ chối: " + problems.size() + " lỗi trong " + resources + " tệp.\n"
                + problems.stream().map(LintProblem::toString).collect(Collectors.joining("\n"));
    }

    private static List<ResourceReport> reports(List<LintProblem> problems) {
        Map<String, List<Problem>> byResource = new LinkedHashMap<>();
        for (LintProblem problem : problems) {
            byResource.computeIfAbsent(problem.resource(), name -> new ArrayList<>()).add(new Located(problem));
        }
        List<ResourceReport> reports = new ArrayList<>();
        byResource.forEach((resource, errors) -> reports.add(new ResourceReportImpl(resource, errors, List.of())));
        return reports;
    }

    /** A lint problem as the engine's REST layer renders problems. */
    private record Located(LintProblem problem) implements Problem {

        @Override
        public String getMessage() {
            return problem.message();
        }

        @Override
        public int getLine() {
            return problem.line();
        }

        @Override
        public int getColumn() {
            return problem.column();
        }

        @Override
        public String getMainElementId() {
            return problem.elementId();
        }

        @Override
        public List<String> getElementIds() {
            return problem.elementId() == null ? List.of() : List.of(problem.elementId());
        }
    }
}
