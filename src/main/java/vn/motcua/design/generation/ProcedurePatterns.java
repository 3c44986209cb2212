package vn.motcua.design.generation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import vn.motcua.catalog.Procedure.LegalLimit;
import vn.motcua.catalog.Procedure;
import vn.motcua.design.generation.StepTable.Field;
import vn.motcua.design.generation.StepTable.Step;

/**
 * The internal procedure of a catalog procedure that has neither a hand-drawn BPMN nor a step table, derived
 * from its record by one of a few patterns, so that every procedure of the catalog can run:
 * <ul>
 *   <li>{@link Pattern#COMMUNE}: a commune-level procedure is handled by the People's Committee of the commune
 *       or ward whose center received it (routing {@code commune}: derived from the unit tree, no table per
 *       commune);</li>
 *   <li>{@link Pattern#DEPARTMENT}: a province-level procedure is handled by its implementing agency, whichever
 *       center received it; received at a commune, the dossier goes to the department and its result comes back
 *       to that counter (liên thông), which the shared skeleton already does.</li>
 *   <li>{@link Pattern#AGENCIES_IN_SEQUENCE}: the implementing agency appraises, the coordinating agencies of the
 *       record give their opinion one after the other, and the implementing agency's leader signs.</li>
 * </ul>
 * Each has an appraisal (supplement or refusal) and a leader's signature (rework or refusal); the steps share
 * the legal limit. {@link Trait}s add what the record says: verification under the complex-case limit, a fixed
 * fee or a fee table, collected before handling or before the result, the declaration's own fields on the
 * reception form.
 */
public final class ProcedurePatterns {

    /** Who handles a procedure nobody has drawn or tabled. */
    public enum Pattern { COMMUNE, DEPARTMENT, AGENCIES_IN_SEQUENCE }

    /** What else its record adds to the process. */
    public enum Trait {
        /** A longer limit for complex cases: appraisal may choose verification or a field inspection. */
        COMPLEX_CASE,
        /** Free: the process never asks for a fee. */
        FREE,
        /** One fixed amount collected through {@code common-fee-payment}. */
        FIXED_FEE,
        /** The record's fee table: the line that applies is chosen at reception. */
        FEE_TABLE,
        /** The fee is paid when the result is ready, before it is returned. */
        FEE_BEFORE_RESULT
    }

    /**
     * A derivation: the step table, or why there is none.
     *
     * @param table  the step table, or {@code null}
     * @param reason in Vietnamese, why the procedure cannot be generated; {@code null} with a table
     */
    public record Derivation(Pattern pattern, Set<Trait> traits, StepTable table, String reason) {

        public boolean generated() {
            return table != null;
        }
    }

    private static final int HOURS_PER_DAY = 8;
    /** The lane of a configured step handled by another unit: the role, then the unit's name. */
    private static final Map<String, String> ROLE_LANES = Map.of("reception", "Tiếp nhận", "specialist", "Chuyên viên",
            "leader", "Lãnh đạo");

    private final Function<String, Optional<String>> agencyUnits;
    private final Map<String, String> unitNames;

    /** @param agencyUnits the unit code of an implementing agency, by the agency's name as the record gives it */
    public ProcedurePatterns(Function<String, Optional<String>> agencyUnits) {
        this(agencyUnits, Map.of());
    }

    /** @param unitNames the units' names by code, for the lanes of configured steps */
    private ProcedurePatterns(Function<String, Optional<String>> agencyUnits, Map<String, String> unitNames) {
        this.agencyUnits = agencyUnits;
        this.unitNames = Map.copyOf(unitNames);
    }

    /**
     * Patterns whose implementing agencies are found among these units (code to name): the unit of that name, or
     * the unit whose name the agency names, e.g. "Văn phòng đăng ký đất đai (Sở Nông nghiệp và Môi trường)"
     * is handled by "Sở Nông nghiệp và Môi trường" (the longest name named wins).
     */
    public static ProcedurePatterns byUnitNames(Map<String, String> unitNames) {
        Map<String, String> normalizedNames = new HashMap<>();
        unitNames.forEach((code, name) -> normalizedNames.put(code, normalized(name)));
        return new ProcedurePatterns(agency -> {
            String wanted = normalized(agency);
            return normalizedNames.entrySet().stream()
                    .filter(unit -> wanted.contains(unit.getValue()))
                    .max(Comparator.comparingInt((Map.Entry<String, String> unit) -> unit.getValue().length())
                            .thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey);
        }, unitNames);
    }

    /**
     * Why no unit of the province acts as this agency for procedures of this level; empty when one does. A
     * commune-level procedure is handled by the People's Committee of the receiving commune ("Ủy ban nhân dân cấp
     * xã"); any other agency, at either level, must name a unit of the organization.
     */
    public Optional<String> unknownAgency(Procedure.Level level, String agency) {
        if (agency == null || agency.isBlank()) {
            return Optional.of("Thiếu cơ quan thực hiện");
        }
        if (level == Procedure.Level.COMMUNE && communeCommittee(agency) || agencyUnits.apply(agency).isPresent()) {
            return Optional.empty();
        }
        return Optional.of("Cơ quan \"" + agency + "\" không có trong cơ cấu tổ chức của tỉnh: ghi đúng tên đơn vị (ví dụ "
                + "\"Sở Tư pháp\") hoặc \"Ủy ban nhân dân cấp xã\" cho thủ tục cấp xã, hoặc thêm đơn vị vào cơ cấu tổ chức");
    }

