package vn.motcua.design.lint;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

import org.camunda.bpm.impl.juel.AstBracket;
import org.camunda.bpm.impl.juel.AstDot;
import org.camunda.bpm.impl.juel.AstIdentifier;
import org.camunda.bpm.impl.juel.AstProperty;
import org.camunda.bpm.impl.juel.AstString;
import org.camunda.bpm.impl.juel.Builder;
import org.camunda.bpm.impl.juel.Node;
import org.camunda.bpm.impl.juel.Tree;
import org.camunda.bpm.impl.juel.TreeBuilderException;
import org.w3c.dom.Attr;
import org.w3c.dom.Element;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.NodeList;
import org.w3c.dom.Text;

import vn.motcua.design.expression.ModelExpressionAllowlist;

/**
 * Every expression of a model ({@code ${…}} or {@code #{…}} in any attribute or text the engine evaluates), read
 * with Camunda's own JUEL parser, stays inside {@link ModelExpressionAllowlist}: it names no platform component
 * (an engine service, the {@code environment}, any Spring bean not built for models), uses on {@code execution}
 * and {@code task} only the variable accessors and plain identifiers, and nothing reflective ({@code class},
 * {@code getClass()}) on anything. The engine refuses the same at run time; the lint says so at deployment,
 * with the element and line. Expressions that do not parse are left to the engine's parser.
 */
final class ExpressionRule implements BpmnRule {

    /** Elements whose text the engine never evaluates, or that {@link CodeRule} refuses whole. */
    private static final Set<String> NOT_EVALUATED = Set.of("documentation", "text", "script");

    private static final Builder JUEL = new Builder(Builder.Feature.METHOD_INVOCATIONS, Builder.Feature.VARARGS);

    private final Predicate<String> platformComponent;

    /** @param platformComponent whether a name is a component of the platform that models may not use */
    ExpressionRule(Predicate<String> platformComponent) {
        this.platformComponent = platformComponent;
    }

    @Override
    public List<LintProblem> check(BpmnFile file, LintContext context) {
        List<LintProblem> problems = new ArrayList<>();
        NodeList elements = file.document().getElementsByTagNameNS("*", "*");
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            if (NOT_EVALUATED.contains(element.getLocalName())) {
                continue;
            }
            NamedNodeMap attributes = element.getAttributes();
            for (int j = 0; j < attributes.getLength(); j++) {
                check(file, element, ((Attr) attributes.item(j)).getValue(), problems);
            }
            for (org.w3c.dom.Node child = element.getFirstChild(); child != null; child = child.getNextSibling()) {
                if (child instanceof Text text) {
                    check(file, element, text.getData(), problems);
                }
            }
        }
        return problems;
    }

    private void check(BpmnFile file, Element element, String text, List<LintProblem> problems) {
        if (!BpmnFile.isExpression(text)) {
            return;
        }
        Tree tree;
        try {
            tree = JUEL.build(text.strip());
        } catch (TreeBuilderException e) {
            return;
        }
        List<String> reasons = new ArrayList<>();
        visit(tree.getRoot(), reasons);
        for (String reason : reasons.stream().distinct().toList()) {
            problems.add(CodeRule.problem(file, element, "có biểu thức '" + text.strip() + "' " + reason
                    + ": biểu thức của quy trình chỉ được dùng biến quy trình và, trên execution và task, "
                    + "getVariable, hasVariable, setVariable, setVariableLocal, processBusinessKey, mã và tên của bước."));
        }
    }

    private void visit(Node node, List<String> reasons) {
        if (node instanceof AstIdentifier identifier && platformComponent.test(identifier.getName())) {
            reasons.add("gọi thành phần hệ thống '" + identifier.getName() + "'");
        }
        if (node instanceof AstProperty property) {
            Node prefix = property.getChild(0);
            String member = member(property);
            boolean onScope = prefix instanceof AstIdentifier identifier
                    && ModelExpressionAllowlist.SCOPE_NAMES.contains(identifier.getName());
            if (onScope && member == null) {
                reasons.add("đọc thuộc tính không xác định trước của " + prefix);
            } else if (onScope && !ModelExpressionAllowlist.allowedOnScope(member)) {
                reasons.add("dùng '" + member + "' trên " + prefix);
            } else if (member != null && !ModelExpressionAllowlist.allowedOnValue(member)) {
                reasons.add("dùng '" + member + "'");
            }
        }
        for (int i = 0; i < node.getCardinality(); i++) {
            visit(node.getChild(i), reasons);
        }
    }

    /** The property or method name, {@code null} when computed at run time ({@code execution[name]}). */
    private static String member(AstProperty property) {
        if (property instanceof AstDot dot) {
            // JUEL prints a dot as ". name"
            return dot.toString().replaceFirst("^\\. ", "");
        }
        if (property instanceof AstBracket && property.getChild(1) instanceof AstString literal) {
            return String.valueOf(literal.eval(null, null));
        }
        return null;
    }
}
