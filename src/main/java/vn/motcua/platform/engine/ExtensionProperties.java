package vn.motcua.platform.engine;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParser;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.impl.util.xml.Namespace;

/** Reads the {@code camunda:properties} of a BPMN element at parse time (designer-set platform settings). */
public final class ExtensionProperties {

    private static final Namespace CAMUNDA = new Namespace(BpmnParser.CAMUNDA_BPMN_EXTENSIONS_NS);

    private ExtensionProperties() {
    }

    public static Map<String, String> of(Element element) {
        Map<String, String> properties = new HashMap<>();
        Element extensions = element.element("extensionElements");
        if (extensions == null) {
            return properties;
        }
        Element list = extensions.elementNS(CAMUNDA, "properties");
        if (list == null) {
            return properties;
        }
        for (Element property : list.elementsNS(CAMUNDA, "property")) {
            properties.put(property.attribute("name"), property.attribute("value"));
        }
        return properties;
    }
}
