package vn.motcua.catalog.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import vn.motcua.catalog.CatalogFile;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.Procedure.LegalLimit;

/**
 * A province-sized sample catalog in the national procedure record layout: the 74 researched rows of
 * {@code sample-catalog.csv} (the demo procedures with the values of {@code procedures.yaml}), then synthetic
 * procedures built from {@code catalog/sample-catalog-vocabulary.txt} until the catalog has the asked number of rows.
 * Synthetic rows are labelled (codes 1.9xxxxx and 2.9xxxxx, {@code Độ tin cậy} = Mẫu) and deterministic: the same
 * count gives the same rows. Its {@code main} writes {@code sample-catalog-1500.csv} and {@code .xlsx} (run from the
 * project folder after {@code mvn test-compile}):
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.motcua.catalog.importing.SampleCatalog}.
 */
public final class SampleCatalog {

    /** The line above the header: the file is an illustration, not a published catalog. */
    public static final String TITLE = "DANH MỤC MẪU — số liệu minh họa, không phải danh mục công bố chính thức";
    /** How many procedures the committed sample holds. */
    public static final int SIZE = 1500;
    /** No sample procedure takes effect after this day unless future dates are asked for. */
    public static final LocalDate LAST_EFFECTIVE_DAY = LocalDate.of(2026, 12, 1);

    static final Path CSV = Path.of("processes/catalog/import/sample-catalog-1500.csv");
    static final Path XLSX = Path.of("processes/catalog/import/sample-catalog-1500.xlsx");
    private static final Path DEMO_CATALOG = Path.of("processes/catalog/procedures.yaml");
    private static final String VOCABULARY = "/catalog/sample-catalog-vocabulary.txt";
    private static final long SEED = 20250701L;
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setDelimiter(';').get();

    /** The columns of the layout, in file order. */
    public enum Column {
        STT("STT"), CODE("Mã thủ tục"), NAME("Tên thủ tục"), LEVEL("Cấp thực hiện"), FIELD("Lĩnh vực"),
        AGENCY("Cơ quan thực hiện"), COMPETENT("Cơ quan có thẩm quyền"), COORDINATING("Cơ quan phối hợp"),
        LIMIT("Thời hạn giải quyết"), LIMIT_ONLINE("Thời hạn trực tuyến"), LIMIT_POSTAL("Thời hạn bưu chính"),
        LIMIT_COMPLEX("Thời hạn trường hợp phức tạp"), FEE("Phí, lệ phí"), DOCUMENTS("Thành phần hồ sơ"),
        DECLARATION("Trường thông tin tờ khai"), STEPS("Trình tự thực hiện"), LEGAL_BASIS("Căn cứ pháp lý"),
        DECISION("Quyết định công bố"), DECISION_DATE("Ngày ban hành quyết định"), EFFECTIVE("Ngày hiệu lực"),
        ONLINE_LEVEL("Mức độ DVC"), APPLICANT("Đối tượng thực hiện"), RESULT("Kết quả thực hiện"),
        PROCESS("Quy trình"), VERIFICATION("Cần xác minh"), CONFIDENCE("Độ tin cậy");

        private final String header;

        Column(String header) {
            this.header = header;
        }

        public String header() {
            return header;
        }
    }

    /** The departments a province-level procedure may name as its implementing agency. */
    public static final List<String> DEPARTMENTS = List.of("Văn phòng Ủy ban nhân dân tỉnh", "Sở Nội vụ", "Sở Tư pháp",
            "Sở Tài chính", "Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Sở Xây dựng", "Sở Khoa học và Công nghệ",
            "Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo", "Sở Y tế", "Sở Dân tộc và Tôn giáo",
            "Thanh tra tỉnh");
    /** The implementing agency of commune-level procedures. */
    public static final String COMMUNE = "Ủy ban nhân dân cấp xã";

    /** Share of the province-level synthetic rows per department, per mille (one department ~290 of 1,500). */
    private static final Map<String, Integer> WEIGHTS = Map.ofEntries(
            Map.entry("Sở Nông nghiệp và Môi trường", 290), Map.entry("Sở Y tế", 120),
            Map.entry("Sở Công Thương", 110), Map.entry("Sở Giáo dục và Đào tạo", 90), Map.entry("Sở Xây dựng", 90),
            Map.entry("Sở Tài chính", 90), Map.entry("Sở Văn hóa, Thể thao và Du lịch", 70), Map.entry("Sở Nội vụ", 50),
            Map.entry("Sở Tư pháp", 40), Map.entry("Sở Khoa học và Công nghệ", 30),
            Map.entry("Sở Dân tộc và Tôn giáo", 10), Map.entry("Văn phòng Ủy ban nhân dân tỉnh", 5),
            Map.entry("Thanh tra tỉnh", 5));

    /** The researched rows keep their values; these agencies are only completed with their department. */
    private static final Map<String, String> AGENCY_NAMES = Map.of(
            "Văn phòng đăng ký đất đai", "Văn phòng đăng ký đất đai (Sở Nông nghiệp và Môi trường)");

    /** Publication decisions: number, issue date, effective date. */
    private record Decision(String number, LocalDate issued, LocalDate effective) {
    }

