package vn.motcua.design.lint;

import java.util.ArrayList;
import java.util.List;

import org.w3c.dom.Element;

/** Every executable process says how long its history is kept ({@code camunda:historyTimeToLive}). */
final class HistoryTimeToLiveRule implements BpmnRule {

    @Override
    public List<LintProblem> check(BpmnFile file, LintContext context) {
        List<LintProblem> problems = new ArrayList<>();
        for (Element process : file.executableProcesses()) {
            if (BpmnFile.camunda(process, "historyTimeToLive") == null) {
                problems.add(file.problem(process, "Quy trình " + BpmnFile.label(process)
                        + " thiếu thời gian lưu lịch sử (camunda:historyTimeToLive), ví dụ 365 ngày."));
            }
        }
        return problems;
    }
}
