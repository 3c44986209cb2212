package vn.motcua.platform.security;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * A birth registration of Tân Định started straight on the engine, waiting at appraisal: the target the
 * engine API attacks aim at, with the ids their request templates name.
 */
record AppraisalDossier(ProcessInstance instance, Task task, String dossierId) {

    /** Starts it for {@code applicantName}, with {@code more} process variables besides the reception's. */
    static AppraisalDossier start(ProcessEngine engine, String applicantName, Map<String, Object> more) {
        Map<String, Object> variables = new HashMap<>(Map.of(
                "receivingUnit", "000.01.01.H99", "applicantName", applicantName, "applicantId", "079201009999",
                "residenceCommune", "000.01.00.H99", "completeness", "received",
                "apologyAt", Instant.now().plus(Duration.ofDays(1)).toString()));
        variables.putAll(more);
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey("birth-registration", variables);
        Task task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        return new AppraisalDossier(instance, task, (String) engine.getRuntimeService().getVariable(instance.getId(), "dossierId"));
    }

    /** The request template with its {task}, {instance}, {execution}, {definition} and {dossier} filled in. */
    String fill(String template) {
        return template.replace("{task}", task.getId()).replace("{instance}", instance.getId())
                .replace("{execution}", task.getExecutionId()).replace("{definition}", instance.getProcessDefinitionId())
                .replace("{dossier}", dossierId);
    }
}
