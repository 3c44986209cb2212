package vn.motcua.design.generation;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import vn.motcua.design.generation.StepTable.Step;

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

    /** The catalog code of the synthetic procedure of the given index: 9.000001, … (no national code starts with 9). */
    public static String catalogCode(int index) {
        return String.format("9.%06d", index + 1);
    }

    /**
     * The tables as a catalog export in the columns the catalog import reads, one row per table naming its process
     * ("Quy trình"), coded from {@code firstIndex} on; the legal limit is the steps' working days plus
     * {@code extraDays} (negative: the steps do not fit). Their own field keeps them apart from the real catalog.
     */
    public static byte[] catalogCsv(List<StepTable> tables, int firstIndex, int extraDays) throws IOException {
        StringWriter csv = new StringWriter();
        try (CSVPrinter rows = new CSVPrinter(csv, CSVFormat.RFC4180.builder().setDelimiter(';').get())) {
            rows.printRecord("Mã thủ tục", "Tên thủ tục", "Lĩnh vực", "Cấp thực hiện", "Cơ quan thực hiện",
                    "Thời hạn trực tiếp", "Phí, lệ phí", "Mức độ DVC", "Quy trình");
            for (int i = 0; i < tables.size(); i++) {
                StepTable table = tables.get(i);
                boolean land = table.processKey().endsWith("land-first-registration");
                int days = table.steps().stream().mapToInt(step -> step.days() == null ? 0 : step.days()).sum() + extraDays;
                rows.printRecord(catalogCode(firstIndex + i), table.name(), "Thủ tục mẫu sinh tự động",
                        land ? "Cấp tỉnh" : "Cấp xã", land ? "Văn phòng đăng ký đất đai (Sở Nông nghiệp và Môi trường)"
                                : "Ủy ban nhân dân cấp xã",
                        days + " ngày làm việc", i % 2 == 0 ? "Miễn phí" : "100.000 đồng", "Một phần", table.processKey());
            }
        }
        return csv.toString().getBytes(StandardCharsets.UTF_8);
    }

    /**
     * What a deployment of generated processes needs besides them, by resource name: the shared call activities and
     * their forms (called with binding="deployment") and the routing decision the tables use.
     */
    public static Map<String, String> buildingBlocks() throws IOException {
        Map<String, String> files = new LinkedHashMap<>(CatalogProcesses.buildingBlocks());
        String routing = "processes/routing/civil-status-handling-unit.dmn";
        for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + routing)) {
            try (InputStream in = resource.getInputStream()) {
                files.put(routing, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
