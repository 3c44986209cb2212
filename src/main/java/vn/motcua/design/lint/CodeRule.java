package vn.motcua.design.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;

/**
 * A model runs no code of its own: no Java class or delegate expression ({@code camunda:class},
 * {@code camunda:delegateExpression}, on a step or a listener, nor the variable mappings of a call activity), no
 * script task and no script anywhere (listeners, input/output mappings, conditions written in a script language).
 * A deployment is made by designers, and what it runs runs with the whole engine's rights, often without any
 * engine user (a timer, an asynchronous step); the platform's own behaviour is attached by its parse listeners.
 */
final class CodeRule implements BpmnRule {

    private static final Set<String> CODE_ATTRIBUTES = Set.of("class", "delegateExpression", "variableMappingClass",
            "variableMappingDelegateExpression");

    @Override
    public List<LintProblem> check(BpmnFile file, LintContext context) {
        List<LintProblem> problems = new ArrayList<>();
        NodeList elements = file.document().getElementsByTagNameNS("*", "*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            String namespace = element.getNamespaceURI();
            String name = element.getLocalName();
            if (BpmnFile.BPMN.equals(namespace) && "scriptTask".equals(name)) {
                problems.add(problem(file, element, "là tác vụ kịch bản (script task): quy trình không được chạy kịch bản; "
                        + "dùng biểu thức trên biến quy trình hoặc bước của nền tảng."));
            } else if (BpmnFile.CAMUNDA.equals(namespace) && "script".equals(name)) {
                problems.add(problem(file, element, "có kịch bản (camunda:script"
                        + language(element.getAttribute("scriptFormat")) + "): quy trình không được chạy kịch bản; "
                        + "dùng biểu thức trên biến quy trình."));
            } else if (BpmnFile.BPMN.equals(namespace) && !element.getAttribute("language").isBlank()) {
                problems.add(problem(file, element, "có điều kiện viết bằng ngôn ngữ kịch bản '"
                        + element.getAttribute("language").strip() + "': quy trình không được chạy kịch bản; "
                        + "viết điều kiện bằng biểu thức ${…} trên biến quy trình."));
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int j = 0; j < attributes.getLength(); j++) {
                Attr attribute = (Attr) attributes.item(j);
                boolean camunda = BpmnFile.CAMUNDA.equals(attribute.getNamespaceURI())
                        || (attribute.getNamespaceURI() == null && BpmnFile.CAMUNDA.equals(namespace));
                if (camunda && CODE_ATTRIBUTES.contains(attribute.getLocalName() == null ? attribute.getName()
                        : attribute.getLocalName())) {
                    problems.add(problem(file, element, "gọi mã Java (" + attribute.getName() + "=\"" + attribute.getValue()
                            + "\"): quy trình không được chạy mã; dùng biểu thức trên biến quy trình hoặc bước của nền tảng."));
                }
            }
        }
        return problems;
    }

    private static String language(String format) {
        return format.isBlank() ? "" : ", ngôn ngữ '" + format.strip() + "'";
    }

    /** A problem at the element, named by itself or, for an extension element, by the step that holds it. */
    static LintProblem problem(BpmnFile file, Element element, String message) {
        Element named = element;
        while (BpmnFile.attribute(named, "id") == null && named.getParentNode() instanceof Element parent) {
            named = parent;
        }
        String id = BpmnFile.attribute(named, "id");
        String what = named == element ? "Phần tử " + BpmnFile.label(named)
                : "Phần tử " + BpmnFile.label(named) + " (" + element.getTagName() + ")";
        return new LintProblem(file.name(), LocatedXml.line(element), LocatedXml.column(element), id, what + " " + message);
    }
}
