package vn.motcua.design.generation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The internal procedure (quy trình nội bộ) of one standard procedure as a designer writes it in
 * {@code processes/internal/*.yaml} (or {@code *.csv}, see {@link StepTableCsv}): the ordered handling steps
 * with role, unit, time allotment, form and outcomes. {@link ProcessGenerator} turns it into a BPMN process
 * with the one-stop skeleton.
 *
 * @param processKey    id of the generated process, e.g. {@code business-household-registration}
 * @param name          Vietnamese name of the procedure (process and pool name)
 * @param procedureCode catalog code, e.g. {@code 1.001612}
 * @param description   documentation of the process (optional)
 * @param sameDay       true when the legal limit is "in the day": every step then needs {@code hours}, at most 8 in all
 * @param workingDays   the legal limit in working days (optional): the steps' allotments must fit in it
 * @param routing       who handles the dossier: {@code decision:<DMN key>}, {@code unit:<unit code>}, {@code receiving}
 *                      (the receiving unit itself) or {@code commune} (the commune or ward of the receiving unit)
 * @param lanes         Vietnamese lane names by role (optional; defaults per role)
 * @param startFields   the procedure's own fields of the reception form (optional)
 * @param steps         the handling steps, in order
 * @param source        where the table was read from (recorded in the generated file)
 */
public record StepTable(String processKey, String name, String procedureCode, String description, boolean sameDay,
                        Integer workingDays, String routing, Map<String, String> lanes, List<Field> startFields,
                        List<Step> steps, String source) {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);

    /**
     * One handling step.
     *
     * @param id       short id, e.g. {@code Appraise}; the user task is {@code Task_<id>}
     * @param name     Vietnamese task name
     * @param role     {@code reception}, {@code specialist} or {@code leader}
     * @param unit     {@code handling} (default) or {@code receiving}
     * @param routing  optional re-routing before this step (same values as the table's routing): the step goes to another unit
     * @param days     working days allotted (slaDays)
     * @param hours    working hours allotted (slaHours)
     * @param form     a form id under {@code forms/}, or null / {@code default} for a generated task form
     * @param outcomes {@code supplement}, {@code refuse}, {@code rework:<step id>}, {@code verify:<days>}
     */
    public record Step(String id, String name, String role, String unit, String routing, Integer days, Integer hours,
                       String form, List<String> outcomes) {

        public boolean hasOutcome(String outcome) {
            return outcomes != null && outcomes.contains(outcome);
        }

        /** The step the rework outcome sends the dossier back to, or null. */
        public String reworkTarget() {
            if (outcomes == null) {
                return null;
            }
            return outcomes.stream().filter(o -> o.startsWith("rework:")).map(o -> o.substring(7).trim())
                    .findFirst().orElse(null);
        }

        public boolean decides() {
            return hasOutcome("supplement") || hasOutcome("refuse") || reworkTarget() != null || verifyDays() != null;
        }

        /**
         * The working days of verification or field inspection this step may choose ({@code verify:<days>}): the
         * dossier then runs under the record's complex-case limit. {@code null} when it may not.
         */
        public Integer verifyDays() {
            if (outcomes == null) {
                return null;
            }
            return outcomes.stream().filter(o -> o.startsWith("verify:")).map(o -> Integer.valueOf(o.substring(7).trim()))
                    .findFirst().orElse(null);
        }

        /** The form variable holding the decision: {@code leaderDecision} for leaders, else {@code appraisalOutcome}. */
        public String decisionVariable() {
            return "leader".equals(role) ? "leaderDecision" : "appraisalOutcome";
        }

        public String taskId() {
            return "Task_" + id;
        }

        public boolean atReceivingUnit() {
            return "receiving".equals(unit);
        }
    }

    /**
     * A field of the reception form: a select when options are given, else a field of its type.
     *
     * @param type {@code text} (default), {@code number}, {@code date} or {@code commune}: a searchable select of the
     *             province's communes and wards as the unit tree has them (the value is the commune's unit code, as
     *             {@code civil-status-handling-unit} routes by {@code residenceCommune})
     * @param required whether the officer must fill it in; {@code null}: a select is required, other fields not
     * @param help     the help text shown under the field, or {@code null}
     */
    public record Field(String key, String label, Map<String, String> options, String type, Boolean required,
                        String help) {

        public Field(String key, String label, Map<String, String> options, String type) {
            this(key, label, options, type, null, null);
        }

        public Field(String key, String label, Map<String, String> options) {
            this(key, label, options, null);
        }

        /** Whether the form requires it: as configured, else a select only. */
        public boolean requiredOnForm() {
            return required != null ? required : options != null && !options.isEmpty() || "commune".equals(type);
        }
    }

    /** Reads a step table file: {@code .csv} as {@link StepTableCsv} describes, anything else as YAML. */
    public static StepTable read(Path file) throws IOException {
        String source = file.toString().replace('\\', '/');
        try (InputStream in = Files.newInputStream(file)) {
            return source.endsWith(".csv") ? StepTableCsv.read(in, source) : read(in, source);
        }
    }

    /** The step tables of {@code processes/internal/} below the root, YAML and CSV, named relative to the root. */
    public static List<StepTable> readAll(Path root) throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(root.resolve("processes/internal"))) {
            files = list.filter(path -> path.toString().endsWith(".yaml") || path.toString().endsWith(".csv"))
                    .sorted().toList();
        }
        List<StepTable> tables = new ArrayList<>();
        for (Path file : files) {
            tables.add(read(file).withSource(root.relativize(file).toString().replace('\\', '/')));
        }
        return tables;
    }

    public static StepTable read(InputStream in, String source) throws IOException {
        StepTable table = YAML.readValue(in, StepTable.class);
        return table.withSource(source).validated();
    }

    public StepTable withSource(String newSource) {
        return new StepTable(processKey, name, procedureCode, description, sameDay, workingDays, routing,
                lanes, startFields, steps, newSource);
    }

    public Map<String, String> laneNames() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("reception", "Bộ phận tiếp nhận và trả kết quả");
        names.put("specialist", "Chuyên viên đơn vị giải quyết");
        names.put("leader", "Lãnh đạo đơn vị giải quyết");
        if (lanes != null) {
            names.putAll(lanes);
        }
        return names;
    }

    /** Refuses a table the generator cannot turn into a process that follows the conventions. */
    public StepTable validated() {
        List<String> problems = new ArrayList<>();
        if (processKey == null || !processKey.matches("[a-z][a-z0-9-]*")) {
            problems.add("processKey must be lower-case words joined by '-'");
        }
        if (name == null || name.isBlank()) {
            problems.add("name is missing");
        }
        if (routing == null || !(routing.equals("receiving") || routing.equals("commune") || routing.startsWith("decision:") || routing.startsWith("unit:"))) {
            problems.add("routing must be decision:<key>, unit:<code>, receiving or commune");
        }
        if (steps == null || steps.isEmpty()) {
            problems.add("no steps");
        } else {
            Set<String> ids = new HashSet<>();
            int hours = 0;
            for (Step step : steps) {
                if (step.id() == null || !step.id().matches("[A-Z][A-Za-z0-9]*") || !ids.add(step.id())) {
                    problems.add("step id " + step.id() + " must be unique and UpperCamelCase");
                }
                if (step.name() == null || step.name().isBlank()) {
                    problems.add("step " + step.id() + " has no name");
                }
                if (!Set.of("reception", "specialist", "leader").contains(step.role())) {
                    problems.add("step " + step.id() + ": role must be reception, specialist or leader");
                }
                if (step.unit() != null && !Set.of("handling", "receiving").contains(step.unit())) {
                    problems.add("step " + step.id() + ": unit must be handling or receiving");
                }
                if ((step.days() == null) == (step.hours() == null)) {
                    problems.add("step " + step.id() + " needs exactly one of days, hours");
                }
                if (sameDay && step.days() != null) {
                    problems.add("step " + step.id() + ": a same-day procedure allots hours");
                }
                hours += step.hours() != null ? step.hours() : 8 * (step.days() == null ? 0 : step.days());
                String target = step.reworkTarget();
                if (target != null && !ids.contains(target)) {
                    problems.add("step " + step.id() + ": rework goes back to an earlier step, not " + target);
                }
            }
            if (sameDay && hours > 8) {
                problems.add("same-day steps allot " + hours + " hours, more than 8");
            }
            if (workingDays != null && hours > workingDays * 8) {
                problems.add("steps allot " + hours + " hours, more than " + workingDays + " working days");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(source + ": " + String.join("; ", problems));
        }
        return this;
    }
}
