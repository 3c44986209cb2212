package vn.motcua.dossier;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.motcua.organization.Officer;
import vn.motcua.organization.OrganizationService;
import vn.motcua.platform.engine.ParseListeners;

/**
 * Engine plugin that hands each step's note to the next step: when a user task completes, the note its
 * form wrote in {@value #STEP_NOTE} becomes {@value #PREVIOUS_STEP_NOTE}, with the step's name and officer,
 * and the form field is emptied so that the next form starts blank. Every form shows the three variables
 * read-only as "Ý kiến của bước trước" when a note is present.
 *
 * <p>The variables are written on the task's process instance and on every process instance that called it,
 * because a call activity copies variables in when it starts but only its declared outputs back: after a
 * building block such as {@code common-supplement} returns, the caller's next step shows the note of the
 * block's last step. A step completed without a note clears them: the next step's "previous step" is
 * always the one just before it. The note is also kept on the step's control-sheet line, for the dossier page.
 */
@Component
class StepNotes extends AbstractProcessEnginePlugin {

    /** The note field of every task form. */
    static final String STEP_NOTE = "stepNote";
    static final String PREVIOUS_STEP_NAME = "previousStepName";
    static final String PREVIOUS_STEP_NOTE = "previousStepNote";
    static final String PREVIOUS_STEP_OFFICER = "previousStepOfficer";

    private final OrganizationService organization;
    private final ControlSheet controlSheet;

    StepNotes(@Lazy OrganizationService organization, @Lazy ControlSheet controlSheet) {
        this.organization = organization;
        this.controlSheet = controlSheet;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ParseListeners.addPost(configuration, new AbstractBpmnParseListener() {
            @Override
            public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
                ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
                        .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, StepNotes.this::handOver);
            }
        });
    }

    private void handOver(DelegateTask task) {
        ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        Object written = task.getVariable(STEP_NOTE);
        execution.removeVariable(STEP_NOTE);
        String note = written == null ? "" : written.toString().strip();
        Map<String, Object> handedOver = note.isEmpty() ? Map.of() : Map.of(
                PREVIOUS_STEP_NAME, task.getName() == null ? task.getTaskDefinitionKey() : task.getName(),
                PREVIOUS_STEP_NOTE, note,
                PREVIOUS_STEP_OFFICER, officerName(task));
        if (!note.isEmpty()) {
            controlSheet.stepNoted(task.getId(), note);
        }
        for (ExecutionEntity instance = execution.getProcessInstance(); instance != null; instance = caller(instance)) {
            if (handedOver.isEmpty()) {
                instance.removeVariables(List.of(PREVIOUS_STEP_NAME, PREVIOUS_STEP_NOTE, PREVIOUS_STEP_OFFICER));
            } else {
                instance.setVariables(handedOver);
            }
        }
    }

    /** The process instance whose call activity started this one, if any. */
    private static ExecutionEntity caller(ExecutionEntity processInstance) {
        ExecutionEntity callActivity = processInstance.getSuperExecution();
        return callActivity == null ? null : callActivity.getProcessInstance();
    }

    /** The officer's name from the organization, else the user name; the assignee, else who completed it. */
    private String officerName(DelegateTask task) {
        String user = task.getAssignee();
        if (user == null) {
            var authentication = Context.getCommandContext().getAuthentication();
            user = authentication == null ? null : authentication.getUserId();
        }
        if (user == null) {
            return "";
        }
        return organization.officer(user).map(Officer::name).orElse(user);
    }
}
