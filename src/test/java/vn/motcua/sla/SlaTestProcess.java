package vn.motcua.sla;

import java.util.Date;
import java.util.List;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * Test fixture: {@code src/test/resources/sla/sla-test-dossier.bpmn}, deployed once per engine
 * (duplicate filtering), and helpers to drive it on the engine clock.
 */
public final class SlaTestProcess {

    public static final String KEY = "sla-test-dossier";
    private static final String RESOURCE = "sla/sla-test-dossier.bpmn";

    private final ProcessEngine engine;

    private SlaTestProcess(ProcessEngine engine) {
        this.engine = engine;
    }

    /** Deploys the test process unless the same version is deployed already. */
    public static SlaTestProcess deploy(ProcessEngine engine) {
        engine.getRepositoryService().createDeployment().name("sla-test")
                .addClasspathResource(RESOURCE).enableDuplicateFiltering(false).deploy();
        return new SlaTestProcess(engine);
    }

    /** Sets the engine clock to a Vietnam local time "yyyy-MM-dd HH:mm". */
    public static void clockAt(String localDateTime) {
        ClockUtil.setCurrentTime(Date.from(OfficialWorkingTime.at(localDateTime)));
    }

    /** Starts a dossier at the engine clock; it waits at Task_Receive. */
    public ProcessInstance start() {
        return engine.getRuntimeService().startProcessInstanceByKey(KEY, "sla-" + UUID.randomUUID());
    }

    public Task task(ProcessInstance instance, String taskDefinitionKey) {
        return engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                .taskDefinitionKey(taskDefinitionKey).singleResult();
    }

    public void complete(ProcessInstance instance, String taskDefinitionKey) {
        engine.getTaskService().complete(task(instance, taskDefinitionKey).getId());
    }

    /** The timer job of a boundary event of the instance. */
    public Job timer(ProcessInstance instance, String activityId) {
        return engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .activityId(activityId).singleResult();
    }

    /** Runs the jobs of the instance that are due at the engine clock, as the job executor would; returns how many. */
    public int runDueJobs(ProcessInstance instance) {
        List<Job> due = engine.getManagementService().createJobQuery().processInstanceId(instance.getId())
                .executable().list();
        due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
        return due.size();
    }
}
