package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.motcua.organization.TaskCandidates;
import vn.motcua.platform.engine.ExtensionProperties;
import vn.motcua.platform.engine.ParseListeners;
import vn.motcua.platform.web.ConflictException;
import vn.motcua.sla.Timeliness;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

import static vn.motcua.platform.engine.ProcessVariables.COMPLETENESS;
import static vn.motcua.platform.engine.ProcessVariables.DOSSIER_ID;
import static vn.motcua.platform.engine.ProcessVariables.HANDLING_UNIT;
import static vn.motcua.platform.engine.ProcessVariables.NEW_APPOINTMENT_AT;
import static vn.motcua.platform.engine.ProcessVariables.SUPPLEMENT_REASON;

/**
 * Engine plugin that keeps dossiers in step with their processes, so that designers draw business
 * steps only: a process started from the Tasklist registers its dossier; an element with the property
 * {@code dossierStatus} sets the status when it starts; every user task writes its control-sheet line
 * and a completeness decision receives the dossier.
 */
@Component
class DossierLifecyclePlugin extends AbstractProcessEnginePlugin {

    static final String STATUS_PROPERTY = "dossierStatus";
    /**
     * An element with {@code complexCase=true} applies the procedure's complex-case limit as it starts
     * (verification, field inspection); the optional variable {@value #COMPLEX_CASE_REASON} says what is verified.
     */
    static final String COMPLEX_CASE_PROPERTY = "complexCase";
    static final String COMPLEX_CASE_REASON = "complexCaseReason";
    /** The shared building block in which the late unit apologises and sets the new appointment. */
    static final String APOLOGY_PROCESS = "common-apology";
    /** The shared building block in which the applicant supplements the dossier. */
    static final String SUPPLEMENT_PROCESS = "common-supplement";

    private final DossierProcessSync dossiers;
    private final ControlSheet controlSheet;
    private final DossierEvents events;

    DossierLifecyclePlugin(@Lazy DossierProcessSync dossiers, @Lazy ControlSheet controlSheet, @Lazy DossierEvents events) {
        this.dossiers = dossiers;
        this.controlSheet = controlSheet;
        this.events = events;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ParseListeners.addPost(configuration, new Parser());
    }

    private final class Parser extends AbstractBpmnParseListener {

