package vn.motcua.organization.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import vn.motcua.platform.web.InvalidRequestException;

/**
 * The rows of an organization file (CSV, or the first sheet of an XLSX workbook) under their columns, read as the
 * catalog import reads its files: title lines above the header are skipped (the header is the first line naming at
 * least {@link #HEADER_COLUMNS} known columns), CSV is UTF-8 with or without BOM and with {@code ;}, {@code ,} or tab
 * as separator, merged cells of a workbook repeat their value in every cell they cover.
 *
 * @param rows the non-blank data rows, numbered as the file shows them (CSV: record number; XLSX: row number)
 */
record ImportSheet<C extends Enum<C> & ImportColumn>(List<SheetRow<C>> rows) {

    static final int HEADER_COLUMNS = 3;

    /** One data row: its number in the file and its non-blank cells by column. */
    record SheetRow<C extends Enum<C>>(int number, Map<C, String> cells) {

        String cell(C column) {
            return cells.getOrDefault(column, "");
        }
    }

    enum Format {
        CSV, XLSX;

        /** The format of a file by its name: {@code .csv} or {@code .xlsx}, else a 400. */
        static Format of(String fileName) {
            String lower = fileName.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".csv")) {
                return CSV;
            }
            if (lower.endsWith(".xlsx")) {
                return XLSX;
            }
            throw new InvalidRequestException("Chỉ nhận tệp .csv (UTF-8) hoặc .xlsx; tệp \"" + fileName
                    + "\" không được hỗ trợ.");
        }
    }

    static <C extends Enum<C> & ImportColumn> ImportSheet<C> read(Format format, byte[] content, Class<C> type) {
        List<List<String>> lines = new ArrayList<>();
        List<Integer> numbers = new ArrayList<>();
        try {
            if (format == Format.CSV) {
                readCsv(content, lines, numbers);
            } else {
                readXlsx(content, lines, numbers);
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof InvalidRequestException invalid) {
                throw invalid;
            }
            throw new InvalidRequestException("Không đọc được tệp " + format + ": tệp hỏng hoặc sai định dạng.");
        }
        return fromLines(lines, numbers, type);
    }

    private static void readCsv(byte[] content, List<List<String>> lines, List<Integer> numbers) throws IOException {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiterOf(text)).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                lines.add(record.toList());
                numbers.add((int) record.getRecordNumber());
            }
        }
    }

    /** Semicolon, comma or tab: whichever the most used of them on the line with most of them among the first five. */
    private static char delimiterOf(String text) {
        String[] first = text.split("\n", 6);
        long semicolons = 0;
        long commas = 0;
        long tabs = 0;
        for (int i = 0; i < Math.min(first.length, 5); i++) {
            String line = first[i];
            semicolons = Math.max(semicolons, line.chars().filter(c -> c == ';').count());
            commas = Math.max(commas, line.chars().filter(c -> c == ',').count());
            tabs = Math.max(tabs, line.chars().filter(c -> c == '\t').count());
        }
        if (tabs > semicolons && tabs > commas) {
            return '\t';
        }
        return semicolons >= commas && semicolons > 0 ? ';' : ',';
    }

    private static void readXlsx(byte[] content, List<List<String>> lines, List<Integer> numbers) throws IOException {
        try (Workbook workbook = new XSSFWorkbook(new ByteArrayInputStream(content))) {
            if (workbook.getNumberOfSheets() == 0) {
                throw new InvalidRequestException("Tệp XLSX không có trang tính nào.");
            }
            Sheet sheet = workbook.getSheetAt(0);
            DataFormatter formatter = new DataFormatter();
            Map<String, String> merged = new HashMap<>();
            for (CellRangeAddress region : sheet.getMergedRegions()) {
                Row top = sheet.getRow(region.getFirstRow());
                Cell cell = top == null ? null : top.getCell(region.getFirstColumn());
                String value = cell == null ? "" : formatter.formatCellValue(cell);
                for (int r = region.getFirstRow(); r <= region.getLastRow(); r++) {
                    for (int c = region.getFirstColumn(); c <= region.getLastColumn(); c++) {
                        merged.put(r + ":" + c, value);
                    }
                }
            }
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(merged.getOrDefault(row.getRowNum() + ":" + c,
                            cell == null ? "" : formatter.formatCellValue(cell)).trim());
                }
                lines.add(cells);
                numbers.add(row.getRowNum() + 1);
            }
        }
    }

    private static <C extends Enum<C> & ImportColumn> ImportSheet<C> fromLines(List<List<String>> lines,
                                                                             List<Integer> numbers, Class<C> type) {
        C[] known = type.getEnumConstants();
        for (int i = 0; i < lines.size(); i++) {
            List<C> columns = new ArrayList<>();
            for (String header : lines.get(i)) {
                String key = ImportColumn.key(header);
                C match = null;
                for (C column : known) {
                    if (column.keys().contains(key)) {
                        match = column;
                        break;
                    }
                }
                columns.add(match);
            }
            EnumSet<C> present = EnumSet.noneOf(type);
            columns.stream().filter(column -> column != null).forEach(present::add);
            if (present.size() < HEADER_COLUMNS) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            for (C column : known) {
                if (column.required() && !present.contains(column)) {
                    missing.add(column.label());
                }
            }
            if (!missing.isEmpty()) {
                throw new InvalidRequestException("Thiếu cột bắt buộc: " + String.join("; ", missing) + ".");
            }
            List<SheetRow<C>> rows = new ArrayList<>();
            for (int j = i + 1; j < lines.size(); j++) {
                Map<C, String> cells = new EnumMap<>(type);
                List<String> line = lines.get(j);
                for (int c = 0; c < Math.min(line.size(), columns.size()); c++) {
                    String value = line.get(c);
                    if (columns.get(c) != null && value != null && !value.isBlank()) {
                        cells.putIfAbsent(columns.get(c), value.strip());
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(new SheetRow<>(numbers.get(j), cells));
                }
            }
            return new ImportSheet<>(rows);
        }
        List<String> required = new ArrayList<>();
        for (C column : known) {
            if (column.required()) {
                required.add(column.label());
            }
        }
        throw new InvalidRequestException("Không tìm thấy dòng tiêu đề: cần các cột " + String.join("; ", required) + ".");
    }
}
