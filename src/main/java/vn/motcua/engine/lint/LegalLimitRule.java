package vn.motcua.engine.lint;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.w3c.dom.Element;

import vn.motcua.sla.engine.SlaDiagramProperties;

/**
 * The steps of a process fit in the legal time limit of its procedure (catalog entry with the same
 * {@code processKey}; processes without one, such as {@code common-*}, are not checked).
 * <p>
 * The rule is deliberately simple and conservative: the allotments of ALL user tasks of the process
 * (embedded subprocesses included; event subprocesses and called processes excluded) are added up,
 * each step once whatever loops or alternative branches lead to it, in working hours ({@code slaDays}
 * × {@value ProcedureLimits#HOURS_PER_DAY}, {@code slaHours}, {@code slaSameDay} =
 * {@value ProcedureLimits#HOURS_PER_DAY}); steps with {@code camunda:dueDate} or no allotment count 0.
 * The sum must not exceed the procedure's longest legal limit (the extended limit when the catalog
 * gives one; a same-day procedure has {@value ProcedureLimits#HOURS_PER_DAY} hours). The skeleton's
 * online check ({@value #ONLINE_CHECK}) does not count: it comes before receipt, and the legal limit
 * runs from receipt.
 */
final class LegalLimitRule implements BpmnRule {

    /** The skeleton's check of an online submission before it is received (processes/README.md). */
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
            BigDecimal total = BigDecimal.ZERO;
            List<String> steps = new ArrayList<>();
            for (Element task : BpmnFile.descendants(process, "userTask")) {
                if (BpmnFile.inEventSubProcess(task) || ONLINE_CHECK.equals(BpmnFile.attribute(task, "id"))) {
                    continue;
                }
                BigDecimal hours = hours(BpmnFile.properties(task));
                if (hours.signum() > 0) {
                    total = total.add(hours);
                    steps.add(BpmnFile.attribute(task, "id") + " " + hours.stripTrailingZeros().toPlainString() + " giờ");
                }
            }
            if (total.compareTo(limit.get().workingHours()) > 0) {
                problems.add(file.problem(process, "Tổng thời hạn các bước của quy trình " + BpmnFile.label(process)
                        + " là " + total.stripTrailingZeros().toPlainString() + " giờ làm việc (" + String.join(", ", steps)
                        + "), vượt thời hạn luật định của thủ tục " + limit.get().procedure() + ": "
                        + limit.get().description() + "."));
            }
        }
        return problems;
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
