package vn.motcua.sla.engine;

import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import org.camunda.bpm.engine.BpmnParseException;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

import vn.motcua.sla.Deadlines;
import vn.motcua.sla.TimeLimit;

/**
 * Attaches the SLA to diagrams at deployment, with no code in the diagram:
 * <ul>
 *   <li>a user task with {@code slaDays}, {@code slaHours} or {@code slaSameDay} gets a create
 *       listener that sets its due date ({@link SlaTaskDueDate});</li>
 *   <li>the markers and every literal {@code working:} value are checked, so that a mistake is refused
 *       at deployment with the element's id rather than failing when a dossier reaches it.</li>
 * </ul>
 */
final class SlaParseListener extends AbstractBpmnParseListener {

    private static final String TIMER_EVENT_DEFINITION = "timerEventDefinition";

    private final Deadlines deadlines;

    SlaParseListener(Deadlines deadlines) {
        this.deadlines = deadlines;
    }

    @Override
    public void parseUserTask(Element userTask, ScopeImpl scope, ActivityImpl activity) {
        Optional<TimeLimit> allotment = check(userTask,
                () -> SlaDiagramProperties.stepAllotment(BpmnParseUtil.parseCamundaExtensionProperties(userTask)));
        String dueDate = userTask.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "dueDate");
        checkWorkingTime(userTask, dueDate, "camunda:dueDate");
        checkWorkingTime(userTask, userTask.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "followUpDate"),
                "camunda:followUpDate");
        if (allotment.isEmpty()) {
            return;
        }
        if (dueDate != null && !dueDate.isBlank()) {
            throw new BpmnParseException("Bước '" + userTask.attribute("id") + "' có cả camunda:dueDate và thời hạn "
                    + "slaDays/slaHours/slaSameDay: chỉ dùng một cách đặt hạn.", userTask);
        }
        ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, new SlaTaskDueDate(deadlines, allotment.get()));
    }

    @Override
    public void parseBoundaryEvent(Element boundaryEvent, ScopeImpl scope, ActivityImpl activity) {
        checkTimerEvent(boundaryEvent);
    }

    @Override
    public void parseIntermediateCatchEvent(Element catchEvent, ScopeImpl scope, ActivityImpl activity) {
        checkTimerEvent(catchEvent);
    }

    @Override
    public void parseStartEvent(Element startEvent, ScopeImpl scope, ActivityImpl activity) {
        checkTimerDefinition(startEvent.element(TIMER_EVENT_DEFINITION));
    }

    private void checkTimerEvent(Element event) {
        Element timer = event.element(TIMER_EVENT_DEFINITION);
        Map<String, String> properties = BpmnParseUtil.parseCamundaExtensionProperties(event);
        boolean slaTimer = check(event, () -> SlaDiagramProperties.isSlaTimer(properties));
        if (slaTimer && timer == null) {
            throw new BpmnParseException("Sự kiện '" + event.attribute("id") + "' có " + SlaDiagramProperties.SLA_TIMER
                    + "=true nhưng không phải sự kiện hẹn giờ.", event);
        }
        checkTimerDefinition(timer);
    }

    private void checkTimerDefinition(Element timer) {
        if (timer == null) {
            return;
        }
        checkWorkingTime(timer, text(timer.element("timeDuration")), "timeDuration");
        checkWorkingTime(timer, text(timer.element("timeDate")), "timeDate");
        String cycle = text(timer.element("timeCycle"));
        if (WorkingTimeNotation.isWorkingTime(cycle)) {
            throw new BpmnParseException("timeCycle '" + cycle + "' không dùng được thời gian làm việc ("
                    + WorkingTimeNotation.PREFIX + "): chu kỳ hẹn giờ tính theo lịch thường.", timer);
        }
    }

    /** Checks a literal working-time value; a value built by an expression is checked when evaluated. */
    private static void checkWorkingTime(Element element, String value, String attribute) {
        if (WorkingTimeNotation.isWorkingTime(value) && !value.contains("${") && !value.contains("#{")) {
            check(element, () -> WorkingTimeNotation.parse(value));
        }
    }

    private static String text(Element element) {
        return element == null ? null : element.getText().strip();
    }

    private static <T> T check(Element element, Supplier<T> reading) {
        try {
            return reading.get();
        } catch (IllegalArgumentException e) {
            throw new BpmnParseException(e.getMessage() + " (phần tử '" + element.attribute("id") + "')", element, e);
        }
    }
}
