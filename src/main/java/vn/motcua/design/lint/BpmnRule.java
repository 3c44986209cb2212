package vn.motcua.design.lint;

import java.util.List;

/** One concern the lint checks in a BPMN file; returns every problem it finds, never stops at the first. */
interface BpmnRule {

    List<LintProblem> check(BpmnFile file, LintContext context);
}
