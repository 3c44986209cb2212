package vn.motcua.design.lint;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** A parsed BPMN resource with the few ways of reading it that the rules share. */
public final class BpmnFile {

    static final String BPMN = "http://www.omg.org/spec/BPMN/20100524/MODEL";
    static final String CAMUNDA = "http://camunda.org/schema/1.0/bpmn";

    private final String name;
    private final Document document;

    BpmnFile(String name, Document document) {
        this.name = name;
        this.document = document;
    }

    Document document() {
        return document;
    }

    /** The resource name. */
    public String name() {
        return name;
    }

    /** The executable processes (a pool without {@code isExecutable="true"} is not deployed by the engine). */
    List<Element> executableProcesses() {
        return children(document.getDocumentElement(), "process").stream()
                .filter(process -> "true".equals(process.getAttribute("isExecutable").strip()))
                .toList();
    }

    /** Every BPMN element of the local name anywhere below the given one, in document order. */
    static List<Element> descendants(Element root, String localName) {
        List<Element> found = new ArrayList<>();
        NodeList nodes = root.getElementsByTagNameNS(BPMN, localName);
        for (int i = 0; i < nodes.getLength(); i++) {
            found.add((Element) nodes.item(i));
        }
        return found;
    }

    /** The direct BPMN children of the local name. */
    static List<Element> children(Element parent, String localName) {
        List<Element> found = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && BPMN.equals(element.getNamespaceURI())
                    && localName.equals(element.getLocalName())) {
                found.add(element);
            }
        }
        return found;
    }

    /** A camunda attribute, {@code null} when absent or blank. */
    static String camunda(Element element, String attribute) {
        String value = element.getAttributeNS(CAMUNDA, attribute);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A plain attribute, {@code null} when absent or blank. */
    static String attribute(Element element, String attribute) {
        String value = element.getAttribute(attribute);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The {@code camunda:properties} of the element (its own extension elements only). */
    static Map<String, String> properties(Element element) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (Element extensions : children(element, "extensionElements")) {
            NodeList lists = extensions.getElementsByTagNameNS(CAMUNDA, "properties");
            for (int i = 0; i < lists.getLength(); i++) {
                if (lists.item(i).getParentNode() != extensions) {
                    continue;
                }
                NodeList entries = ((Element) lists.item(i)).getElementsByTagNameNS(CAMUNDA, "property");
                for (int j = 0; j < entries.getLength(); j++) {
                    Element entry = (Element) entries.item(j);
                    properties.put(entry.getAttribute("name"), entry.getAttribute("value"));
                }
            }
        }
        return properties;
    }

    /** Whether the element lies inside an event subprocess (below the given process). */
    static boolean inEventSubProcess(Element element) {
        for (Node parent = element.getParentNode(); parent instanceof Element scope; parent = parent.getParentNode()) {
            if ("subProcess".equals(scope.getLocalName()) && "true".equals(scope.getAttribute("triggeredByEvent"))) {
                return true;
            }
        }
        return false;
    }

    /** Whether a reference is an expression, resolved only at run time. */
    static boolean isExpression(String value) {
        return value != null && (value.contains("${") || value.contains("#{"));
    }

    /** A problem located at the element. */
    LintProblem problem(Element element, String message) {
        return new LintProblem(name, LocatedXml.line(element), LocatedXml.column(element),
                attribute(element, "id"), message);
    }

    /** How designers recognise a step: its name, else its id. */
    static String label(Element element) {
        String label = attribute(element, "name");
        String id = attribute(element, "id");
        return label == null ? "'" + id + "'" : "'" + label.replaceAll("\\s+", " ") + "' (" + id + ")";
    }
}
