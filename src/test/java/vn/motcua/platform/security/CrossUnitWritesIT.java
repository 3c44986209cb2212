package vn.motcua.platform.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.Incident;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import vn.motcua.IntegrationTest;
import vn.motcua.dossier.DossierService;
import vn.motcua.platform.security.EngineApiCalls.Answer;
import vn.motcua.platform.security.EngineApiCalls.Api;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Officers of another unit, and the designer, cannot write to a dossier of Tân Định through any endpoint group of the engine's
 * REST APIs (/engine-rest and the Tasklist's /camunda/api/engine): each attempt answers 403 or 404, or, for
 * broadcasts that name no instance (message correlation by business key or to all, signals), has no effect;
 * the dossier's process, task, job, incident and variables stay as they were.
 */
@IntegrationTest
class CrossUnitWritesIT {

    @Autowired
    ProcessEngine engine;

    @Autowired
    DossierService dossiers;

    @LocalServerPort
    int port;

    private AppraisalDossier dossier;
    private ProcessInstance instance;
    private Task task;
    private Job job;
    private Incident incident;
    private String dossierId;

    @BeforeEach
    void aDossierOfTanDinhWithATimerAndAnIncident() {
        dossier = AppraisalDossier.start(engine, "Người thử " + UUID.randomUUID(), Map.of());
        instance = dossier.instance();
        task = dossier.task();
        job = engine.getManagementService().createJobQuery().processInstanceId(instance.getId()).list().get(0);
        incident = engine.getRuntimeService().createIncident("motcuaTest", task.getExecutionId(), "cross-unit", "thử");
        dossierId = dossier.dossierId();
    }

    /** Refused as forbidden or unknown; NOT_FOUND_AS_400 as Camunda answers a comment on a task the caller cannot see. */
    enum Expect { REFUSED, NOT_FOUND_AS_400, NO_EFFECT }

    record Write(String group, String method, String path, String body, Expect expect) {
        @Override
        public String toString() {
            return group + ": " + method + " " + path;
        }
    }

    static Stream<Arguments> writes() {
        List<Write> writes = List.of(
                new Write("message", "POST", "message", "{\"messageName\": \"WithdrawalRequested\", \"processInstanceId\": \"{instance}\"}", Expect.REFUSED),
                new Write("message", "POST", "message", "{\"messageName\": \"WithdrawalRequested\", \"businessKey\": \"{dossier}\"}", Expect.NO_EFFECT),
                new Write("message", "POST", "message", "{\"messageName\": \"WithdrawalRequested\", \"all\": true}", Expect.NO_EFFECT),
                new Write("signal", "POST", "signal", "{\"name\": \"WithdrawalRequested\"}", Expect.NO_EFFECT),
                new Write("signal", "POST", "execution/{execution}/signal", "{}", Expect.REFUSED),
                new Write("message subscription", "POST", "execution/{instance}/messageSubscriptions/WithdrawalRequested/trigger", "{}", Expect.REFUSED),
                new Write("modification", "POST", "process-instance/{instance}/modification",
                        "{\"instructions\": [{\"type\": \"cancel\", \"activityId\": \"Task_Appraise\"}]}", Expect.REFUSED),
                new Write("modification", "POST", "process-instance/{instance}/modification-async",
                        "{\"instructions\": [{\"type\": \"cancel\", \"activityId\": \"Task_Appraise\"}]}", Expect.REFUSED),
                new Write("migration", "POST", "migration/execute", "{\"migrationPlan\": {\"sourceProcessDefinitionId\": \"{definition}\","
                        + " \"targetProcessDefinitionId\": \"{definition}\", \"instructions\": []}, \"processInstanceIds\": [\"{instance}\"]}", Expect.REFUSED),
                new Write("deletion", "DELETE", "process-instance/{instance}", null, Expect.REFUSED),
                new Write("deletion", "POST", "process-instance/delete", "{\"processInstanceIds\": [\"{instance}\"], \"deleteReason\": \"x\"}", Expect.REFUSED),
                new Write("suspension", "PUT", "process-instance/{instance}/suspended", "{\"suspended\": true}", Expect.REFUSED),
                new Write("suspension", "PUT", "process-instance/suspended", "{\"processInstanceIds\": [\"{instance}\"], \"suspended\": true}", Expect.REFUSED),
                new Write("suspension", "PUT", "process-definition/{definition}/suspended", "{\"suspended\": true, \"includeProcessInstances\": true}", Expect.REFUSED),
                new Write("suspension", "PUT", "process-definition/key/birth-registration/suspended", "{\"suspended\": true, \"includeProcessInstances\": true}", Expect.REFUSED),
                new Write("job", "PUT", "job/{job}/retries", "{\"retries\": 0}", Expect.REFUSED),
                new Write("job", "PUT", "job/{job}/duedate", "{\"duedate\": \"2030-01-01T00:00:00.000+0000\"}", Expect.REFUSED),
                new Write("job", "POST", "job/{job}/execute", null, Expect.REFUSED),
                new Write("job", "PUT", "job/{job}/suspended", "{\"suspended\": true}", Expect.REFUSED),
                new Write("job", "DELETE", "job/{job}", null, Expect.REFUSED),
                new Write("job", "POST", "job/retries", "{\"jobIds\": [\"{job}\"], \"retries\": 0}", Expect.REFUSED),
                new Write("job definition", "PUT", "job-definition/{jobDefinition}/retries", "{\"retries\": 0}", Expect.REFUSED),
                new Write("job definition", "PUT", "job-definition/{jobDefinition}/suspended", "{\"suspended\": true, \"includeJobs\": true}", Expect.REFUSED),
                new Write("variables", "POST", "process-instance/{instance}/variables", "{\"modifications\": {\"note\": {\"value\": \"x\"}}}", Expect.REFUSED),
                new Write("variables", "PUT", "process-instance/{instance}/variables/note", "{\"value\": \"x\"}", Expect.REFUSED),
                new Write("variables", "POST", "process-instance/variables-async",
                        "{\"processInstanceIds\": [\"{instance}\"], \"variables\": {\"note\": {\"value\": \"x\"}}}", Expect.REFUSED),
                new Write("variables", "POST", "execution/{execution}/localVariables", "{\"modifications\": {\"note\": {\"value\": \"x\"}}}", Expect.REFUSED),
                new Write("variables", "POST", "task/{task}/variables", "{\"modifications\": {\"note\": {\"value\": \"x\"}}}", Expect.REFUSED),
                new Write("variables", "POST", "task/{task}/localVariables", "{\"modifications\": {\"note\": {\"value\": \"x\"}}}", Expect.REFUSED),
                new Write("task", "POST", "task/{task}/claim", "{\"userId\": \"{attacker}\"}", Expect.REFUSED),
                new Write("task", "POST", "task/{task}/assignee", "{\"userId\": \"{attacker}\"}", Expect.REFUSED),
                new Write("task", "POST", "task/{task}/delegate", "{\"userId\": \"{attacker}\"}", Expect.REFUSED),
                new Write("task", "POST", "task/{task}/complete", "{}", Expect.REFUSED),
                new Write("task", "POST", "task/{task}/submit-form", "{}", Expect.REFUSED),
                new Write("task", "POST", "task/{task}/bpmnError", "{\"errorCode\": \"x\"}", Expect.REFUSED),
                new Write("task", "POST", "task/{task}/identity-links", "{\"groupId\": \"000.02.00.H99:specialist\", \"type\": \"candidate\"}", Expect.REFUSED),
                new Write("task", "PUT", "task/{task}", "{\"name\": \"Đã sửa\", \"priority\": 1}", Expect.REFUSED),
                new Write("task", "POST", "task/{task}/comment/create", "{\"message\": \"x\"}", Expect.NOT_FOUND_AS_400),
                new Write("external task", "PUT", "external-task/retries", "{\"processInstanceIds\": [\"{instance}\"], \"retries\": 0}", Expect.NO_EFFECT),
                new Write("external task", "POST", "external-task/fetchAndLock",
                        "{\"workerId\": \"w\", \"maxTasks\": 10, \"topics\": [{\"topicName\": \"anything\", \"lockDuration\": 1000}]}", Expect.NO_EFFECT),
                new Write("incident", "PUT", "incident/{incident}/annotation", "{\"annotation\": \"x\"}", Expect.REFUSED),
                new Write("incident", "DELETE", "incident/{incident}", null, Expect.REFUSED));
        List<Arguments> all = new ArrayList<>();
        // the designer deploys and reads every procedure, but changes no dossier either
        for (String[] caller : List.of(new String[] {"engine-rest", "hotich.tanan"}, new String[] {"engine-rest", "tiepnhan.tanan"},
                new String[] {"tasklist", "lanhdao.tanan"}, new String[] {"engine-rest", "thietke"})) {
            // the webapps' API does not serve long polling (fetchAndLock answers 500 there)
            writes.stream().filter(write -> caller[0].equals("engine-rest") || !write.path().endsWith("fetchAndLock"))
                    .forEach(write -> all.add(Arguments.of(caller[0], caller[1], write)));
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} as {1}: {2}")
    @MethodSource("writes")
    void an_officer_of_another_unit_changes_nothing_of_the_dossier(String api, String attacker, Write write) throws Exception {
        Api caller = api.equals("engine-rest") ? EngineApiCalls.engineRest(port, attacker) : EngineApiCalls.tasklist(port, attacker);
        Map<String, Object> before = state();

        Answer answer = caller.send(write.method(), fill(write.path(), attacker),
                write.body() == null ? null : fill(write.body(), attacker));

        if (write.expect() == Expect.REFUSED) {
            assertThat(answer.status()).as(answer.body()).isIn(403, 404);
        } else if (write.expect() == Expect.NOT_FOUND_AS_400) {
            assertThat(answer.status()).as(answer.body()).isEqualTo(400);
            assertThat(answer.body()).contains("No task found");
        } else {
            assertThat(answer.status()).as(answer.body()).isLessThan(500);
        }
        assertThat(state()).isEqualTo(before);
        assertThat(dossiers.get(dossierId).processInstanceId()).isEqualTo(instance.getId());
    }

    @Test
    void the_administrator_still_runs_the_dossiers_timer_job() throws Exception {
        Answer answer = EngineApiCalls.engineRest(port, "quantri").send("POST", "job/" + job.getId() + "/execute", null);

        assertThat(answer.status()).as(answer.body()).isEqualTo(204);
        assertThat(engine.getManagementService().createJobQuery().jobId(job.getId()).count()).isZero();
    }

    /** What a write could change: the instance, its task, timer, incident, variables and definition. */
    private Map<String, Object> state() {
        var runtime = engine.getRuntimeService();
        var management = engine.getManagementService();
        ProcessInstance current = runtime.createProcessInstanceQuery().processInstanceId(instance.getId()).singleResult();
        Task currentTask = engine.getTaskService().createTaskQuery().taskId(task.getId()).singleResult();
        Job currentJob = management.createJobQuery().jobId(job.getId()).singleResult();
        Incident currentIncident = runtime.createIncidentQuery().incidentId(incident.getId()).singleResult();
        List<String> variables = runtime.createVariableInstanceQuery().processInstanceIdIn(instance.getId()).list().stream()
                .map(variable -> variable.getName() + "@" + variable.getExecutionId() + "/" + variable.getTaskId() + "="
                        + variable.getValue()).sorted().toList();
        return Map.of(
                "instance", current == null ? "gone" : "suspended=" + current.isSuspended() + " " + runtime.getActiveActivityIds(instance.getId()),
                "task", currentTask == null ? "gone" : currentTask.getName() + " assignee=" + currentTask.getAssignee()
                        + " owner=" + currentTask.getOwner() + " priority=" + currentTask.getPriority() + " links="
                        + engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
                        .map(link -> link.getType() + ":" + link.getGroupId() + ":" + link.getUserId()).sorted().toList()
                        + " comments=" + engine.getTaskService().getTaskComments(task.getId()).size(),
                "job", currentJob == null ? "gone" : "retries=" + currentJob.getRetries() + " due=" + currentJob.getDuedate()
                        + " suspended=" + currentJob.isSuspended() + " definitionSuspended="
                        + management.createJobDefinitionQuery().jobDefinitionId(currentJob.getJobDefinitionId()).singleResult().isSuspended(),
                "incident", currentIncident == null ? "gone" : "annotation=" + currentIncident.getAnnotation(),
                "definition", "suspended=" + engine.getRepositoryService().getProcessDefinition(instance.getProcessDefinitionId()).isSuspended(),
                "variables", variables);
    }

    private String fill(String template, String attacker) {
        return dossier.fill(template).replace("{job}", job.getId()).replace("{jobDefinition}", job.getJobDefinitionId())
                .replace("{incident}", incident.getId()).replace("{attacker}", attacker);
    }
}
