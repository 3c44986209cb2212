package vn.motcua.platform.engineapi;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.GetDeployedTaskFormCmd;
import org.camunda.bpm.engine.impl.cmd.GetDeployedStartFormCmd;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.repository.ProcessDefinitionQuery;

import static vn.motcua.platform.engineapi.EngineLookups.withoutAuthorization;

/**
 * The Camunda Form a request submits, as deployed: the start form of a process definition or the form of a
 * task, read past the caller's authorizations (the engine still checks the submission itself) and kept per
 * process definition and form-bearing element.
 */
final class SubmittedForms {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Fields by process definition and element ("start" or the task's definition key). */
    private static final Map<String, FormFields> CACHE = new ConcurrentHashMap<>();

    private SubmittedForms() {
    }

    /**
     * The fields of a form: each key it submits, and whether the officer can edit it (a read-only or
     * disabled field only shows a value).
     */
    record FormFields(Map<String, Boolean> editable, Map<String, Set<String>> choices, Set<String> communeFields) {

        static final FormFields NONE = new FormFields(Map.of(), Map.of(), Set.of());

        /**
         * Whether a submitted text is one of the field's choices: the values a select, radio or checklist lists in
         * the form, or the province's communes for a field fed by {@code valuesKey: communes}; any value passes for
         * a field without choices.
         */
        boolean allows(String key, String value, ProvinceCommunes communes) {
            if (communeFields.contains(key)) {
                return communes.contains(value);
            }
            Set<String> allowed = choices.get(key);
            return allowed == null || allowed.contains(value);
        }

        boolean isEditable(String key) {
            return Boolean.TRUE.equals(editable.get(key));
        }

        boolean shows(String key) {
            return editable.containsKey(key);
        }
    }

    /** A task that runs, with its form and a way to read its current variables. */
    record RunningTask(FormFields form, Function<String, Object> variable) {
    }

    /** The start form of the definition a start or submit-form addresses; empty when no such definition exists. */
    static Optional<FormFields> startForm(ProcessEngine engine, String definitionId, String key, String tenantId) {
        return withoutAuthorization(engine, context -> {
            ProcessDefinition definition;
            if (definitionId != null) {
                definition = engine.getRepositoryService().createProcessDefinitionQuery()
                        .processDefinitionId(definitionId).singleResult();
            } else {
                ProcessDefinitionQuery query = engine.getRepositoryService().createProcessDefinitionQuery()
                        .processDefinitionKey(key).latestVersion();
                definition = (tenantId == null ? query.withoutTenantId() : query.tenantIdIn(tenantId)).singleResult();
            }
            if (definition == null) {
                return Optional.<FormFields>empty();
            }
            return Optional.of(CACHE.computeIfAbsent(definition.getId() + "#start",
                    cached -> read(() -> new GetDeployedStartFormCmd(definition.getId()).execute(context))));
        });
    }

    /** The running task's form and variables; empty when the task does not run (the engine answers that). */
    static Optional<RunningTask> task(ProcessEngine engine, String taskId) {
        return withoutAuthorization(engine, context -> {
            TaskEntity task = context.getTaskManager().findTaskById(taskId);
            if (task == null) {
                return Optional.<RunningTask>empty();
            }
            FormFields form = CACHE.computeIfAbsent(task.getProcessDefinitionId() + "#" + task.getTaskDefinitionKey(),
                    cached -> read(() -> new GetDeployedTaskFormCmd(taskId).execute(context)));
            Map<String, Object> current = new HashMap<>();
            form.editable().keySet().forEach(name -> current.put(name, task.getVariable(name)));
            return Optional.of(new RunningTask(form, current::get));
        });
    }

    /**
     * Reads a deployed form inside the running command: through the engine's services it would be a nested
     * command, whose refusal (a definition without a Camunda Form) marks the shared transaction rollback-only.
     */
    private static FormFields read(Supplier<InputStream> deployed) {
        try (InputStream form = deployed.get()) {
            Map<String, Boolean> fields = new HashMap<>();
            Map<String, Set<String>> choices = new HashMap<>();
            Set<String> communeFields = new HashSet<>();
            collect(JSON.readTree(form).path("components"), fields, choices, communeFields);
            return new FormFields(Map.copyOf(fields), Map.copyOf(choices), Set.copyOf(communeFields));
        } catch (ProcessEngineException | IOException e) {
            return FormFields.NONE; // no Camunda Form (no formRef, an embedded or generated form): no fields
        }
    }

    private static void collect(JsonNode components, Map<String, Boolean> fields, Map<String, Set<String>> choices,
                                Set<String> communeFields) {
        for (JsonNode component : components) {
            if (component.hasNonNull("key")) {
                String key = component.get("key").asText();
                boolean locked = isSet(component.get("readonly")) || isSet(component.get("disabled"));
                fields.merge(key, !locked, Boolean::logicalAnd);
                if (ProvinceCommunes.VALUES_KEY.equals(component.path("valuesKey").asText(null))) {
                    communeFields.add(key);
                }
                if (component.path("values").isArray() && !component.path("values").isEmpty()) {
                    Set<String> values = new HashSet<>();
                    component.path("values").forEach(value -> values.add(value.path("value").asText()));
                    choices.merge(key, values, (one, other) -> {
                        Set<String> both = new HashSet<>(one);
                        both.addAll(other);
                        return both;
                    });
                }
            }
            collect(component.path("components"), fields, choices, communeFields);
        }
    }

    /** True, or an expression (which may be true at run time). */
    private static boolean isSet(JsonNode flag) {
        return flag != null && !flag.isNull() && !(flag.isBoolean() && !flag.booleanValue());
    }
}
