package vn.motcua.dossier;

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

import vn.motcua.engine.ParseListeners;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OrganizationService;

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
        Object note = task.getVariable(STEP_NOTE);
        ExecutionEntity execution = (ExecutionEntity) task.getExecution();
        execution.removeVariable(STEP_NOTE);
        boolean written = note != null && !note.toString().isBlank();
        Map<String, Object> handedOver = written ? Map.of(
                PREVIOUS_STEP_NAME, task.getName() == null ? task.getTaskDefinitionKey() : task.getName(),
                PREVIOUS_STEP_NOTE, note.toString().strip(),
                PREVIOUS_STEP_OFFICER, officerName(task)) : Map.of();
        if (written) {
            controlSheet.stepNoted(task.getId(), note.toString().strip());
        }
        for (ExecutionEntity instance = execution.getProcessInstance(); instance != null;
             instance = instance.getSuperExecution() == null ? null : instance.getSuperExecution().getProcessInstance()) {
            if (written) {
                instance.setVariables(handedOver);
            } else {
                instance.removeVariables(java.util.List.of(PREVIOUS_STEP_NAME, PREVIOUS_STEP_NOTE, PREVIOUS_STEP_OFFICER));
            }
        }
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
        String username = user;
        return organization.officer(username).map(Officer::name).orElse(username);
    }
}
