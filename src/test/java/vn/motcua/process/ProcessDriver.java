package vn.motcua.process;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.model.bpmn.BpmnModelInstance;
import org.camunda.bpm.model.bpmn.instance.BaseElement;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Drives dossiers through the processes of {@code processes/} the way officers and the platform do:
 * starts them with the variables of docs/designers-guide.md, completes tasks of the main process and of
 * the called building blocks, correlates a withdrawal, fires the apology timer, and reads back the
 * trail of dossier statuses ({@code dossierStatus} properties) that the dossier passed.
 */
public class ProcessDriver {

    public static final String TAN_DINH_CENTER = "000.01.01.H99";
    public static final String TAN_AN_CENTER = "000.02.01.H99";
    public static final String KINH_BAC_CENTER = "000.03.01.H99";
    public static final String PROVINCE_CENTER = "000.00.01.H99";
    public static final String TAN_DINH_COMMUNE = "000.01.00.H99";
    public static final String TAN_AN_COMMUNE = "000.02.00.H99";
    public static final String KINH_BAC_COMMUNE = "000.03.00.H99";
    public static final String JUSTICE_DEPARTMENT = "000.00.10.H99";
    public static final String CONSTRUCTION_DEPARTMENT = "000.00.12.H99";

    private final ProcessEngine engine;
    private final Map<String, BpmnModelInstance> models = new HashMap<>();

    public ProcessDriver(ProcessEngine engine) {
        this.engine = engine;
    }

