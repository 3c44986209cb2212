package vn.motcua.catalog.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
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
 * The rows of a catalog export (CSV or the first sheet of an XLSX workbook) under their columns.
 * Title lines above the header are skipped; the header is the first line naming at least three
 * known columns. Merged cells of a workbook repeat their value in every cell they cover.
 *
 * @param rows the data rows, numbered as the file shows them (CSV: record number, header = 1;
 *             XLSX: the spreadsheet row number)
 */
record CatalogSheet(List<CatalogColumn> columns, List<SheetRow> rows) {

    /** One data row: its number in the file and its non-blank cells by column. */
    record SheetRow(int number, Map<CatalogColumn, String> cells, List<String> otherCells) {

        String cell(CatalogColumn column) {
            return cells.getOrDefault(column, "");
        }

        boolean blank() {
            return cells.isEmpty() && otherCells.isEmpty();
        }
    }

    enum Format { CSV, XLSX }

    static CatalogSheet read(Format format, byte[] content) {
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
        return fromLines(lines, numbers);
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

    /** Semicolon (what spreadsheets in Vietnamese locales write), comma or tab, whichever the first line uses most. */
    private static char delimiterOf(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        long semicolons = first.chars().filter(c -> c == ';').count();
        long commas = first.chars().filter(c -> c == ',').count();
        long tabs = first.chars().filter(c -> c == '\t').count();
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
            Map<String, String> merged = new LinkedHashMap<>();
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
                    String value = merged.getOrDefault(row.getRowNum() + ":" + c,
                            cell == null ? "" : formatter.formatCellValue(cell));
                    cells.add(value.trim());
                }
                lines.add(cells);
                numbers.add(row.getRowNum() + 1);
            }
        }
    }

    private static CatalogSheet fromLines(List<List<String>> lines, List<Integer> numbers) {
        for (int i = 0; i < lines.size(); i++) {
            List<CatalogColumn> columns = lines.get(i).stream()
                    .map(header -> CatalogColumn.ofHeader(header).orElse(null)).toList();
            if (columns.stream().filter(column -> column != null).distinct().count() < 3) {
                continue;
            }
            List<String> missing = Arrays.stream(CatalogColumn.values())
                    .filter(column -> column.required() && !columns.contains(column))
                    .map(CatalogColumn::label).toList();
            if (!missing.isEmpty()) {
                throw new InvalidRequestException("Thiếu cột bắt buộc: " + String.join("; ", missing) + ".");
            }
            List<SheetRow> rows = new ArrayList<>();
            for (int j = i + 1; j < lines.size(); j++) {
                Map<CatalogColumn, String> cells = new EnumMap<>(CatalogColumn.class);
                List<String> others = new ArrayList<>();
                List<String> line = lines.get(j);
                for (int c = 0; c < line.size(); c++) {
                    String value = line.get(c);
                    if (value == null || value.isBlank()) {
                        continue;
                    }
                    CatalogColumn column = c < columns.size() ? columns.get(c) : null;
                    if (column == null) {
                        others.add(value.trim());
                    } else {
                        cells.putIfAbsent(column, value.trim());
                    }
                }
                SheetRow row = new SheetRow(numbers.get(j), cells, others);
                if (!row.blank()) {
                    rows.add(row);
                }
            }
            return new CatalogSheet(columns.stream().filter(column -> column != null).distinct().toList(), rows);
        }
        throw new InvalidRequestException("Không tìm thấy dòng tiêu đề: cần các cột như Mã thủ tục, Tên thủ tục, "
                + "Lĩnh vực, Cấp thực hiện, Cơ quan thực hiện, Thời hạn giải quyết, Phí, lệ phí.");
    }
}
