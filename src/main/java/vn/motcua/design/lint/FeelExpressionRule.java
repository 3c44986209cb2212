package vn.motcua.design.lint;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.camunda.feel.api.FailedParseResult;
import org.camunda.feel.api.FeelEngineApi;
import org.camunda.feel.api.FeelEngineBuilder;
import org.camunda.feel.api.ParseResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Every FEEL expression of a decision table parses: input expressions, input entries (unary tests) and
 * output entries. The DMN engine parses them only when the table is first evaluated, so a typo would
 * otherwise surface as an incident on a citizen's dossier instead of at deployment. Expressions in another
 * language (a non-FEEL {@code expressionLanguage}: JUEL, JavaScript, Groovy) are refused: they call Java or run
 * scripts, which a deployment may not.
 */
final class FeelExpressionRule {

    private static final FeelEngineApi FEEL = FeelEngineBuilder.forJava().build();

    List<LintProblem> check(String name, byte[] content) {
        Document document;
        try {
            document = LocatedXml.parse(content);
        } catch (SAXException | IOException e) {
            return List.of(); // the DMN parse reports unreadable files
        }
        List<LintProblem> problems = new ArrayList<>();
        check(name, document, "inputExpression", false, "biểu thức đầu vào", problems);
        check(name, document, "inputEntry", true, "điều kiện đầu vào", problems);
        check(name, document, "outputEntry", false, "giá trị đầu ra", problems);
        // a decision that is one literal expression (the generated unit decisions): FEEL unless said otherwise
        check(name, document, "literalExpression", false, "biểu thức", problems);
        return problems;
    }

    private static void check(String name, Document document, String element, boolean unaryTests, String what,
                              List<LintProblem> problems) {
        NodeList nodes = document.getElementsByTagNameNS("*", element);
        for (int i = 0; i < nodes.getLength(); i++) {
            Element entry = (Element) nodes.item(i);
            Element text = firstChild(entry, "text");
            String expression = text == null ? "" : text.getTextContent().strip();
            if (expression.isEmpty() || (unaryTests && expression.equals("-"))) {
                continue;
            }
            String language = language(entry);
            if (!language.isEmpty() && !language.toLowerCase().contains("feel")) {
                Element rule = ancestor(entry);
                String id = rule == null ? entry.getAttribute("id") : rule.getAttribute("id");
                problems.add(new LintProblem(name, LocatedXml.line(entry), LocatedXml.column(entry), id.isEmpty() ? null : id,
                        "Bảng quyết định có " + what + " '" + expression + "'" + (id.isEmpty() ? "" : " (dòng luật " + id + ")")
                                + " viết bằng ngôn ngữ '" + language + "': chỉ được dùng FEEL (ngôn ngữ khác gọi mã Java "
                                + "hoặc chạy kịch bản)."));
                continue;
            }
            ParseResult result = unaryTests ? FEEL.parseUnaryTests(expression) : FEEL.parseExpression(expression);
            if (result.isFailure()) {
                String reason = result instanceof FailedParseResult failed ? failed.failure().message() : "";
                Element rule = ancestor(entry);
                String id = rule == null ? entry.getAttribute("id") : rule.getAttribute("id");
                problems.add(new LintProblem(name, LocatedXml.line(entry), LocatedXml.column(entry), id.isEmpty() ? null : id,
                        "Bảng quyết định có " + what + " FEEL sai cú pháp '" + expression + "'"
                                + (id.isEmpty() ? "" : " (dòng luật " + id + ")") + ": " + reason));
            }
        }
    }

    /** The language the entry, its clause or the definitions say, empty for the default (FEEL). */
    private static String language(Element entry) {
        for (Node node = entry; node instanceof Element element; node = node.getParentNode()) {
            String language = element.getAttribute("expressionLanguage").strip();
            if (!language.isEmpty()) {
                return language;
            }
        }
        return "";
    }

    private static Element ancestor(Element entry) {
        Node parent = entry.getParentNode();
        return parent instanceof Element element && "rule".equals(element.getLocalName()) ? element : null;
    }

    private static Element firstChild(Element parent, String localName) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && localName.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }
}
