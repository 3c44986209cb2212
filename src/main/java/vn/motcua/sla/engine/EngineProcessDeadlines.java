package vn.motcua.sla.engine;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.management.JobDefinition;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

import vn.motcua.sla.ProcessDeadlines;
import vn.motcua.sla.SlaVariables;
import vn.motcua.sla.TaskDueMoved;
import vn.motcua.sla.TimeLimit;

/**
 * {@link ProcessDeadlines} on Camunda 7. SLA timers are the timer jobs of events marked
 * {@code slaTimer=true}, SLA tasks the user tasks with a step allotment ({@link SlaDiagramProperties}),
 * found in the process instance and, recursively, the instances it called. A held timer is moved to
 * {@link #HELD_UNTIL} with {@code ManagementService.setJobDuedate} (Camunda has no timer pause); a held
 * task loses its due date. The platform acts here, not the officer whose action paused the clock, so
 * the engine's authorization checks are skipped.
 */
@Component
class EngineProcessDeadlines implements ProcessDeadlines {

    /** Where held timers wait: far beyond any real deadline, so the job executor never picks them up. */
    static final Instant HELD_UNTIL = Instant.parse("9999-12-31T00:00:00Z");

    private static final Logger log = LoggerFactory.getLogger(EngineProcessDeadlines.class);

    private final ProcessEngine engine;
    /** Extension properties by process definition id, then element id; definitions never change. */
    private final Map<String, Map<String, Map<String, String>>> properties = new ConcurrentHashMap<>();
    /** Activity id of each job definition id; job definitions never change. */
    private final Map<String, String> jobActivities = new ConcurrentHashMap<>();

    private final ApplicationEventPublisher events;

    EngineProcessDeadlines(ProcessEngine engine, ApplicationEventPublisher events) {
        this.engine = engine;
        this.events = events;
    }

    @Override
    public List<ProcessDeadline> find(String processInstanceId) {
        return withoutAuthorization(() -> {
            List<ProcessDeadline> found = new ArrayList<>();
            for (String instance : instanceTree(processInstanceId)) {
                for (Job job : engine.getManagementService().createJobQuery().processInstanceId(instance).timers().list()) {
                    if (job.getDuedate() != null && SlaDiagramProperties.isSlaTimer(
                            propertiesOf(job.getProcessDefinitionId(), activityOf(job)))) {
                        Instant due = job.getDuedate().toInstant();
                        found.add(new ProcessDeadline(Kind.TIMER, job.getId(), due, !due.isBefore(HELD_UNTIL)));
                    }
                }
                for (Task task : engine.getTaskService().createTaskQuery().processInstanceId(instance).list()) {
                    if (task.getDueDate() != null
                            && stepAllotment(task.getProcessDefinitionId(), task.getTaskDefinitionKey()).isPresent()) {
                        found.add(new ProcessDeadline(Kind.TASK, task.getId(), task.getDueDate().toInstant(), false));
                    }
                }
            }
            return found;
        });
    }

    @Override
    public void hold(ProcessDeadline deadline) {
        withoutAuthorization(() -> {
            if (deadline.kind() == Kind.TIMER) {
                engine.getManagementService().setJobDuedate(deadline.id(), Date.from(HELD_UNTIL));
            } else {
                engine.getTaskService().setDueDate(deadline.id(), null);
                events.publishEvent(new TaskDueMoved(deadline.id(), null));
            }
            return null;
        });
    }

    @Override
    public void reschedule(Kind kind, String id, Instant dueAt) {
        withoutAuthorization(() -> {
            if (kind == Kind.TIMER) {
                if (engine.getManagementService().createJobQuery().jobId(id).count() > 0) {
                    engine.getManagementService().setJobDuedate(id, Date.from(dueAt));
                }
            } else if (engine.getTaskService().createTaskQuery().taskId(id).count() > 0) {
                engine.getTaskService().setDueDate(id, Date.from(dueAt));
                events.publishEvent(new TaskDueMoved(id, dueAt));
            }
            return null;
        });
    }

    @Override
    public void publish(String processInstanceId, Instant appointment, Instant deadline) {
        withoutAuthorization(() -> {
            if (engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(processInstanceId).count() > 0) {
                Map<String, Object> variables = new HashMap<>();
                variables.put(SlaVariables.APPOINTMENT, Date.from(appointment));
                variables.put(SlaVariables.DEADLINE, Date.from(deadline != null ? deadline : HELD_UNTIL));
                engine.getRuntimeService().setVariables(processInstanceId, variables);
            }
            return null;
        });
    }

    @Override
    public Optional<TimeLimit> stepAllotment(String processDefinitionId, String activityId) {
        try {
            return SlaDiagramProperties.stepAllotment(propertiesOf(processDefinitionId, activityId));
        } catch (IllegalArgumentException e) {
            // only diagrams deployed before the check existed can get here
            log.warn("Step {} of {} has an invalid allotment: {}", activityId, processDefinitionId, e.getMessage());
            return Optional.empty();
        }
    }

    /** The instance and every instance below it through call activities. */
    private List<String> instanceTree(String processInstanceId) {
        List<String> tree = new ArrayList<>();
        Deque<String> pending = new ArrayDeque<>(List.of(processInstanceId));
        while (!pending.isEmpty()) {
            String instance = pending.pop();
            tree.add(instance);
            for (ProcessInstance called : engine.getRuntimeService().createProcessInstanceQuery()
                    .superProcessInstanceId(instance).list()) {
                pending.push(called.getId());
            }
        }
        return tree;
    }

    private String activityOf(Job job) {
        return jobActivities.computeIfAbsent(job.getJobDefinitionId(), id -> {
            JobDefinition definition = engine.getManagementService().createJobDefinitionQuery()
                    .jobDefinitionId(id).singleResult();
            return definition == null ? "" : definition.getActivityId();
        });
    }

    private Map<String, String> propertiesOf(String processDefinitionId, String elementId) {
        return properties.computeIfAbsent(processDefinitionId, this::readProperties).getOrDefault(elementId, Map.of());
    }

    private Map<String, Map<String, String>> readProperties(String processDefinitionId) {
        BpmnModelInstance model = withoutAuthorization(
                () -> engine.getRepositoryService().getBpmnModelInstance(processDefinitionId));
        Map<String, Map<String, String>> byElement = new HashMap<>();
        for (BaseElement element : model.getModelElementsByType(BaseElement.class)) {
            ExtensionElements extensions = element.getExtensionElements();
            if (element.getId() == null || extensions == null) {
                continue;
            }
            Map<String, String> values = new HashMap<>();
            for (CamundaProperties list : extensions.getElementsQuery().filterByType(CamundaProperties.class).list()) {
                for (CamundaProperty property : list.getCamundaProperties()) {
                    if (property.getCamundaName() != null) {
                        values.put(property.getCamundaName(), property.getCamundaValue());
                    }
                }
            }
            if (!values.isEmpty()) {
                byElement.put(element.getId(), Map.copyOf(values));
            }
        }
        return Map.copyOf(byElement);
    }

    private <T> T withoutAuthorization(Callable<T> work) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(work));
    }
}