        @Override
        public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
            String key = processDefinition.getKey();
            processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> {
                if (execution.getSuperExecution() == null) {
                    dossiers.processStarted(execution, key);
                }
            });
        }

        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            status(element, activity);
            var taskDefinition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
            taskDefinition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, DossierLifecyclePlugin.this::taskCreated);
            taskDefinition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, DossierLifecyclePlugin.this::taskCompleted);
        }

        @Override
        public void parseStartEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
            status(element, activity);
        }

        @Override
        public void parseEndEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
            status(element, activity);
        }

        @Override
        public void parseSubProcess(Element element, ScopeImpl scope, ActivityImpl activity) {
            status(element, activity);
        }

        @Override
        public void parseCallActivity(Element element, ScopeImpl scope, ActivityImpl activity) {
            status(element, activity);
            if (SUPPLEMENT_PROCESS.equals(element.attribute("calledElement"))) {
                // what the handling unit asks for is kept on the dossier: form 2 prints it
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> {
                    String dossierId = (String) execution.getVariable(DOSSIER_ID);
                    Object reason = execution.getVariable(SUPPLEMENT_REASON);
                    if (dossierId != null && reason != null && !reason.toString().isBlank()) {
                        dossiers.supplementRequested(dossierId, reason.toString());
                    }
                });
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_END, (ExecutionListener) execution -> {
                    String dossierId = (String) execution.getVariable(DOSSIER_ID);
                    if (dossierId != null) {
                        dossiers.supplemented(dossierId, currentUser());
                    }
                });
            }
        }

        @Override
        public void parseServiceTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            status(element, activity);
        }

        @Override
        public void parseBusinessRuleTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            status(element, activity);
            if (HANDLING_UNIT.equals(element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "resultVariable"))) {
                String decision = element.attributeNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "decisionRef");
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_END,
                        (ExecutionListener) execution -> dossiers.handlingUnitDecided(execution, decision));
            }
        }

        @Override
        public void parseIntermediateCatchEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
            status(element, activity);
        }

        @Override
        public void parseIntermediateThrowEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
            status(element, activity);
        }

        @Override
        public void parseReceiveTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            status(element, activity);
        }

        private void status(Element element, ActivityImpl activity) {
            if ("true".equals(ExtensionProperties.of(element).get(COMPLEX_CASE_PROPERTY))) {
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution -> {
                    String dossierId = (String) execution.getVariable(DOSSIER_ID);
                    if (dossierId != null) {
                        Object reason = execution.getVariable(COMPLEX_CASE_REASON);
                        dossiers.complexCase(dossierId, reason == null ? null : reason.toString(),
                                execution.getProcessInstance());
                    }
                });
            }
            String value = ExtensionProperties.of(element).get(STATUS_PROPERTY);
            if (value == null) {
                return;
            }
            DossierStatus status = DossierStatus.ofCode(Integer.parseInt(value.trim()));
            activity.addBuiltInListener(ExecutionListener.EVENTNAME_START,
                    (ExecutionListener) execution -> statusReached(execution, status));
        }
    }

    private void statusReached(DelegateExecution execution, DossierStatus status) {
        String dossierId = (String) execution.getVariable(DOSSIER_ID);
        if (dossierId != null) {
            dossiers.statusReached(dossierId, status, (String) execution.getVariable(HANDLING_UNIT), currentUser());
        }
    }

    private void taskCreated(DelegateTask task) {
        String dossierId = (String) task.getVariable(DOSSIER_ID);
        if (dossierId == null) {
            return;
        }
        Instant now = Instant.now();
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        String unit = unitOf(task);
        controlSheet.stepStarted(dossierId, task.getId(), task.getTaskDefinitionKey(), task.getName(), unit, now, due);
        // a step is known by its process and task key: Task_Appraise of two procedures are two steps
        events.publish(new DossierEvents.StepStarted(dossierId, task.getId(), stepKey(task), task.getName(), unit,
                now, due));
    }

    private void taskCompleted(DelegateTask task) {
        if (task.getVariable(DOSSIER_ID) == null) {
            if (isApology(task) && task.getExecution().getProcessInstance().getSuperExecution() != null) {
                // called by a dossier's process that has no dossier: the new appointment would move nothing
                throw new ConflictException("Quy trình của hồ sơ này không gắn với hồ sơ nào đang giải quyết: "
                        + "chưa hẹn lại được ngày trả kết quả.");
            }
            return;
        }
        String officer = task.getAssignee() != null ? task.getAssignee() : currentUser();
        Instant now = Instant.now();
        Instant due = task.getDueDate() == null ? null : task.getDueDate().toInstant();
        controlSheet.stepCompleted(task.getId(), now, officer, due);
        events.publish(new DossierEvents.StepCompleted((String) task.getVariable(DOSSIER_ID), task.getId(), now, due,
                due == null ? null : Timeliness.against(now, due)));
        if (task.getVariable(COMPLETENESS) != null) {
            dossiers.completenessDecided((DelegateExecution) task.getExecution().getProcessInstance(), officer);
        }
        if (isApology(task)) {
            dossiers.apologized((String) task.getVariable(DOSSIER_ID),
                    formInstant(task.getVariable(NEW_APPOINTMENT_AT)), (String) task.getVariable("apologyReason"),
                    task.getProcessEngineServices().getRuntimeService());
        }
    }

    /** The apology step completed with a new appointment (form 4). */
    private static boolean isApology(DelegateTask task) {
        return APOLOGY_PROCESS.equals(((TaskEntity) task).getProcessDefinition().getKey())
                && task.getVariable(NEW_APPOINTMENT_AT) != null;
    }

    /**
     * An instant from a Camunda Form datetime field, which Tasklist submits as a string: an ISO
     * instant, a local date-time, or a date (taken as the end of that working day), in Vietnam's time.
     */
    static Instant formInstant(Object value) {
        if (value instanceof Date date) {
            return date.toInstant();
        }
        String text = String.valueOf(value).trim();
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException notAnInstant) {
            if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
                return OffsetDateTime.parse(text).toInstant();
            }
            if (text.length() > 10) {
                return LocalDateTime.parse(text).atZone(WorkingTimeCalculator.ZONE).toInstant();
            }
            return LocalDate.parse(text).atTime(LocalTime.of(17, 30))
                    .atZone(WorkingTimeCalculator.ZONE).toInstant();
        }
    }

    /**
     * {@code <process key>/<task key>}, e.g. {@code birth-registration/Task_Appraise}. The key is read from the
     * definition, not cut from its id: the engine gives a long key (over 25 characters) a bare UUID as id.
     */
    private static String stepKey(DelegateTask task) {
        String key = ((TaskEntity) task).getProcessDefinition().getKey();
        return key + "/" + task.getTaskDefinitionKey();
    }

    private static String unitOf(DelegateTask task) {
        return TaskCandidates.units(task).stream().findFirst().orElse(null);
    }

    private static String currentUser() {
        var authentication = Context.getCommandContext().getAuthentication();
        return authentication == null ? null : authentication.getUserId();
    }
}
