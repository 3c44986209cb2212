package vn.motcua.platform.engine;

import java.util.ArrayList;
import java.util.List;

import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/** How our engine plugins attach their BPMN parse listeners, after the engine's own. */
public final class ParseListeners {

    private ParseListeners() {
    }

    /** Adds the listener to the post-parse listeners, keeping those other plugins added. */
    public static void addPost(ProcessEngineConfigurationImpl configuration, BpmnParseListener listener) {
        List<BpmnParseListener> listeners = new ArrayList<>();
        if (configuration.getCustomPostBPMNParseListeners() != null) {
            listeners.addAll(configuration.getCustomPostBPMNParseListeners());
        }
        listeners.add(listener);
        configuration.setCustomPostBPMNParseListeners(listeners);
    }
}
