package vn.motcua.design.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.w3c.dom.Element;

/**
 * What a process calls exists: the process of a call activity ({@code calledElement}), the decision of
 * a business rule task ({@code camunda:decisionRef}) and the form of a user task or start event
 * ({@code camunda:formRef}, or {@code camunda:formKey="camunda-forms:deployment:<resource>"}).
 * With {@code binding="deployment"} the target must be in the same deployment (the engine looks
 * nowhere else at run time); with any other binding it may also be deployed already. References
 * written as expressions are resolved at run time and not checked.
 */
final class ReferenceRule implements BpmnRule {

    private static final String DEPLOYMENT = "deployment";
    private static final String FORM_KEY_IN_DEPLOYMENT = "camunda-forms:deployment:";

    @Override
    public List<LintProblem> check(BpmnFile file, LintContext context) {
        List<LintProblem> problems = new ArrayList<>();
        for (Element process : file.executableProcesses()) {
            for (Element call : BpmnFile.descendants(process, "callActivity")) {
                String key = BpmnFile.attribute(call, "calledElement");
                if (key != null) {
                    check(file, call, "quy trình con", key, BpmnFile.camunda(call, "calledElementBinding"),
                            context.processKeys(), context.deployed()::hasProcess, problems);
                }
            }
            for (Element task : BpmnFile.descendants(process, "businessRuleTask")) {
                String key = BpmnFile.camunda(task, "decisionRef");
                if (key != null) {
                    check(file, task, "bảng quyết định (DMN)", key, BpmnFile.camunda(task, "decisionRefBinding"),
                            context.decisionKeys(), context.deployed()::hasDecision, problems);
                }
            }
            List<Element> withForms = new ArrayList<>(BpmnFile.descendants(process, "userTask"));
            withForms.addAll(BpmnFile.descendants(process, "startEvent"));
            for (Element element : withForms) {
                String formRef = BpmnFile.camunda(element, "formRef");
                if (formRef != null) {
                    check(file, element, "biểu mẫu", formRef, BpmnFile.camunda(element, "formRefBinding"),
                            context.formKeys(), context.deployed()::hasForm, problems);
                }
                String formKey = BpmnFile.camunda(element, "formKey");
                if (formKey != null && formKey.startsWith(FORM_KEY_IN_DEPLOYMENT) && !BpmnFile.isExpression(formKey)) {
                    String resource = formKey.substring(FORM_KEY_IN_DEPLOYMENT.length());
                    if (!context.resourceNames().contains(resource)) {
                        problems.add(file.problem(element, "Phần tử " + BpmnFile.label(element) + " dùng biểu mẫu '"
                                + resource + "' (camunda:formKey) nhưng tệp này không có trong lần triển khai."));
                    }
                }
            }
        }
        return problems;
    }

    private static void check(BpmnFile file, Element element, String what, String key, String binding,
                              Set<String> inDeployment, Predicate<String> deployed, List<LintProblem> problems) {
        if (BpmnFile.isExpression(key) || inDeployment.contains(key)) {
            return;
        }
        String prefix = "Phần tử " + BpmnFile.label(element) + " tham chiếu " + what + " '" + key + "'";
        if (DEPLOYMENT.equals(binding)) {
            problems.add(file.problem(element, prefix + " (binding=deployment) nhưng không có trong cùng lần triển khai: "
                    + "triển khai kèm tệp định nghĩa nó."));
        } else if (!deployed.test(key)) {
            problems.add(file.problem(element, prefix + " nhưng không có trong lần triển khai này và chưa từng được triển khai."));
        }
    }
}