    /**
     * The variables the receipt form gives every dossier (docs/designers-guide.md); the platform registers
     * the dossier from them when the process starts, as for a start from the Tasklist.
     */
    public static Map<String, Object> dossierVariables(String procedureCode, String receivingUnit, String completeness) {
        Map<String, Object> variables = new HashMap<>();
        variables.put("procedureCode", procedureCode);
        variables.put("procedureVersion", 1);
        variables.put("channel", "counter");
        variables.put("receivingUnit", receivingUnit);
        variables.put("applicantName", "Nguyễn Văn An");
        variables.put("applicantId", "079201001234");
        variables.put("applicantPhone", "0912345678");
        variables.put("applicantAddress", "12 Lê Lợi, phường Tân Định");
        variables.put("completeness", completeness);
        Instant appointment = Instant.now().plus(10, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        variables.put("appointmentAt", appointment.toString());
        variables.put("apologyAt", appointment.minus(1, ChronoUnit.DAYS).toString());
        return variables;
    }

    public ProcessInstance start(String processKey, Map<String, Object> variables) {
        return engine.getRuntimeService().startProcessInstanceByKey(processKey, "test-" + UUID.randomUUID(), variables);
    }

    /** The one open task of the instance at the given activity. */
    public Task task(ProcessInstance instance, String activityId) {
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(activityId).initializeFormKeys().singleResult();
        assertThat(task).as("open task %s of %s", activityId, instance.getProcessDefinitionId()).isNotNull();
        return task;
    }

    public List<String> openTasks(ProcessInstance instance) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).list().stream()
                .map(Task::getTaskDefinitionKey).sorted().toList();
    }

    public void complete(ProcessInstance instance, String activityId, Object... keysAndValues) {
        engine.getTaskService().complete(task(instance, activityId).getId(), map(keysAndValues));
    }

    public List<String> candidateGroups(Task task) {
        return engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> "candidate".equals(link.getType()))
                .map(IdentityLink::getGroupId)
                .toList();
    }

    public List<String> candidateGroups(ProcessInstance instance, String activityId) {
        return candidateGroups(task(instance, activityId));
    }

    /** The running instance of the building block called by the given instance. */
    public ProcessInstance called(ProcessInstance parent, String processKey) {
        ProcessInstance child = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(parent.getId()).processDefinitionKey(processKey).singleResult();
        assertThat(child).as("running %s called by %s", processKey, parent.getId()).isNotNull();
        return child;
    }

    public boolean isRunning(ProcessInstance instance) {
        return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instance.getId()).count() == 1;
    }

    public Object variable(ProcessInstance instance, String name) {
        return engine.getRuntimeService().getVariable(instance.getId(), name);
    }

    /** The counter notifies the applicant (form 2) and records what the applicant brought. */
    public void supplementThroughTheCounter(ProcessInstance parent, String receivingUnit, String expectedReason) {
        ProcessInstance supplement = called(parent, "common-supplement");
        assertThat(supplement.getBusinessKey()).isEqualTo(businessKeyOf(parent));
        assertThat(candidateGroups(supplement, "Task_NotifyApplicant")).containsExactly(receivingUnit + ":reception");
        assertThat(variable(supplement, "supplementReason")).isEqualTo(expectedReason);
        complete(supplement, "Task_NotifyApplicant", "notifyMethod", "phone");
        assertThat(candidateGroups(supplement, "Task_RecordSupplement")).containsExactly(receivingUnit + ":reception");
        complete(supplement, "Task_RecordSupplement", "supplementNote", "Đã nộp bổ sung đủ giấy tờ");
        assertThat(isRunning(supplement)).isFalse();
    }

    /** The applicant asks to withdraw: the platform correlates the message to this dossier's instance. */
    public void requestWithdrawal(ProcessInstance instance, String reason) {
        engine.getRuntimeService().createMessageCorrelation("WithdrawalRequested")
                .processInstanceId(instance.getId())
                .setVariable("withdrawalReason", reason)
                .correlate();
    }

    public Job apologyTimer(ProcessInstance instance) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId("Timer_Apology").singleResult();
    }

    /** Runs the apology timer job as the job executor would at apologyAt (it is off in tests). */
    public void fireApologyTimer(ProcessInstance instance) {
        Job timer = apologyTimer(instance);
        assertThat(timer).as("apology timer of %s", instance.getId()).isNotNull();
        engine.getManagementService().executeJob(timer.getId());
    }

    /**
     * The dossier waits for its fee (common-fee-payment, status 6) and the receiving counter collects it in cash.
     */
    public void payFeeAtCounter(ProcessInstance parent, String receivingUnit) {
        BpmnAwareTests.assertThat(parent).isWaitingAt("CallActivity_FeePayment");
        ProcessInstance fee = called(parent, "common-fee-payment");
        assertThat(candidateGroups(fee, "Task_CollectAtCounter")).containsExactly(receivingUnit + ":reception");
        complete(fee, "Task_CollectAtCounter");
        assertThat(variable(parent, "paymentMethod")).isEqualTo("CASH");
    }

    /** The result is returned at the counter of the receiving unit (common-result-return). */
    public void returnResult(ProcessInstance parent, String receivingUnit, String expectedForm) {
        ProcessInstance resultReturn = called(parent, "common-result-return");
        Task task = task(resultReturn, "Task_ReturnResult");
        assertThat(candidateGroups(task)).containsExactly(receivingUnit + ":reception");
        assertThat(task.getCamundaFormRef().getKey()).isEqualTo(expectedForm);
        complete(resultReturn, "Task_ReturnResult", "returnMethod", "counter", "resultReceivedBy", "Nguyễn Văn An");
    }

    public String businessKeyOf(ProcessInstance instance) {
        return engine.getHistoryService().createHistoricProcessInstanceQuery().processInstanceId(instance.getId())
                .singleResult().getBusinessKey();
    }

    /**
     * The dossier statuses the dossier went through, in order: the {@code dossierStatus} property of every
     * activity passed, descending into the building blocks called, consecutive repeats collapsed.
     */
    public List<Integer> statusTrail(ProcessInstance instance) {
        List<Integer> trail = new ArrayList<>();
        collectStatuses(instance.getId(), trail);
        List<Integer> collapsed = new ArrayList<>();
        for (Integer status : trail) {
            if (collapsed.isEmpty() || !collapsed.get(collapsed.size() - 1).equals(status)) {
                collapsed.add(status);
            }
        }
        return collapsed;
    }

    private void collectStatuses(String processInstanceId, List<Integer> trail) {
        List<HistoricActivityInstance> activities = engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(processInstanceId)
                .orderByHistoricActivityInstanceStartTime().asc()
                .orderPartiallyByOccurrence().asc()
                .list();
        for (HistoricActivityInstance activity : activities) {
            String status = property(activity.getProcessDefinitionId(), activity.getActivityId(), "dossierStatus");
            if (status != null) {
                trail.add(Integer.valueOf(status));
            }
            if (activity.getCalledProcessInstanceId() != null) {
                collectStatuses(activity.getCalledProcessInstanceId(), trail);
            }
        }
    }

    /** A camunda:property of a deployed element, or null. */
    public String property(String processDefinitionId, String elementId, String name) {
        BpmnModelInstance model = models.computeIfAbsent(processDefinitionId,
                id -> engine.getRepositoryService().getBpmnModelInstance(id));
        BaseElement element = model.getModelElementById(elementId);
        if (element == null || element.getExtensionElements() == null) {
            return null;
        }
        return element.getExtensionElements().getElementsQuery().filterByType(CamundaProperties.class).list().stream()
                .flatMap(properties -> properties.getCamundaProperties().stream())
                .filter(property -> name.equals(property.getCamundaName()))
                .map(CamundaProperty::getCamundaValue)
                .filter(Objects::nonNull)
                .findFirst().orElse(null);
    }

    /** A camunda:property of an element of the latest deployed version of a process. */
    public String latestProperty(String processKey, String elementId, String name) {
        String definitionId = engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey(processKey).latestVersion().singleResult().getId();
        return property(definitionId, elementId, name);
    }

    /** Working hours allotted to the given steps (slaHours, or slaDays at 8 hours a day). */
    public int allottedHours(String processKey, String... elementIds) {
        int hours = 0;
        for (String id : elementIds) {
            String slaHours = latestProperty(processKey, id, "slaHours");
            String slaDays = latestProperty(processKey, id, "slaDays");
            assertThat(slaHours == null ^ slaDays == null).as("%s of %s has slaHours or slaDays", id, processKey).isTrue();
            hours += slaHours != null ? Integer.parseInt(slaHours) : 8 * Integer.parseInt(slaDays);
        }
        return hours;
    }

    public long timesPassed(ProcessInstance instance, String activityId) {
        return engine.getHistoryService().createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId()).activityId(activityId).count();
    }

    public static Map<String, Object> map(Object... keysAndValues) {
        Map<String, Object> map = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            map.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return map;
    }
}
