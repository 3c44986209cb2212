package vn.motcua.design.generation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import vn.motcua.catalog.Procedure.LegalLimit;
import vn.motcua.catalog.Procedure;
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
 * </ul>
 * Both have an appraisal (supplement or refusal) and a leader's signature (rework or refusal); the steps share
 * the legal limit (60 % appraisal, the rest signature; in hours when the limit is two working days or less, or
 * the same day).
 */
public final class ProcedurePatterns {

    /** How a procedure runs when nobody has drawn or tabled it. */
    public enum Pattern { COMMUNE, DEPARTMENT }

    /**
     * A derivation: the step table, or why there is none.
     *
     * @param table  the step table, or {@code null}
     * @param reason in Vietnamese, why the procedure cannot be generated; {@code null} with a table
     */
    public record Derivation(Pattern pattern, StepTable table, String reason) {

        public boolean generated() {
            return table != null;
        }
    }

    private static final int HOURS_PER_DAY = 8;

    private final Function<String, Optional<String>> agencyUnits;

    /** @param agencyUnits the unit code of an implementing agency, by the agency's name as the record gives it */
    public ProcedurePatterns(Function<String, Optional<String>> agencyUnits) {
        this.agencyUnits = agencyUnits;
    }

    /**
     * Patterns whose implementing agencies are found among these units (code to name): the unit of that name, or
     * the unit whose name the agency names, e.g. "Văn phòng đăng ký đất đai (Sở Nông nghiệp và Môi trường)"
     * is handled by "Sở Nông nghiệp và Môi trường" (the longest name named wins).
     */
    public static ProcedurePatterns byUnitNames(Map<String, String> unitNames) {
        return new ProcedurePatterns(agency -> {
            String wanted = normalized(agency);
            return unitNames.entrySet().stream()
                    .filter(unit -> wanted.contains(normalized(unit.getValue())))
                    .max(Comparator.comparingInt((Map.Entry<String, String> unit) -> unit.getValue().length())
                            .thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey);
        });
    }

    private static String normalized(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
    }


    /** The step table of the procedure by its pattern, or the reason it has none. */
    public Derivation derive(Procedure procedure) {
        LegalLimit limit = procedure.limit();
        if (limit == null || !limit.sameDay() && limit.workingDays() == null && limit.workingHours() == null) {
            return new Derivation(null, null, "Thiếu thời hạn giải quyết");
        }
        Pattern pattern = procedure.level() == Procedure.Level.COMMUNE ? Pattern.COMMUNE : Pattern.DEPARTMENT;
        String routing = "commune";
        if (pattern == Pattern.DEPARTMENT) {
            Optional<String> unit = procedure.implementingAgency() == null ? Optional.empty()
                    : agencyUnits.apply(procedure.implementingAgency());
            if (unit.isEmpty()) {
                return new Derivation(pattern, null,
                        "Không xác định được đơn vị giải quyết: cơ quan thực hiện '" + procedure.implementingAgency()
                                + "' không có trong cơ cấu tổ chức");
            }
            routing = "unit:" + unit.get();
        }
        StepTable table = new StepTable(Procedure.generatedProcessKey(procedure.code()), procedure.name(), procedure.code(),
                "Sinh tự động từ bản ghi thủ tục " + procedure.code() + " (mẫu " + pattern + ").", limit.sameDay(),
                limit.sameDay() ? null : workingDays(limit), routing, Map.of(), List.of(), steps(limit),
                "catalog:" + procedure.code() + "@" + procedure.version());
        return new Derivation(pattern, table.validated(), null);
    }

    private static Integer workingDays(LegalLimit limit) {
        if (limit.workingDays() != null) {
            return limit.workingDays();
        }
        return (limit.workingHours() + HOURS_PER_DAY - 1) / HOURS_PER_DAY;
    }

    /** Appraisal then signature, sharing the legal limit. */
    private static List<Step> steps(LegalLimit limit) {
        int hours = limit.sameDay() ? HOURS_PER_DAY
                : limit.workingHours() != null ? limit.workingHours() : limit.workingDays() * HOURS_PER_DAY;
        boolean inHours = limit.sameDay() || hours <= 2 * HOURS_PER_DAY;
        int appraisal;
        int signature;
        if (inHours) {
            // same day: the counter's reception keeps part of the day
            int total = limit.sameDay() ? HOURS_PER_DAY - 2 : hours;
            appraisal = Math.max(1, total * 6 / 10);
            signature = Math.max(1, total - appraisal);
        } else {
            int days = hours / HOURS_PER_DAY;
            appraisal = Math.max(1, days * 6 / 10);
            signature = Math.max(1, days - appraisal);
        }
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("Appraise", "Thẩm định hồ sơ", "specialist", null, null, inHours ? null : appraisal,
                inHours ? appraisal : null, null, List.of("supplement", "refuse")));
        steps.add(new Step("Sign", "Phê duyệt, ký kết quả", "leader", null, null, inHours ? null : signature,
                inHours ? signature : null, null, List.of("rework:Appraise", "refuse")));
        return steps;
    }
}
