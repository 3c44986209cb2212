package vn.motcua.design.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Element;

import vn.motcua.sla.engine.SlaDiagramProperties;

/**
 * Every user task of an executable process names who works on it, the form they fill and how long
 * they have:
 * <ul>
 *   <li>{@code camunda:candidateGroups} (an expression such as {@code ${handlingUnit}:specialist}, or a
 *       literal group);</li>
 *   <li>{@code camunda:formRef} or {@code camunda:formKey};</li>
 *   <li>a time allotment: {@code slaDays}, {@code slaHours} or {@code slaSameDay=true} (well-formed, only
 *       one of them) or {@code camunda:dueDate}; a step that deliberately has none — waiting for the
 *       applicant, a reminder — says so with {@value #NO_ALLOTMENT}{@code =true}.</li>
 * </ul>
 */
final class UserTaskRule implements BpmnRule {

    /** Marks a user task that has no time allotment on purpose. */
    static final String NO_ALLOTMENT = "slaNone";

    @Override
    public List<LintProblem> check(BpmnFile file, LintContext context) {
        List<LintProblem> problems = new ArrayList<>();
        for (Element process : file.executableProcesses()) {
            for (Element task : BpmnFile.descendants(process, "userTask")) {
                String step = "Bước " + BpmnFile.label(task);
                if (BpmnFile.camunda(task, "candidateGroups") == null) {
                    problems.add(file.problem(task, step + " thiếu nhóm xử lý (camunda:candidateGroups), ví dụ "
                            + "${handlingUnit}:specialist."));
                }
                if (BpmnFile.camunda(task, "formRef") == null && BpmnFile.camunda(task, "formKey") == null) {
                    problems.add(file.problem(task, step + " thiếu biểu mẫu (camunda:formRef hoặc camunda:formKey)."));
                }
                checkAllotment(file, task, step, problems);
            }
        }
        return problems;
    }

    private static void checkAllotment(BpmnFile file, Element task, String step, List<LintProblem> problems) {
        Map<String, String> properties = BpmnFile.properties(task);
        boolean allotted;
        try {
            allotted = SlaDiagramProperties.stepAllotment(properties).isPresent();
        } catch (IllegalArgumentException e) {
            problems.add(file.problem(task, step + ": " + e.getMessage()));
            return;
        }
        boolean dueDate = BpmnFile.camunda(task, "dueDate") != null;
        boolean none = "true".equalsIgnoreCase(String.valueOf(properties.get(NO_ALLOTMENT)).strip());
        if (allotted && dueDate) {
            problems.add(file.problem(task, step + " có cả camunda:dueDate và thời hạn slaDays/slaHours/slaSameDay: "
                    + "chỉ dùng một cách đặt hạn."));
        } else if (none && (allotted || dueDate)) {
            problems.add(file.problem(task, step + " có " + NO_ALLOTMENT + "=true nhưng vẫn đặt thời hạn: bỏ một trong hai."));
        } else if (!allotted && !dueDate && !none) {
            problems.add(file.problem(task, step + " thiếu thời hạn xử lý (thuộc tính slaDays, slaHours hoặc slaSameDay, "
                    + "hoặc camunda:dueDate; bước chờ công dân ghi " + NO_ALLOTMENT + "=true)."));
        }
    }
}