    /**
     * The unit that implements the procedure: the unit its implementing agency names; empty for a commune-level
     * procedure of the communes' People's Committees (every commune implements it) and for an unknown agency.
     */
    public Optional<String> implementingUnit(Procedure procedure) {
        String agency = procedure.implementingAgency();
        if (agency == null || procedure.level() == Procedure.Level.COMMUNE && communeCommittee(agency)) {
            return Optional.empty();
        }
        return agencyUnits.apply(agency);
    }

    /** "Ủy ban nhân dân cấp xã", "UBND xã, phường, đặc khu", "Chủ tịch Ủy ban nhân dân cấp xã". */
    private static boolean communeCommittee(String agency) {
        String key = normalized(agency);
        return (key.contains("ủy ban nhân dân") || key.contains("ubnd"))
                && (key.contains("cấp xã") || key.contains(" xã") || key.contains("phường"));
    }

    private static String normalized(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }


    /** The step table of the procedure by its pattern, or the reason it has none. */
    public Derivation derive(Procedure procedure) {
        LegalLimit limit = procedure.limit();
        if (limit == null || !limit.sameDay() && limit.workingDays() == null && limit.workingHours() == null) {
            return new Derivation(null, Set.of(), null, "Thiếu thời hạn giải quyết");
        }
        List<String> consulted = procedure.coordinatingAgencies();
        Pattern pattern = !consulted.isEmpty() ? Pattern.AGENCIES_IN_SEQUENCE
                : procedure.level() == Procedure.Level.COMMUNE ? Pattern.COMMUNE : Pattern.DEPARTMENT;
        Set<Trait> traits = traits(procedure);
        Optional<String> unknown = unknownAgency(procedure.level(), procedure.implementingAgency());
        for (String agency : consulted) {
            unknown = unknown.or(() -> agencyUnits.apply(agency).isPresent() ? Optional.empty()
                    : Optional.of("cơ quan phối hợp \"" + agency + "\" không có trong cơ cấu tổ chức của tỉnh"));
        }
        if (unknown.isPresent()) {
            return new Derivation(pattern, traits, null, "Không xác định được đơn vị giải quyết: " + unknown.get());
        }
        String routing = procedure.level() == Procedure.Level.COMMUNE && communeCommittee(procedure.implementingAgency())
                ? "commune" : "unit:" + agencyUnits.apply(procedure.implementingAgency()).orElseThrow();
        Map<String, String> lanes = new LinkedHashMap<>();
        List<Step> steps;
        try {
            steps = steps(limit, routing, consulted, lanes, traits.contains(Trait.COMPLEX_CASE));
        } catch (IllegalArgumentException tooShort) {
            return new Derivation(pattern, traits, null, tooShort.getMessage());
        }
        List<Field> fields = declarationFields(procedure);
        Procedure.Configuration configuration = procedure.configuration();
        if (configuration != null) {
            // an administrator's steps and fields replace the pattern's; the skeleton around them stays
            if (!configuration.steps().isEmpty()) {
                ConfiguredProcedure.Handling handling = ConfiguredProcedure.handling(configuration.steps(), routing);
                routing = handling.routing();
                steps = handling.steps();
                for (Step step : steps) {
                    String unit = ConfiguredProcedure.unit(step.routing());
                    if (unit != null && unitNames.containsKey(unit)) {
                        lanes.put(step.role() + "@" + step.routing(), ROLE_LANES.get(step.role()) + " " + unitNames.get(unit));
                    }
                }
            }
            fields = ConfiguredProcedure.fields(configuration.fields());
        }
        StepTable table = new StepTable(Procedure.generatedProcessKey(procedure.code()), procedure.name(), procedure.code(),
                "Sinh tự động từ bản ghi thủ tục " + procedure.code() + " (mẫu " + pattern + (traits.isEmpty() ? ""
                        : ", " + traits.stream().map(Trait::name).sorted().reduce((a, b) -> a + ", " + b).orElseThrow())
                        + (configuration == null ? "" : ", cấu hình của quản trị viên") + ").", limit.sameDay(),
                limit.sameDay() ? null : workingDays(limit), routing, lanes,
                fields, steps, "catalog:" + procedure.code() + "@" + procedure.version());
        return new Derivation(pattern, traits, table.validated(), null);
    }

    private static Set<Trait> traits(Procedure procedure) {
        Set<Trait> traits = EnumSet.noneOf(Trait.class);
        if (procedure.limit().extendedWorkingDays() != null) {
            traits.add(Trait.COMPLEX_CASE);
        }
        // what the generated process collects, as the generator decides it
        Optional<Procedure.Fee> collected = ProcessGenerator.collectedFee(procedure);
        if (procedure.fee() == null || procedure.fee().kind() == Procedure.FeeKind.FREE) {
            traits.add(Trait.FREE);
        } else if (collected.isPresent()) {
            traits.add(collected.get().table().isEmpty() ? Trait.FIXED_FEE : Trait.FEE_TABLE);
            if (collected.get().payWhen() == Procedure.PayWhen.BEFORE_RESULT) {
                traits.add(Trait.FEE_BEFORE_RESULT);
            }
        }
        return traits;
    }

