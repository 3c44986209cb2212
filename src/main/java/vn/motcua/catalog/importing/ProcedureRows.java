package vn.motcua.catalog.importing;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import vn.motcua.catalog.Procedure.Decision;
import vn.motcua.catalog.Procedure.DeclarationField;
import vn.motcua.catalog.Procedure.DocumentForm;
import vn.motcua.catalog.Procedure.Fee;
import vn.motcua.catalog.Procedure.FeeKind;
import vn.motcua.catalog.Procedure.FeeLine;
import vn.motcua.catalog.Procedure.FieldType;
import vn.motcua.catalog.Procedure.LegalLimit;
import vn.motcua.catalog.Procedure.Level;
import vn.motcua.catalog.Procedure.OnlineLevel;
import vn.motcua.catalog.Procedure.PayWhen;
import vn.motcua.catalog.Procedure.RecordDetails;
import vn.motcua.catalog.Procedure.RequiredDocument;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.importing.CatalogSheet.SheetRow;
import vn.motcua.files.UploadedTable;

/**
 * Turns the rows of a catalog export into procedures, collecting every problem of every row
 * rather than stopping at the first. The value formats are documented in docs/catalog-import.md.
 */
final class ProcedureRows {

    /** A national code (1.001193, 2.000815.000.00.00.H38) or a local variant (1.012753.H19). */
    private static final Pattern CODE = Pattern.compile("\\d\\.\\d{6}(\\.[0-9A-Za-z]+)*");
    private static final Pattern AMOUNT = Pattern.compile("(\\d{1,3}(?:\\.\\d{3})+|\\d+)\\s*(?:đồng|đ|vnđ|VNĐ|VND)");
    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ngày|giờ)");
    private static final Pattern CUT_OFF = Pattern.compile("(\\d{1,2})\\s*(?:h|giờ|:)\\s*(\\d{2})?");
    private static final Pattern COPIES = Pattern.compile("\\d+");
    private static final Pattern PAID_AT_RESULT = Pattern.compile("^\\s*nộp (?:(?:phí, lệ phí|lệ phí|phí) )?khi nhận kết quả[.:;,]?\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final List<DateTimeFormatter> DATES = List.of(
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT),
            DateTimeFormatter.ofPattern("uuuu-MM-dd").withResolverStyle(ResolverStyle.STRICT));

    /**
     * A row read as a procedure (version and dates left to the import), or its problems.
     *
     * @param effectiveFrom the row's own effective date (Ngày hiệu lực), or {@code null} for the import's
     */
    record Parsed(int row, Procedure procedure, boolean explicitProcessKey, LocalDate effectiveFrom) {
    }

    private final List<Parsed> procedures = new ArrayList<>();
    private final List<RowProblem> problems = new ArrayList<>();
    private final Map<String, Integer> rowOfCode = new HashMap<>();
    private int invalidRows;

    static ProcedureRows of(CatalogSheet sheet) {
        ProcedureRows rows = new ProcedureRows();
        String groupField = null;
        Level groupLevel = null;
        for (SheetRow row : sheet.rows()) {
            String heading = headingOf(row);
            if (heading != null) {
                String key = UploadedTable.plainKey(heading);
                if (key.contains("captinh")) {
                    groupLevel = Level.PROVINCE;
                } else if (key.contains("capxa")) {
                    groupLevel = Level.COMMUNE;
                } else {
                    groupField = heading.replaceFirst("^([IVXLC]+|[A-Z]|\\d+)[.)]\\s*", "").trim();
                }
                continue;
            }
            rows.parse(row, groupField, groupLevel);
        }
        return rows;
    }

    List<Parsed> procedures() {
        return procedures;
    }

    List<RowProblem> problems() {
        return problems;
    }

    int invalidRows() {
        return invalidRows;
    }

    /** A group row ("Lĩnh vực Hộ tịch", "A. Thủ tục cấp tỉnh"): no code, one text, possibly merged across the row. */
    private static String headingOf(SheetRow row) {
        List<String> values = new ArrayList<>(row.cells().values());
        values.addAll(row.otherCells());
        if (values.stream().distinct().count() != 1) {
            return null;
        }
        String value = values.get(0);
        return CODE.matcher(value).matches() ? null : value;
    }

    private void parse(SheetRow row, String groupField, Level groupLevel) {
        int before = problems.size();
        String code = row.cell(CatalogColumn.CODE);
        if (code.isEmpty()) {
            problem(row, CatalogColumn.CODE, "Thiếu mã thủ tục.");
        } else if (!CODE.matcher(code).matches()) {
            problem(row, CatalogColumn.CODE, "Mã thủ tục \"" + code + "\" không đúng dạng (ví dụ 1.001193 hoặc 1.012753.H19).");
        } else if (rowOfCode.containsKey(code)) {
            problem(row, CatalogColumn.CODE, "Mã thủ tục " + code + " trùng với dòng " + rowOfCode.get(code) + ".");
        } else {
            rowOfCode.put(code, row.number());
        }
        String name = required(row, CatalogColumn.NAME, "Thiếu tên thủ tục.");
        String field = row.cell(CatalogColumn.FIELD).isEmpty() && groupField != null ? groupField
                : required(row, CatalogColumn.FIELD, "Thiếu lĩnh vực.");
        Level level = row.cell(CatalogColumn.LEVEL).isEmpty() && groupLevel != null ? groupLevel : level(row);
        String agency = required(row, CatalogColumn.AGENCY, "Thiếu cơ quan thực hiện.");
        LegalLimit counter = complexCase(row, limit(row, CatalogColumn.LIMIT_COUNTER, true));
        LegalLimit online = limit(row, CatalogColumn.LIMIT_ONLINE, false);
        LegalLimit postal = limit(row, CatalogColumn.LIMIT_POSTAL, false);
        Fee fee = fee(row);
        OnlineLevel onlineLevel = onlineLevel(row);
        List<RequiredDocument> documents = documents(row);
        RecordDetails details = details(row);
        LocalDate effectiveFrom = date(row, CatalogColumn.EFFECTIVE_DATE);
        if (details != null && details.decision() != null && details.decision().issuedOn() != null
                && effectiveFrom != null && effectiveFrom.isBefore(details.decision().issuedOn())) {
            problem(row, CatalogColumn.EFFECTIVE_DATE, "Ngày hiệu lực " + row.cell(CatalogColumn.EFFECTIVE_DATE)
                    + " trước ngày ban hành quyết định " + row.cell(CatalogColumn.DECISION_DATE) + ".");
        }
        if (problems.size() > before) {
            invalidRows++;
            return;
        }
        String processKey = row.cell(CatalogColumn.PROCESS_KEY);
        procedures.add(new Parsed(row.number(), new Procedure(code, 0, name, field, level, counter, fee, onlineLevel,
                agency, blankToNull(row.cell(CatalogColumn.RESULT)), blankToNull(row.cell(CatalogColumn.LEGAL_BASIS)),
                blankToNull(processKey), null, null, documents, same(online, counter), same(postal, counter),
                blankToNull(row.cell(CatalogColumn.VERIFICATION)), details), !processKey.isEmpty(), effectiveFrom));
    }

    /**
     * Refuses the rows a check finds problems with (checks that need the catalog or the organization): they leave
     * the procedures and count as invalid.
     */
    void refuse(Function<Parsed, List<RowProblem>> check) {
        List<Parsed> kept = new ArrayList<>();
        for (Parsed parsed : procedures) {
            List<RowProblem> found = check.apply(parsed);
            if (found.isEmpty()) {
                kept.add(parsed);
            } else {
                problems.addAll(found);
                invalidRows++;
            }
        }
        procedures.clear();
        procedures.addAll(kept);
    }

    /** The complex-case limit of its own column, if the file has one: a number of working days above the limit. */
    private LegalLimit complexCase(SheetRow row, LegalLimit counter) {
        String text = row.cell(CatalogColumn.LIMIT_COMPLEX);
        if (text.isEmpty() || counter == null) {
            return counter;
        }
        LegalLimit complex = parseLimit(text);
        int normalDays = counter.sameDay() ? 0 : counter.workingDays() != null ? counter.workingDays()
                : (counter.workingHours() + 7) / 8;
        if (complex == null || complex.workingDays() == null || complex.workingDays() <= normalDays) {
            problem(row, CatalogColumn.LIMIT_COMPLEX, "Thời hạn trường hợp phức tạp \"" + text + "\" phải là số ngày làm "
                    + "việc dài hơn thời hạn giải quyết, ví dụ \"30 ngày làm việc\".");
            return counter;
        }
        return new LegalLimit(counter.workingDays(), counter.workingHours(), counter.sameDay(), counter.cutOff(),
                complex.workingDays());
    }

    /** The record's further fields, or {@code null} when the file gives none of them. */
    private RecordDetails details(SheetRow row) {
        String competent = row.cell(CatalogColumn.COMPETENT_AGENCY);
        List<String> coordinating = Arrays.stream(row.cell(CatalogColumn.COORDINATING_AGENCIES).split("[;\\n]"))
                .map(String::strip).filter(agency -> !agency.isEmpty()).toList();
        String subjects = row.cell(CatalogColumn.SUBJECTS);
        String steps = row.cell(CatalogColumn.STEPS);
        List<DeclarationField> fields = declarationFields(row);
        String number = row.cell(CatalogColumn.DECISION_NUMBER);
        LocalDate issued = date(row, CatalogColumn.DECISION_DATE);
        Decision decision = number.isEmpty() && issued == null ? null : new Decision(blankToNull(number), issued);
        if (competent.isEmpty() && coordinating.isEmpty() && subjects.isEmpty() && steps.isEmpty() && fields.isEmpty()
                && decision == null) {
            return null;
        }
        return new RecordDetails(blankToNull(competent), coordinating, blankToNull(subjects), blankToNull(steps),
                fields, decision);
    }

    /** One field a line: "Nhãn | văn bản / số / ngày" (văn bản when not given). */
    private List<DeclarationField> declarationFields(SheetRow row) {
        List<DeclarationField> fields = new ArrayList<>();
        for (String line : row.cell(CatalogColumn.DECLARATION_FIELDS).split("\\r?\\n")) {
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("\\|");
            String label = parts[0].strip();
            String type = parts.length > 1 ? UploadedTable.plainKey(parts[1]) : "vanban";
            FieldType fieldType = switch (type) {
                case "vanban", "chu", "" -> FieldType.TEXT;
                case "so" -> FieldType.NUMBER;
                case "ngay" -> FieldType.DATE;
                default -> null;
            };
            if (label.isEmpty() || fieldType == null) {
                problem(row, CatalogColumn.DECLARATION_FIELDS, "Trường thông tin \"" + line.strip()
                        + "\" phải ghi \"Nhãn | văn bản\", \"Nhãn | số\" hoặc \"Nhãn | ngày\".");
                continue;
            }
            fields.add(new DeclarationField(label, fieldType));
        }
        return fields;
    }

    private LocalDate date(SheetRow row, CatalogColumn column) {
        String text = row.cell(column);
        if (text.isEmpty()) {
            return null;
        }
        for (DateTimeFormatter format : DATES) {
            try {
                return LocalDate.parse(text.strip(), format);
            } catch (DateTimeParseException notThisFormat) {
                // try the next
            }
        }
        problem(row, column, "Ngày \"" + text + "\" không đọc được: ghi dạng 15/06/2026.");
        return null;
    }

    private String required(SheetRow row, CatalogColumn column, String message) {
        String value = row.cell(column);
        if (value.isEmpty()) {
            problem(row, column, message);
        }
        return value;
    }

    private Level level(SheetRow row) {
        String text = row.cell(CatalogColumn.LEVEL);
        String key = UploadedTable.plainKey(text);
        if (text.isEmpty()) {
            problem(row, CatalogColumn.LEVEL, "Thiếu cấp thực hiện (Cấp tỉnh hoặc Cấp xã).");
            return null;
        }
        if (key.equals("t") || key.endsWith("tinh")) {
            return Level.PROVINCE;
        }
        if (key.equals("x") || key.endsWith("xa") || key.endsWith("phuong") || key.endsWith("xaphuong")) {
            return Level.COMMUNE;
        }
        if (key.endsWith("huyen")) {
            problem(row, CatalogColumn.LEVEL, "Cấp huyện không còn từ ngày 01/07/2025: ghi Cấp tỉnh hoặc Cấp xã.");
        } else {
            problem(row, CatalogColumn.LEVEL, "Cấp thực hiện \"" + text + "\" không hợp lệ: ghi Cấp tỉnh hoặc Cấp xã.");
        }
        return null;
    }

    private LegalLimit limit(SheetRow row, CatalogColumn column, boolean required) {
        String text = row.cell(column);
        if (text.isEmpty()) {
            if (required) {
                problem(row, column, "Thiếu thời hạn giải quyết.");
            }
            return null;
        }
        LegalLimit limit = parseLimit(text);
        if (limit == null) {
            problem(row, column, "Thời hạn \"" + text + "\" không đọc được: ghi như \"Trong ngày; sau 15:00 trả ngày "
                    + "làm việc tiếp theo\", \"03 ngày làm việc\", \"8 giờ làm việc\" hoặc \"10 ngày làm việc; tối đa 15 ngày\".");
        }
        return limit;
    }

    /** The limit a text states, or {@code null} when it states none we can count with. */
    static LegalLimit parseLimit(String text) {
        String lower = text.toLowerCase();
        boolean sameDay = UploadedTable.plainKey(text).contains("trongngay");
        List<int[]> durations = new ArrayList<>();
        Matcher duration = DURATION.matcher(lower);
        while (duration.find()) {
            durations.add(new int[] {Integer.parseInt(duration.group(1)), duration.group(2).equals("giờ") ? 1 : 0});
        }
        if (sameDay) {
            LocalTime cutOff = null;
            int after = lower.indexOf("sau");
            if (after >= 0) {
                Matcher time = CUT_OFF.matcher(lower.substring(after));
                if (time.find()) {
                    int hour = Integer.parseInt(time.group(1));
                    int minute = time.group(2) == null ? 0 : Integer.parseInt(time.group(2));
                    if (hour > 23 || minute > 59) {
                        return null;
                    }
                    cutOff = LocalTime.of(hour, minute);
                }
            }
            Integer extended = durations.stream().filter(d -> d[1] == 0 && d[0] > 0).map(d -> d[0]).findFirst().orElse(null);
            return new LegalLimit(null, null, true, cutOff, extended);
        }
        if (durations.isEmpty() || durations.get(0)[0] <= 0) {
            return null;
        }
        int[] first = durations.get(0);
        Integer extended = durations.stream().skip(1).filter(d -> d[1] == 0 && d[0] > first[0]).map(d -> d[0])
                .findFirst().orElse(null);
        return first[1] == 1 ? new LegalLimit(null, first[0], false, null, extended)
                : new LegalLimit(first[0], null, false, null, extended);
    }

    private Fee fee(SheetRow row) {
        String text = row.cell(CatalogColumn.FEE);
        if (text.isEmpty()) {
            problem(row, CatalogColumn.FEE, "Thiếu phí, lệ phí: ghi \"Miễn phí\" nếu không thu.");
            return null;
        }
        return parseFee(text);
    }

    /**
     * Free; one fixed amount; a table of one amount a line ("Cá nhân: 100.000 đồng"), whose line applies to the
     * applicant is chosen at reception; or anything else as a rule to decide (a DMN decision of the process). The text
     * is kept as the note; a text starting "Nộp khi nhận kết quả" is paid before the result is returned.
     */
    static Fee parseFee(String text) {
        Matcher paidAtResult = PAID_AT_RESULT.matcher(text);
        PayWhen payWhen = paidAtResult.find() ? PayWhen.BEFORE_RESULT : PayWhen.BEFORE_HANDLING;
        String rule = payWhen == PayWhen.BEFORE_RESULT ? text.substring(paidAtResult.end()) : text;
        String key = UploadedTable.plainKey(rule);
        List<Long> amounts = amounts(rule);
        if (amounts.isEmpty() && (key.startsWith("mien") || key.startsWith("khong"))) {
            return new Fee(FeeKind.FREE, null, null, text);
        }
        if (amounts.size() == 1) {
            return new Fee(FeeKind.FIXED, amounts.get(0), null, text, payWhen);
        }
        List<FeeLine> table = new ArrayList<>();
        for (String line : rule.split("\\r?\\n")) {
            if (line.isBlank()) {
                continue;
            }
            List<Long> lineAmounts = amounts(line);
            if (lineAmounts.isEmpty()) {
                continue; // a heading such as "Theo nghị quyết của Hội đồng nhân dân tỉnh:"
            }
            if (lineAmounts.size() > 1) {
                return new Fee(FeeKind.DECISION, null, null, text, payWhen);
            }
            String description = line.contains(":") ? line.substring(0, line.indexOf(':')) : AMOUNT.matcher(line).replaceAll("");
            table.add(new FeeLine(description.strip().replaceFirst("^[-•+*]\\s*", ""), lineAmounts.get(0)));
        }
        return new Fee(FeeKind.DECISION, null, null, text, payWhen, table.size() > 1 ? table : null);
    }

    private static List<Long> amounts(String text) {
        List<Long> amounts = new ArrayList<>();
        Matcher amount = AMOUNT.matcher(text);
        while (amount.find()) {
            amounts.add(Long.parseLong(amount.group(1).replace(".", "")));
        }
        return amounts;
    }

    private OnlineLevel onlineLevel(SheetRow row) {
        String text = row.cell(CatalogColumn.ONLINE_LEVEL);
        String key = UploadedTable.plainKey(text);
        if (key.isEmpty() || key.startsWith("khong") || key.equals("mucdo2") || key.equals("mucdo1")) {
            return OnlineLevel.NONE;
        }
        if (key.contains("toantrinh") || key.equals("mucdo4")) {
            return OnlineLevel.FULL;
        }
        if (key.contains("motphan") || key.equals("mucdo3")) {
            return OnlineLevel.PARTIAL;
        }
        problem(row, CatalogColumn.ONLINE_LEVEL, "Mức độ DVC \"" + text + "\" không hợp lệ: ghi Toàn trình, Một phần hoặc Không.");
        return null;
    }

    /** One document a line: "Tên giấy tờ | số bản | bản chính / bản sao chứng thực / bản sao | mẫu đơn, tờ khai". */
    private List<RequiredDocument> documents(SheetRow row) {
        String text = row.cell(CatalogColumn.DOCUMENTS);
        List<RequiredDocument> documents = new ArrayList<>();
        int index = 0;
        for (String line : text.split("\\r?\\n")) {
            if (line.isBlank()) {
                continue;
            }
            index++;
            String[] parts = line.split("\\|");
            String name = parts[0].trim().replaceFirst("^[-•+*]\\s*", "");
            int copies = 1;
            if (parts.length > 1) {
                Matcher number = COPIES.matcher(parts[1]);
                if (!number.find() || Integer.parseInt(number.group()) < 1) {
                    problem(row, CatalogColumn.DOCUMENTS, "Số bản của giấy tờ \"" + name + "\" phải là số từ 1 trở lên.");
                    continue;
                }
                copies = Integer.parseInt(number.group());
            }
            DocumentForm form = DocumentForm.ORIGINAL;
            if (parts.length > 2) {
                String key = UploadedTable.plainKey(parts[2]);
                if (key.contains("chungthuc")) {
                    form = DocumentForm.CERTIFIED_COPY;
                } else if (key.contains("sao") || key.contains("chup")) {
                    form = DocumentForm.COPY;
                } else if (!key.contains("chinh")) {
                    problem(row, CatalogColumn.DOCUMENTS, "Hình thức của giấy tờ \"" + name
                            + "\" phải là bản chính, bản sao chứng thực hoặc bản sao.");
                    continue;
                }
            }
            String template = parts.length > 3 ? blankToNull(parts[3].strip()) : null;
            documents.add(new RequiredDocument("giay-to-" + index, name, copies, form, template));
        }
        return documents;
    }

    private void problem(SheetRow row, CatalogColumn column, String message) {
        problems.add(new RowProblem(row.number(), column.label(), message));
    }

    private static LegalLimit same(LegalLimit channel, LegalLimit counter) {
        return channel == null || channel.equals(counter) ? null : channel;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
