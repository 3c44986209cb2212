package vn.motcua.engine.lint;

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
 * otherwise surface as an incident on a citizen's dossier instead of at deployment. Expressions in
 * another language (a non-FEEL {@code expressionLanguage}) are left to their engine.
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
            if (!isFeel(entry)) {
                continue;
            }
            Element text = firstChild(entry, "text");
            String expression = text == null ? "" : text.getTextContent().strip();
            if (expression.isEmpty() || (unaryTests && expression.equals("-"))) {
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

    /** FEEL unless the entry, its clause or the definitions say another language. */
    private static boolean isFeel(Element entry) {
        for (Node node = entry; node instanceof Element element; node = node.getParentNode()) {
            String language = element.getAttribute("expressionLanguage");
            if (!language.isEmpty()) {
                return language.toLowerCase().contains("feel");
            }
        }
        return true;
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
