package vn.motcua.generation;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import vn.motcua.generation.StepTable.Step;

/**
 * Step tables derived from the samples of {@code processes/internal/} with varied steps, units and days, for the
 * generation benchmark and its end-to-end test: deterministic for a given seed.
 */
public final class SyntheticStepTables {

    private static final String[] UNITS = {"000.00.10.H99", "000.00.11.H99", "000.00.12.H99", "000.01.00.H99",
            "000.02.00.H99", "000.03.00.H99"};
    private static final String[] STEP_NAMES = {"Thẩm định hồ sơ", "Kiểm tra thực địa", "Lấy ý kiến đơn vị liên quan",
            "Dự thảo kết quả giải quyết", "Cập nhật cơ sở dữ liệu", "Trình ký kết quả"};

    private SyntheticStepTables() {
    }

    public static List<StepTable> samples(Path root) throws IOException {
        return List.of(
                StepTable.read(root.resolve("processes/internal/business-household-registration.yaml")),
                StepTable.read(root.resolve("processes/internal/land-first-registration.yaml")));
    }

    /** {@code count} tables: sample i mod 2, 1–4 specialist steps of 1–3 days, a leader, routing by decision, fixed unit or receipt. */
    public static List<StepTable> derive(List<StepTable> samples, int count, long seed) {
        Random random = new Random(seed);
        List<StepTable> tables = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            StepTable sample = samples.get(i % samples.size());
            String routing = switch (random.nextInt(3)) {
                case 0 -> "decision:civil-status-handling-unit";
                case 1 -> "unit:" + UNITS[random.nextInt(UNITS.length)];
                default -> "receiving";
            };
            List<Step> steps = new ArrayList<>();
            int specialists = 1 + random.nextInt(4);
            for (int s = 0; s < specialists; s++) {
                String stepRouting = s > 0 && random.nextInt(4) == 0 ? "unit:" + UNITS[random.nextInt(UNITS.length)] : null;
                List<String> outcomes = s == 0 ? List.of("supplement") : List.of();
                steps.add(new Step(s == 0 ? "Appraise" : "Step" + s, STEP_NAMES[(s + i) % (STEP_NAMES.length - 1)],
                        "specialist", "handling", stepRouting, 1 + random.nextInt(3), null, null, outcomes));
            }
            steps.add(new Step("Sign", STEP_NAMES[STEP_NAMES.length - 1], "leader", "handling",
                    null, 1, null, null, List.of("rework:Appraise", "refuse")));
            String key = String.format("synthetic-%05d-%s", i, sample.processKey());
            tables.add(new StepTable(key, sample.name() + " (mẫu " + (i + 1) + ")", sample.procedureCode(),
                    null, false, null, routing, sample.lanes(), sample.startFields(), steps,
                    "synthetic from " + sample.source()).validated());
        }
        return tables;
    }
}
