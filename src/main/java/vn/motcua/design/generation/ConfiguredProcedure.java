package vn.motcua.design.generation;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.Procedure.Choice;
import vn.motcua.catalog.Procedure.Configuration;
import vn.motcua.catalog.Procedure.ConfiguredField;
import vn.motcua.catalog.Procedure.ConfiguredStep;
import vn.motcua.design.generation.StepTable.Field;
import vn.motcua.design.generation.StepTable.Step;
import vn.motcua.platform.engine.ProcessVariables;

/**
 * An administrator's {@link Configuration} as the step table's steps, routing and fields, and a step table as the
 * configuration that would generate it (what the administration pages show for a procedure nobody configured).
 * A step's unit is where the dossier goes before the step: the first step's is the table's routing (a unit code
 * for {@code unit:<code>}, {@code commune}, {@code receiving}); a later step without one stays with the unit of
 * the step before.
 */
public final class ConfiguredProcedure {

    /** The steps and handling unit a configuration gives a table. */
    record Handling(String routing, List<Step> steps) {
    }

    private ConfiguredProcedure() {
    }

    /** The configured steps, the first one's unit as the table's routing ({@code derivedRouting} when it has none). */
    static Handling handling(List<ConfiguredStep> configured, String derivedRouting) {
        String routing = configured.get(0).unit() == null ? derivedRouting : routing(configured.get(0).unit());
        List<Step> steps = new ArrayList<>();
        String current = routing;
        for (int i = 0; i < configured.size(); i++) {
            ConfiguredStep step = configured.get(i);
            String stepRouting = null;
            if (i > 0 && step.unit() != null && !routing(step.unit()).equals(current)) {
                stepRouting = routing(step.unit());
                current = stepRouting;
            }
            steps.add(new Step(step.id(), step.name(), step.role(), null, stepRouting, step.days(), step.hours(), null,
                    step.outcomes()));
        }
        return new Handling(routing, steps);
    }

    /** The table routing of a configured unit: {@code commune}, {@code receiving} or {@code unit:<code>}. */
    public static String routing(String unit) {
        return "commune".equals(unit) || "receiving".equals(unit) ? unit : "unit:" + unit;
    }

    /** The configured unit of a table routing; {@code null} for a decision table's routing. */
    public static String unit(String routing) {
        if (routing == null || routing.startsWith("decision:")) {
            return null;
        }
        return routing.startsWith("unit:") ? routing.substring("unit:".length()) : routing;
    }

    /** The configured fields as the reception form's fields. */
    static List<Field> fields(List<ConfiguredField> configured) {
        List<Field> fields = new ArrayList<>();
        for (ConfiguredField field : configured) {
            Map<String, String> options = null;
            if (!field.choices().isEmpty()) {
                options = new LinkedHashMap<>();
                for (Choice choice : field.choices()) {
                    options.put(choice.value(), choice.label());
                }
            }
            String type = field.type() == null || "select".equals(field.type()) ? null : field.type();
            fields.add(new Field(field.key(), field.label(), options, type, field.required(), field.help()));
        }
        return fields;
    }

    /**
     * The keys a configured field may not have: the platform's variables ({@link ProcessVariables}) and the keys
     * the generated forms use themselves (reception, outcomes, notes, the procedure's document checklist).
     */
    public static Set<String> reservedKeys(Procedure procedure) {
        Set<String> keys = new HashSet<>(ProcessVariables.PLATFORM_OWNED);
        keys.addAll(ProcessVariables.FORM_INPUTS);
        keys.addAll(ProcessVariables.NOT_IN_DETAILS);
        keys.addAll(List.of(ProcessVariables.RECEIVING_UNIT, ProcessVariables.CHANNEL, ProcessVariables.COMPLETENESS,
                ProcessVariables.FEE_LINE, ProcessVariables.APPLICANT_NAME, ProcessVariables.APPLICANT_ID,
                ProcessVariables.APPLICANT_PHONE, ProcessVariables.APPLICANT_ADDRESS, ProcessVariables.DOSSIER_CODE,
                ProcessVariables.DOSSIER_ID, TaskForms.STEP_NOTE, TaskForms.COMPLEX_CASE_REASON,
                TaskForms.RECEPTION_CENTERS, "appraisalOutcome", "leaderDecision", "previousStepNote",
                // what the skeleton's call activities hand back (ProcessGenerator)
                "supplementNote", "returnMethod"));
        if (procedure.requiredDocuments() != null) {
            procedure.requiredDocuments().forEach(document -> keys.add(DocumentChecklist.key(document)));
        }
        return keys;
    }

    /** The configuration that generates this table's steps and fields (without note and author). */
    public static Configuration of(StepTable table) {
        List<ConfiguredStep> steps = new ArrayList<>();
        for (int i = 0; i < table.steps().size(); i++) {
            Step step = table.steps().get(i);
            String unit = i == 0 ? unit(table.routing()) : step.atReceivingUnit() ? "receiving" : unit(step.routing());
            steps.add(new ConfiguredStep(step.id(), step.name(), step.role(), unit, step.days(), step.hours(),
                    step.outcomes()));
        }
        List<ConfiguredField> fields = new ArrayList<>();
        for (Field field : table.startFields() == null ? List.<Field>of() : table.startFields()) {
            List<Choice> choices = field.options() == null ? List.of() : field.options().entrySet().stream()
                    .map(option -> new Choice(option.getKey(), option.getValue())).toList();
            String type = !choices.isEmpty() ? "select" : field.type() == null ? "text"
                    : field.type().toLowerCase(Locale.ROOT);
            fields.add(new ConfiguredField(field.key(), field.label(), type, field.requiredOnForm(), field.help(),
                    choices));
        }
        return new Configuration(steps, fields, List.of(), null, null);
    }
}