    private static final List<Decision> DECISIONS = List.of(
            new Decision("1582/QĐ-UBND", LocalDate.of(2025, 7, 14), LocalDate.of(2025, 7, 14)),
            new Decision("1765/QĐ-UBND", LocalDate.of(2025, 8, 5), LocalDate.of(2025, 8, 15)),
            new Decision("2034/QĐ-UBND", LocalDate.of(2025, 9, 22), LocalDate.of(2025, 10, 1)),
            new Decision("2311/QĐ-UBND", LocalDate.of(2025, 10, 28), LocalDate.of(2025, 11, 1)),
            new Decision("2590/QĐ-UBND", LocalDate.of(2025, 12, 12), LocalDate.of(2026, 1, 1)),
            new Decision("312/QĐ-UBND", LocalDate.of(2026, 2, 10), LocalDate.of(2026, 3, 1)),
            new Decision("958/QĐ-UBND", LocalDate.of(2026, 5, 20), LocalDate.of(2026, 6, 1)),
            new Decision("1820/QĐ-UBND", LocalDate.of(2026, 9, 15), LocalDate.of(2026, 10, 1)));
    /** Decisions taking effect after {@link #LAST_EFFECTIVE_DAY}, only when asked for. */
    private static final List<Decision> FUTURE_DECISIONS = List.of(
            new Decision("2745/QĐ-UBND", LocalDate.of(2026, 11, 20), LocalDate.of(2027, 1, 1)),
            new Decision("105/QĐ-UBND", LocalDate.of(2027, 1, 12), LocalDate.of(2027, 2, 1)));

    private SampleCatalog() {
    }

    public static void main(String[] args) throws IOException {
        List<List<String>> rows = rows(SIZE);
        Files.write(CSV, csv(rows));
        Files.write(XLSX, xlsx(rows));
        System.out.println(distribution(rows));
    }

    /** {@code count} procedures (the researched rows first), every effective date on or before {@link #LAST_EFFECTIVE_DAY}. */
    public static List<List<String>> rows(int count) {
        return rows(count, false);
    }