    /** The record's declaration fields as reception form fields, keyed by their label in ASCII camel case. */
    private static List<Field> declarationFields(Procedure procedure) {
        if (procedure.details() == null) {
            return List.of();
        }
        List<Field> fields = new ArrayList<>();
        Set<String> keys = new HashSet<>();
        for (Procedure.DeclarationField field : procedure.details().declarationFields()) {
            String key = fieldKey(field.label());
            for (int n = 2; !keys.add(key); n++) {
                key = fieldKey(field.label()) + n;
            }
            fields.add(new Field(key, field.label(), null, field.type().name().toLowerCase(Locale.ROOT)));
        }
        return fields;
    }

    /** "Diện tích (m²)" → {@code toKhaiDienTichM2}: a form key no platform variable can have. */
    static String fieldKey(String label) {
        String ascii = Normalizer.normalize(label.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace("²", "2");
        StringBuilder key = new StringBuilder("toKhai");
        for (String word : ascii.split("[^A-Za-z0-9]+")) {
            if (!word.isEmpty()) {
                key.append(Character.toUpperCase(word.charAt(0))).append(word.substring(1).toLowerCase(Locale.ROOT));
            }
        }
        return key.toString();
    }

    private static Integer workingDays(LegalLimit limit) {
        if (limit.workingDays() != null) {
            return limit.workingDays();
        }
        return (limit.workingHours() + HOURS_PER_DAY - 1) / HOURS_PER_DAY;
    }

    /**
     * Appraisal, the consulted agencies in order, then signature, sharing the legal limit: appraisal 60 % (40 % when
     * agencies are consulted, who share 30 %), the rest signature. In hours when the limit is two working days or
     * less, the same day, or too short to give every step a whole day. With a complex-case limit, appraisal may
     * choose verification, which has the days the longer limit adds.
     */
    private List<Step> steps(LegalLimit limit, String routing, List<String> consulted, Map<String, String> lanes,
                             boolean complexCase) {
        int hours = limit.sameDay() ? HOURS_PER_DAY
                : limit.workingHours() != null ? limit.workingHours() : limit.workingDays() * HOURS_PER_DAY;
        int parts = consulted.size();
        boolean inHours = limit.sameDay() || hours <= 2 * HOURS_PER_DAY;
        // same day: the counter's reception keeps part of the day
        int[] split = split(inHours ? (limit.sameDay() ? HOURS_PER_DAY - 2 : hours) : hours / HOURS_PER_DAY, parts);
        if (split == null && !inHours) {
            // too short to give every step a whole day: hours
            inHours = true;
            split = split(hours, parts);
        }
        if (split == null) {
            throw new IllegalArgumentException("Thời hạn giải quyết quá ngắn để lấy ý kiến " + parts
                    + " cơ quan phối hợp theo thứ tự");
        }
        int appraisal = split[0];
        int consultation = split[1];
        int signature = split[2];
        List<String> appraisalOutcomes = new ArrayList<>(List.of("supplement", "refuse"));
        if (complexCase) {
            int normal = limit.sameDay() ? 1 : workingDays(limit);
            appraisalOutcomes.add("verify:" + Math.max(1, limit.extendedWorkingDays() - normal));
        }
        List<Step> steps = new ArrayList<>();
        steps.add(step("Appraise", "Thẩm định hồ sơ", "specialist", null, inHours, appraisal, appraisalOutcomes));
        for (int i = 0; i < parts; i++) {
            String agency = consulted.get(i);
            String unit = "unit:" + agencyUnits.apply(agency).orElseThrow();
            lanes.put("specialist@" + unit, "Chuyên viên " + agency + " (phối hợp)");
            steps.add(step("Consult" + (i + 1), "Cho ý kiến phối hợp: " + agency, "specialist", unit, inHours,
                    consultation, List.of()));
        }
        steps.add(step("Sign", "Phê duyệt, ký kết quả", "leader", parts == 0 ? null : routing, inHours, signature,
                List.of("rework:Appraise", "refuse")));
        return steps;
    }

    /** Appraisal, each consultation and signature out of a total, each at least 1; {@code null} when it cannot be. */
    private static int[] split(int total, int parts) {
        int appraisal = Math.max(1, total * (parts == 0 ? 6 : 4) / 10);
        int consultation = parts == 0 ? 0 : Math.max(1, total * 3 / 10 / parts);
        int signature = total - appraisal - parts * consultation;
        return signature < 1 ? null : new int[] {appraisal, consultation, signature};
    }

    private static Step step(String id, String name, String role, String routing, boolean inHours, int allotment,
                             List<String> outcomes) {
        return new Step(id, name, role, null, routing, inHours ? null : allotment, inHours ? allotment : null, null,
                outcomes);
    }
}