    /**
     * {@code count} procedures as rows of {@link Column} values: the researched rows first, then synthetic ones.
     *
     * @param futureDates whether every tenth synthetic procedure is published by a decision taking effect after
     *                    {@link #LAST_EFFECTIVE_DAY} (the other columns do not change)
     */
    public static List<List<String>> rows(int count, boolean futureDates) {
        List<String[]> researched = researchedRows();
        List<String[]> rows = new ArrayList<>(researched.subList(0, Math.min(count, researched.size())));
        int synthetic = count - rows.size();
        if (synthetic > 0) {
            long communeResearched = rows.stream().filter(row -> row[Column.LEVEL.ordinal()].equals("Cấp xã")).count();
            int commune = (int) Math.max(0, Math.min(synthetic, Math.round(count / 3.0) - communeResearched));
            Set<String> names = rows.stream().map(row -> nameKey(row[Column.NAME.ordinal()]))
                    .collect(Collectors.toCollection(HashSet::new));
            rows.addAll(syntheticRows(vocabulary(), synthetic - commune, commune, names, futureDates));
        }
        List<List<String>> result = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            String[] row = rows.get(i);
            row[Column.STT.ordinal()] = String.valueOf(i + 1);
            result.add(List.of(row));
        }
        return result;
    }

    /** The file's lines: the title (padded to the width of the header), the header, the rows. */
    public static List<List<String>> lines(List<List<String>> rows) {
        List<List<String>> lines = new ArrayList<>();
        List<String> title = new ArrayList<>(Collections.nCopies(Column.values().length, ""));
        title.set(0, TITLE);
        lines.add(title);
        lines.add(Arrays.stream(Column.values()).map(Column::header).toList());
        lines.addAll(rows);
        return lines;
    }

    /** The rows as the import reads them: UTF-8, {@code ;}-separated, RFC 4180 quoting, CRLF between records. */
    public static byte[] csv(List<List<String>> rows) {
        StringBuilder out = new StringBuilder();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            for (List<String> line : lines(rows)) {
                printer.printRecord(line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The same lines as the first sheet of a workbook, one text cell per non-empty value. */
    public static byte[] xlsx(List<List<String>> rows) {
        try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
            Sheet sheet = workbook.createSheet("Danh mục TTHC");
            CellStyle wrapped = workbook.createCellStyle();
            wrapped.setWrapText(true);
            List<List<String>> lines = lines(rows);
            for (int r = 0; r < lines.size(); r++) {
                Row row = sheet.createRow(r);
                List<String> line = lines.get(r);
                for (int c = 0; c < line.size(); c++) {
                    String value = line.get(c);
                    if (!value.isEmpty()) {
                        row.createCell(c).setCellValue(value);
                        if (value.indexOf('\n') >= 0) {
                            row.getCell(c).setCellStyle(wrapped);
                        }
                    }
                }
            }
            for (Column column : Column.values()) {
                int characters = switch (column) {
                    case STT -> 6;
                    case CODE, DECISION, DECISION_DATE, EFFECTIVE, ONLINE_LEVEL, LEVEL, CONFIDENCE -> 14;
                    case NAME, DOCUMENTS, STEPS -> 60;
                    case FEE, DECLARATION, LEGAL_BASIS, RESULT, AGENCY -> 40;
                    default -> 24;
                };
                sheet.setColumnWidth(column.ordinal(), characters * 256);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Counts of the rows by level, department, fee kind, complex limit, coordinating agencies and decision. */
    public static String distribution(List<List<String>> rows) {
        Map<String, Integer> levels = new TreeMap<>();
        Map<String, Integer> departments = new LinkedHashMap<>();
        Map<String, Integer> fees = new TreeMap<>();
        Map<String, Integer> decisions = new TreeMap<>();
        int complex = 0;
        int coordinating = 0;
        for (List<String> row : rows) {
            levels.merge(row.get(Column.LEVEL.ordinal()), 1, Integer::sum);
            String agency = row.get(Column.AGENCY.ordinal());
            String department = agency.endsWith(")") ? agency.substring(agency.lastIndexOf('(') + 1, agency.length() - 1) : agency;
            departments.merge(department, 1, Integer::sum);
            String fee = row.get(Column.FEE.ordinal());
            String body = fee.startsWith(PAID_WITH_RESULT) ? fee.substring(PAID_WITH_RESULT.length()) : fee;
            String kind = ProcedureRows.parseFee(body).kind().name() + (body.contains("\n") ? " (bảng)" : "");
            fees.merge(kind + (fee.startsWith(PAID_WITH_RESULT) ? ", nộp khi nhận kết quả" : ""), 1, Integer::sum);
            decisions.merge(row.get(Column.DECISION.ordinal()).isEmpty() ? "(không)" : row.get(Column.DECISION.ordinal()), 1,
                    Integer::sum);
            complex += row.get(Column.LIMIT_COMPLEX.ordinal()).isEmpty() ? 0 : 1;
            coordinating += row.get(Column.COORDINATING.ordinal()).isEmpty() ? 0 : 1;
        }
        StringBuilder out = new StringBuilder(rows.size() + " thủ tục\ncấp: " + levels + "\n");
        departments.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                .forEach(entry -> out.append("  ").append(entry.getValue()).append(' ').append(entry.getKey()).append('\n'));
        return out.append("phí: ").append(fees).append("\nthời hạn phức tạp: ").append(complex)
                .append("\ncơ quan phối hợp: ").append(coordinating).append("\nquyết định: ").append(decisions).toString();
    }

    // ---- the researched rows ----

    /** The rows of sample-catalog.csv in the new columns, the demo procedures with the values of procedures.yaml. */
    private static List<String[]> researchedRows() {
        Map<String, Procedure> demo = new HashMap<>();
        try (InputStream in = Files.newInputStream(DEMO_CATALOG)) {
            for (Procedure procedure : CatalogFile.read(in).procedures()) {
                demo.merge(procedure.code(), procedure, (a, b) -> a.version() >= b.version() ? a : b);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String[]> rows = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(Files.readString(ProcedureRowsTest.SAMPLE_CSV)),
                FORMAT.builder().setHeader().setSkipHeaderRecord(true).get())) {
            for (CSVRecord record : parser) {
                String[] row = emptyRow();
                set(row, Column.CODE, record.get("Mã thủ tục"));
                set(row, Column.NAME, record.get("Tên thủ tục"));
                set(row, Column.LEVEL, record.get("Cấp thực hiện"));
                set(row, Column.FIELD, record.get("Lĩnh vực"));
                set(row, Column.AGENCY, AGENCY_NAMES.getOrDefault(record.get("Cơ quan thực hiện"), record.get("Cơ quan thực hiện")));
                set(row, Column.LIMIT, record.get("Thời hạn trực tiếp"));
                set(row, Column.LIMIT_ONLINE, record.get("Thời hạn trực tuyến"));
                set(row, Column.LIMIT_POSTAL, record.get("Thời hạn bưu chính"));
                set(row, Column.FEE, record.get("Phí, lệ phí"));
                set(row, Column.DOCUMENTS, record.get("Thành phần hồ sơ"));
                set(row, Column.LEGAL_BASIS, record.get("Căn cứ pháp lý"));
                set(row, Column.ONLINE_LEVEL, record.get("Mức độ DVC"));
                set(row, Column.RESULT, record.get("Kết quả thực hiện"));
                set(row, Column.PROCESS, record.get("Quy trình"));
                set(row, Column.VERIFICATION, record.get("Cần xác minh"));
                set(row, Column.CONFIDENCE, record.get("Độ tin cậy"));
                Procedure procedure = demo.get(record.get("Mã thủ tục"));
                if (procedure != null) {
                    asInCatalog(row, procedure);
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return rows;
    }

    /** The values of the demo catalog; a time limit that already reads the same keeps its wording. */
    private static void asInCatalog(String[] row, Procedure procedure) {
        set(row, Column.NAME, procedure.name());
        set(row, Column.FIELD, procedure.field());
        set(row, Column.LEVEL, procedure.level() == Procedure.Level.PROVINCE ? "Cấp tỉnh" : "Cấp xã");
        set(row, Column.AGENCY, procedure.implementingAgency());
        if (!procedure.limit().equals(ProcedureRows.parseLimit(row[Column.LIMIT.ordinal()]))) {
            set(row, Column.LIMIT, limitText(procedure.limit()));
        }
        set(row, Column.LIMIT_ONLINE, procedure.onlineLimit() == null ? "" : limitText(procedure.onlineLimit()));
        set(row, Column.LIMIT_POSTAL, procedure.postalLimit() == null ? "" : limitText(procedure.postalLimit()));
        Procedure.Fee fee = procedure.fee();
        set(row, Column.FEE, fee.note() != null ? fee.note() : fee.amount() == null ? "Miễn phí" : money(fee.amount()) + " đồng");
        set(row, Column.DOCUMENTS, procedure.requiredDocuments().stream().map(document -> document.name() + " | "
                + document.copies() + " | " + switch (document.form()) {
                    case ORIGINAL -> "bản chính";
                    case CERTIFIED_COPY -> "bản sao chứng thực";
                    case COPY -> "bản sao";
                }).collect(Collectors.joining("\n")));
        set(row, Column.LEGAL_BASIS, nullToEmpty(procedure.legalBasis()));
        set(row, Column.ONLINE_LEVEL, switch (procedure.onlineLevel()) {
            case FULL -> "Toàn trình";
            case PARTIAL -> "Một phần";
            case NONE -> "Không";
        });
        set(row, Column.RESULT, nullToEmpty(procedure.result()));
        set(row, Column.VERIFICATION, nullToEmpty(procedure.verification()));
    }

    private static String limitText(LegalLimit limit) {
        String text;
        if (limit.sameDay()) {
            text = "Trong ngày" + (limit.cutOff() == null ? "" : "; sau " + limit.cutOff() + " trả trong ngày làm việc tiếp theo");
        } else if (limit.workingHours() != null) {
            text = limit.workingHours() + " giờ làm việc";
        } else {
            text = days(limit.workingDays());
        }
        return limit.extendedWorkingDays() == null ? text
                : text + "; trường hợp phức tạp không quá " + days(limit.extendedWorkingDays());
    }

    // ---- the vocabulary ----

    private enum Kind { G, C, T, N, D, X }

    private record Item(Kind kind, String text) {
    }

    private record Field(String name, String legalBasis, String applicant, String subUnit, List<String> documents,
                         List<String> declarations, List<Item> items) {
    }

    private record Department(String name, List<Field> fields) {

        boolean commune() {
            return name.equals(COMMUNE);
        }
    }

    private static List<Department> vocabulary() {
        Map<String, Department> departments = new LinkedHashMap<>();
        Department department = null;
        Field field = null;
        try (InputStream in = SampleCatalog.class.getResourceAsStream(VOCABULARY)) {
            if (in == null) {
                throw new IllegalStateException(VOCABULARY + " is not on the classpath");
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("# ") || line.equals("#")) {
                    continue;
                }
                if (line.startsWith("= ")) {
                    department = departments.computeIfAbsent(line.substring(2).trim(), name -> new Department(name, new ArrayList<>()));
                    field = null;
                } else if (line.startsWith("## ")) {
                    String[] parts = line.substring(3).split("\\|");
                    String name = parts[0].trim();
                    Department current = department;
                    field = current.fields().stream().filter(f -> f.name().equals(name)).findFirst().orElseGet(() -> {
                        Field created = new Field(name, parts[1].trim(), parts[2].trim(),
                                parts.length > 3 ? parts[3].trim() : null, new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                        current.fields().add(created);
                        return created;
                    });
                } else if (line.startsWith("+ ")) {
                    field.documents().add(line.substring(2).trim());
                } else if (line.startsWith("? ")) {
                    field.declarations().add(line.substring(2).trim());
                } else {
                    field.items().add(new Item(Kind.valueOf(line.substring(0, 1)), line.substring(2).trim()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(departments.values());
    }

    // ---- synthetic rows ----

    /** A procedure name the vocabulary can build, with what it was built from (its sort key too). */
    private record Candidate(int department, int field, int item, int action, int variant, String name) {
    }

    private static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::department)
            .thenComparingInt(Candidate::field).thenComparingInt(Candidate::item).thenComparingInt(Candidate::variant)
            .thenComparingInt(Candidate::action);

    private static List<String[]> syntheticRows(List<Department> departments, int province, int commune,
                                                Set<String> names, boolean futureDates) {
        List<List<Candidate>> pools = new ArrayList<>();
        Map<Integer, Integer> quotas = new HashMap<>();
        List<Integer> provinceDepartments = new ArrayList<>();
        for (int d = 0; d < departments.size(); d++) {
            pools.add(candidates(departments, d));
            if (departments.get(d).commune()) {
                quotas.put(d, commune);
            } else {
                provinceDepartments.add(d);
            }
        }
        quotas.putAll(shares(provinceDepartments, province, d -> WEIGHTS.get(departments.get(d).name())));
        List<Candidate> chosen = new ArrayList<>();
        int missing = 0;
        Map<Integer, List<Candidate>> left = new HashMap<>();
        for (int d = 0; d < departments.size(); d++) {
            List<Candidate> pool = pools.get(d);
            int quota = quotas.get(d);
            List<Candidate> rest = new ArrayList<>();
            for (Candidate candidate : pool) {
                if (quota > 0 && names.add(nameKey(candidate.name()))) {
                    chosen.add(candidate);
                    quota--;
                } else if (quota == 0 && !names.contains(nameKey(candidate.name()))) {
                    rest.add(candidate);
                }
            }
            missing += quota;
            left.put(d, rest);
        }
        // a department whose vocabulary is exhausted leaves its rows to the largest province departments
        List<Integer> byWeight = provinceDepartments.stream()
                .sorted(Comparator.comparingInt(d -> -WEIGHTS.get(departments.get(d).name()))).toList();
        for (int d : byWeight) {
            for (Candidate candidate : left.get(d)) {
                if (missing > 0 && names.add(nameKey(candidate.name()))) {
                    chosen.add(candidate);
                    missing--;
                }
            }
        }
        if (missing > 0) {
            throw new IllegalArgumentException("the sample vocabulary builds only " + (province + commune - missing)
                    + " synthetic procedures; add words to " + VOCABULARY);
        }
        chosen.sort(ORDER);
        List<String[]> rows = new ArrayList<>();
        int provinceCodes = 0;
        int communeCodes = 0;
        for (int i = 0; i < chosen.size(); i++) {
            Candidate candidate = chosen.get(i);
            Department department = departments.get(candidate.department());
            String code = department.commune() ? String.format("2.%06d", 900001 + communeCodes++)
                    : String.format("1.%06d", 900001 + provinceCodes++);
            Decision decision = futureDates && i % 10 == 9 ? FUTURE_DECISIONS.get((i / 10) % FUTURE_DECISIONS.size())
                    : DECISIONS.get((candidate.department() * 5 + candidate.field() * 3) % DECISIONS.size());
            rows.add(row(department, candidate, code, decision, new Random(SEED * 31 + code.hashCode())));
        }
        return rows;
    }

    /** Largest-remainder shares of {@code total} by weight. */
    private static Map<Integer, Integer> shares(List<Integer> keys, int total, ToIntFunction<Integer> weight) {
        int sum = keys.stream().mapToInt(weight).sum();
        Map<Integer, Integer> shares = new HashMap<>();
        List<Integer> byRemainder = new ArrayList<>(keys);
        int given = 0;
        for (int key : keys) {
            int share = (int) ((long) total * weight.applyAsInt(key) / sum);
            shares.put(key, share);
            given += share;
        }
        byRemainder.sort(Comparator.comparingLong(key -> -((long) total * weight.applyAsInt(key) % sum)));
        for (int i = 0; given < total; i++, given++) {
            shares.merge(byRemainder.get(i % byRemainder.size()), 1, Integer::sum);
        }
        return shares;
    }

    /** Every name the department's vocabulary builds: plain names in random order first, then their variants. */
    private static List<Candidate> candidates(List<Department> departments, int d) {
        Department department = departments.get(d);
        List<Candidate> plain = new ArrayList<>();
        List<Candidate> variants = new ArrayList<>();
        for (int f = 0; f < department.fields().size(); f++) {
            Field field = department.fields().get(f);
            for (int i = 0; i < field.items().size(); i++) {
                Item item = field.items().get(i);
                List<String> actions = actions(item.kind());
                List<String> suffixes = suffixes(department, field, item);
                for (int a = 0; a < actions.size(); a++) {
                    String name = item.kind() == Kind.X ? item.text() : actions.get(a) + " " + item.text();
                    plain.add(new Candidate(d, f, i, a, 0, name));
                    for (int v = 0; v < suffixes.size(); v++) {
                        variants.add(new Candidate(d, f, i, a, v + 1, name + suffixes.get(v)));
                    }
                }
            }
        }
        Random random = new Random(SEED + d);
        Collections.shuffle(plain, random);
        Collections.shuffle(variants, random);
        plain.addAll(variants);
        return plain;
    }

    private static List<String> actions(Kind kind) {
        return switch (kind) {
            case G -> List.of("Cấp", "Cấp lại", "Gia hạn", "Điều chỉnh", "Thu hồi");
            case C -> List.of("Cấp", "Cấp lại", "Điều chỉnh nội dung", "Thu hồi");
            case T -> List.of("Thẩm định", "Thẩm định điều chỉnh", "Phê duyệt");
            case N -> List.of("Công nhận", "Công nhận lại", "Thu hồi quyết định công nhận");
            case D -> List.of("Đăng ký", "Thay đổi nội dung đăng ký", "Xóa đăng ký");
            case X -> List.of("");
        };
    }

    /** Variants of a name, used only when the plain names run out: by applicant, or by competence. */
    private static List<String> suffixes(Department department, Field field, Item item) {
        if (item.kind() == Kind.X || item.kind() == Kind.N) {
            return List.of();
        }
        List<String> suffixes = new ArrayList<>();
        boolean personal = item.text().startsWith("chứng chỉ") || item.text().startsWith("thẻ")
                || item.text().startsWith("giấy phép hành nghề") || item.text().startsWith("giấy phép lái xe");
        if (field.applicant().equals("Cá nhân, tổ chức") && !personal && item.kind() != Kind.T
                && !item.text().contains("đối với")) {
            suffixes.add(" đối với tổ chức");
            suffixes.add(department.commune() ? " đối với hộ gia đình, cá nhân" : " đối với cá nhân");
        }
        suffixes.add(department.commune() ? " thuộc thẩm quyền của Ủy ban nhân dân cấp xã"
                : " thuộc thẩm quyền của Ủy ban nhân dân tỉnh");
        return suffixes;
    }

    private static final String PAID_WITH_RESULT = "Nộp khi nhận kết quả. ";
    private static final String SAME_DAY = "Trong ngày; sau 15:00 trả trong ngày làm việc tiếp theo";
    /** Counter time limits and their weights: province, then commune. */
    private static final Object[] PROVINCE_LIMITS = {"8 giờ làm việc", 3, SAME_DAY, 3, 3, 8, 5, 15, 7, 10, 10, 18,
            12, 5, 15, 17, 20, 11, 25, 3, 30, 6, 45, 1};
    private static final Object[] COMMUNE_LIMITS = {SAME_DAY, 18, "8 giờ làm việc", 4, 1, 5, 2, 7, 3, 18, 5, 18,
            7, 7, 10, 10, 15, 8, 20, 4, 30, 1};

    private static String[] row(Department department, Candidate candidate, String code, Decision decision, Random random) {
        Field field = department.fields().get(candidate.field());
        Item item = field.items().get(candidate.item());
        String action = actions(item.kind()).get(candidate.action());
        boolean commune = department.commune();
        String[] row = emptyRow();
        set(row, Column.CODE, code);
        set(row, Column.NAME, candidate.name());
        set(row, Column.LEVEL, commune ? "Cấp xã" : "Cấp tỉnh");
        set(row, Column.FIELD, field.name());
        String agency = commune ? COMMUNE : field.subUnit() != null && random.nextInt(10) < 6
                ? field.subUnit() + " (" + department.name() + ")" : department.name();
        set(row, Column.AGENCY, agency);
        set(row, Column.COMPETENT, competent(department, item, candidate.name(), random));
        List<String> coordinating = new ArrayList<>();
        if (!commune && random.nextInt(100) < 5) {
            List<String> others = new ArrayList<>(DEPARTMENTS);
            others.remove(department.name());
            Collections.shuffle(others, random);
            coordinating.addAll(others.subList(0, 1 + random.nextInt(3)));
        }
        set(row, Column.COORDINATING, String.join("; ", coordinating));
        Object limit = pick(commune ? COMMUNE_LIMITS : PROVINCE_LIMITS, random);
        set(row, Column.LIMIT, limit instanceof Integer days ? days(days) : (String) limit);
        if (limit instanceof Integer days && days >= 3 && random.nextInt(100) < 12) {
            set(row, Column.LIMIT_ONLINE, days(days - (days >= 10 ? 2 : 1)));
        }
        if (limit instanceof Integer days && days >= 5 && random.nextInt(100) < 4) {
            set(row, Column.LIMIT_POSTAL, days(days - 1));
        }
        if (random.nextInt(100) < 10) {
            int base = limit instanceof Integer days ? days : 0;
            int[] longer = base == 0 ? new int[] {3, 5} : new int[] {base + 5, base * 2, 30};
            int complex = longer[random.nextInt(longer.length)];
            set(row, Column.LIMIT_COMPLEX, days(Math.max(complex, base + 5)));
        }
        set(row, Column.FEE, fee(commune, item, random));
        set(row, Column.DOCUMENTS, String.join("\n", documents(field, item, action, random)));
        if (random.nextInt(100) < 40) {
            List<String> pool = field.declarations().isEmpty() ? List.of("Họ và tên người đề nghị | văn bản",
                    "Số định danh cá nhân | văn bản", "Địa chỉ liên hệ | văn bản", "Ngày đề nghị | ngày") : field.declarations();
            set(row, Column.DECLARATION, String.join("\n", subset(pool, 1 + random.nextInt(Math.min(4, pool.size())), random)));
        }
        String onlineLevel = pickText(random, "Toàn trình", 35, "Một phần", 50, "Không", 15);
        set(row, Column.ONLINE_LEVEL, onlineLevel);
        set(row, Column.STEPS, steps(commune, field.applicant(), agency, coordinating, !onlineLevel.equals("Không")));
        set(row, Column.LEGAL_BASIS, field.legalBasis());
        set(row, Column.DECISION, decision.number());
        set(row, Column.DECISION_DATE, decision.issued().format(DATE));
        set(row, Column.EFFECTIVE, decision.effective().format(DATE));
        set(row, Column.APPLICANT, field.applicant());
        set(row, Column.RESULT, result(field, item, action, candidate.name()));
        set(row, Column.VERIFICATION, "toàn bộ (số liệu mẫu)");
        set(row, Column.CONFIDENCE, "Mẫu");
        return row;
    }

    private static String competent(Department department, Item item, String name, Random random) {
        int dice = random.nextInt(100);
        if (dice < 10) {
            return "";
        }
        if (department.commune()) {
            return dice < 75 ? "Chủ tịch " + COMMUNE : COMMUNE;
        }
        boolean provincial = item.kind() == Kind.T || item.kind() == Kind.N || name.contains("Ủy ban nhân dân tỉnh")
                || name.contains("chủ trương");
        return provincial && dice < 80 || dice < 25 ? "Ủy ban nhân dân tỉnh" : department.name();
    }

    private static String fee(boolean commune, Item item, Random random) {
        int dice = random.nextInt(100);
        if (dice < 55) {
            return dice % 2 == 0 ? "Miễn phí" : "Không thu";
        }
        String unit = switch (item.kind()) {
            case G -> "giấy phép";
            case C -> item.text().startsWith("chứng chỉ") ? "chứng chỉ" : item.text().startsWith("thẻ") ? "thẻ"
                    : item.text().startsWith("giấy phép") ? "giấy phép" : "giấy chứng nhận";
            case T -> "lần thẩm định";
            default -> "hồ sơ";
        };
        long[] amounts = commune ? new long[] {20_000, 30_000, 50_000, 100_000, 150_000, 200_000}
                : switch (item.kind()) {
                    case T -> new long[] {500_000, 1_000_000, 1_500_000, 2_000_000, 3_000_000, 5_000_000};
                    case G -> new long[] {100_000, 150_000, 200_000, 300_000, 500_000, 1_000_000};
                    case C -> new long[] {50_000, 100_000, 150_000, 200_000, 300_000, 500_000};
                    default -> new long[] {20_000, 50_000, 100_000, 200_000};
                };
        long amount = amounts[random.nextInt(amounts.length)];
        String label = item.kind() == Kind.T ? "Phí thẩm định" : "Lệ phí";
        String text;
        if (dice < 85) {
            text = label + ": " + money(amount) + " đồng/" + unit;
        } else {
            // several amounts, one a line: by applicant, by case or by size (appraisals: by project group)
            String[][] tables = {{"Cá nhân", "Tổ chức"}, {"Cấp mới", "Cấp lại, điều chỉnh"},
                    {"Cơ sở quy mô nhỏ", "Cơ sở quy mô vừa", "Cơ sở quy mô lớn"},
                    {"Dự án nhóm C", "Dự án nhóm B", "Dự án nhóm A"}};
            long[][] halves = {{2, 4}, {2, 1}, {2, 4, 8}, {2, 4, 6}};
            int t = switch (item.kind()) {
                case T -> 3;
                case G, C -> random.nextInt(3);
                default -> random.nextBoolean() ? 0 : 2;
            };
            List<String> lines = new ArrayList<>();
            for (int i = 0; i < tables[t].length; i++) {
                lines.add(tables[t][i] + ": " + money(amount * halves[t][i] / 2) + " đồng/" + unit);
            }
            text = String.join("\n", lines);
        }
        return random.nextInt(4) == 0 ? PAID_WITH_RESULT + text : text;
    }

    private static List<String> documents(Field field, Item item, String action, Random random) {
        List<String> documents = new ArrayList<>();
        String object = item.text();
        switch (item.kind()) {
            case G, C -> {
                switch (action) {
                    case "Cấp" -> documents.add("Đơn đề nghị cấp " + object + " | 1 | bản chính | Mẫu số 01");
                    case "Cấp lại" -> {
                        documents.add("Đơn đề nghị cấp lại " + object + " | 1 | bản chính | Mẫu số 02");
                        documents.add(capitalized(object) + " đã được cấp (trường hợp bị hư hỏng) | 1 | bản chính");
                    }
                    case "Gia hạn" -> {
                        documents.add("Đơn đề nghị gia hạn " + object + " | 1 | bản chính | Mẫu số 03");
                        documents.add(capitalized(object) + " đang còn hiệu lực | 1 | bản sao");
                    }
                    case "Thu hồi" -> {
                        documents.add("Văn bản đề nghị thu hồi " + object + " | 1 | bản chính");
                        documents.add(capitalized(object) + " đã được cấp | 1 | bản chính");
                    }
                    default -> {
                        documents.add("Đơn đề nghị điều chỉnh " + object + " | 1 | bản chính | Mẫu số 04");
                        documents.add("Tài liệu chứng minh nội dung đề nghị điều chỉnh | 1 | bản sao");
                    }
                }
            }
            case T -> {
                documents.add("Tờ trình đề nghị " + action.toLowerCase(Locale.ROOT) + " " + object + " | 1 | bản chính | Mẫu số 01");
                documents.add(capitalized(object) + " | 2 | bản chính");
            }
            case N -> {
                documents.add("Văn bản đề nghị công nhận " + object + " | 1 | bản chính | Mẫu số 01");
                documents.add("Báo cáo tự đánh giá | 1 | bản chính");
            }
            case D -> documents.add("Đơn " + lowerFirst(action) + " " + object + " | 1 | bản chính | Mẫu số 0" + (1 + actions(Kind.D).indexOf(action)));
            case X -> documents.add((field.applicant().startsWith("Công dân") || field.applicant().equals("Cá nhân")
                    ? "Tờ khai đề nghị " : "Văn bản đề nghị ") + lowerFirst(object) + " | 1 | bản chính | Mẫu số 01");
        }
        if (!action.equals("Thu hồi")) {
            int extra = Math.min(field.documents().size(), random.nextInt(4));
            documents.addAll(subset(field.documents(), extra, random));
        }
        if (documents.size() < 6 && random.nextInt(100) < 25 && documents.stream().noneMatch(d -> d.contains("Căn cước"))) {
            documents.add("Bản chụp Căn cước hoặc hộ chiếu của người đề nghị | 1 | bản sao");
        }
        return documents.subList(0, Math.min(6, documents.size()));
    }

    private static String steps(boolean commune, String applicant, String agency, List<String> coordinating, boolean online) {
        String center = commune ? "Trung tâm Phục vụ hành chính công cấp xã" : "Trung tâm Phục vụ hành chính công tỉnh";
        return "Bước 1: " + applicant + " nộp hồ sơ " + (online ? "tại " + center
                + ", qua dịch vụ bưu chính hoặc trực tuyến trên Cổng Dịch vụ công quốc gia."
                : "trực tiếp tại " + center + " hoặc qua dịch vụ bưu chính.")
                + "\nBước 2: " + agency + " kiểm tra, thẩm định hồ sơ"
                + (coordinating.isEmpty() ? "" : ", lấy ý kiến lần lượt của " + String.join(", ", coordinating))
                + "; hồ sơ chưa đầy đủ thì hướng dẫn bổ sung một lần."
                + "\nBước 3: Trả kết quả tại nơi nộp hồ sơ, qua dịch vụ bưu chính hoặc trên Cổng Dịch vụ công.";
    }

    private static String result(Field field, Item item, String action, String name) {
        String object = item.text();
        return switch (item.kind()) {
            case G, C -> action.equals("Thu hồi") ? "Quyết định thu hồi " + object : capitalized(object);
            case T -> action.equals("Phê duyệt") ? "Quyết định phê duyệt " + object
                    : "Văn bản thông báo kết quả thẩm định " + object;
            case N -> "Quyết định " + lowerFirst(action) + " " + object;
            case D -> action.equals("Đăng ký") ? "Giấy xác nhận đăng ký " + object
                    : "Văn bản xác nhận " + lowerFirst(action) + " " + object;
            case X -> resultOf(field, name);
        };
    }

    private static String resultOf(Field field, String name) {
        if (field.name().equals("Hộ tịch")) {
            return "Trích lục hộ tịch";
        }
        if (field.name().equals("Chứng thực")) {
            return "Văn bản được chứng thực";
        }
        if (name.startsWith("Cấp ")) {
            return capitalized(name.substring(4));
        }
        if (name.startsWith("Đăng ký") && field.name().contains("doanh nghiệp")) {
            return "Giấy chứng nhận đăng ký doanh nghiệp";
        }
        if (name.startsWith("Đăng ký") && field.name().contains("hợp tác xã")) {
            return "Giấy chứng nhận đăng ký hợp tác xã";
        }
        if (name.startsWith("Thông báo") || name.startsWith("Tiếp nhận")) {
            return "Văn bản xác nhận đã tiếp nhận";
        }
        if (name.startsWith("Xác nhận") || name.startsWith("Đăng ký") || name.startsWith("Cung cấp")) {
            return "Văn bản xác nhận của cơ quan có thẩm quyền";
        }
        return "Quyết định " + lowerFirst(name);
    }

    // ---- small pieces ----

    /** Names differing only in case ("Giấy chứng nhận" / "giấy chứng nhận") are the same name. */
    static String nameKey(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static String[] emptyRow() {
        String[] row = new String[Column.values().length];
        Arrays.fill(row, "");
        return row;
    }

    private static void set(String[] row, Column column, String value) {
        row[column.ordinal()] = value;
    }

    private static String days(int days) {
        return String.format("%02d ngày làm việc", days);
    }

    /** 1500000 → 1.500.000, as amounts are written in Vietnamese. */
    private static String money(long amount) {
        return String.format(Locale.ROOT, "%,d", amount).replace(',', '.');
    }

    private static String capitalized(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String lowerFirst(String text) {
        return Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** {@code count} elements of the list in their order. */
    private static List<String> subset(List<String> list, int count, Random random) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            indexes.add(i);
        }
        Collections.shuffle(indexes, random);
        return indexes.subList(0, count).stream().sorted().map(list::get).toList();
    }

    /** A value of alternating value/weight pairs, drawn by weight. */
    private static Object pick(Object[] weighted, Random random) {
        int total = 0;
        for (int i = 1; i < weighted.length; i += 2) {
            total += (Integer) weighted[i];
        }
        int dice = random.nextInt(total);
        for (int i = 0; i < weighted.length; i += 2) {
            dice -= (Integer) weighted[i + 1];
            if (dice < 0) {
                return weighted[i];
            }
        }
        throw new IllegalStateException("unreachable");
    }

    private static String pickText(Random random, Object... weighted) {
        return (String) pick(weighted, random);
    }
}
