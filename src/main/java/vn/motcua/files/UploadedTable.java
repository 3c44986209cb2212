package vn.motcua.files;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
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
 * The lines of an uploaded table, as the province's staff keep them in spreadsheets: a CSV file in UTF-8 (with or
 * without BOM; separated by {@code ;} as spreadsheets in Vietnamese locales write, {@code ,} or tab) or the first
 * sheet of an XLSX workbook, whose merged cells repeat their value in every cell they cover. Cells are trimmed. The
 * importers find their header line and columns in it; an unreadable file is a 400.
 *
 * @param lines every line, numbered as the file shows it (CSV: the record number, a cell with line breaks being one
 *              record; XLSX: the spreadsheet row)
 */
public record UploadedTable(List<Line> lines) {

    /** One line of the file: its number and its cells. */
    public record Line(int number, List<String> cells) {
    }

    public enum Format {
        CSV, XLSX;

        /** The format of a file by its name: {@code .csv} or {@code .xlsx}, else a 400. */
        public static Format of(String fileName) {
            String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
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

    /**
     * How importers compare what a cell says, a header or a term: lower case ASCII letters and digits only, so "Mã
     * thủ tục", "MA THU TUC" and "ma_thu_tuc" are the same ("Phí, lệ phí" → "philephi").
     */
    public static String plainKey(String text) {
        if (text == null) {
            return "";
        }
        String ascii = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    public static UploadedTable read(Format format, byte[] content) {
        try {
            return new UploadedTable(format == Format.CSV ? csv(content) : xlsx(content));
        } catch (InvalidRequestException invalid) {
            throw invalid;
        } catch (IOException | RuntimeException e) {
            throw new InvalidRequestException("Không đọc được tệp " + format + ": tệp hỏng hoặc sai định dạng.");
        }
    }

    private static List<Line> csv(byte[] content) throws IOException {
        String text = new String(content, StandardCharsets.UTF_8);
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiterOf(text)).setIgnoreEmptyLines(true)
                .setTrim(true).get();
        List<Line> lines = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                lines.add(new Line((int) record.getRecordNumber(), record.toList()));
            }
        }
        return lines;
    }

    /**
     * Semicolon, comma or tab: whichever is used most on the line with most of them among the first five (a title
     * line above the header may hold a comma and no separator at all).
     */
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

    private static List<Line> xlsx(byte[] content) throws IOException {
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
            List<Line> lines = new ArrayList<>();
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                    Cell cell = row.getCell(c);
                    cells.add(merged.getOrDefault(row.getRowNum() + ":" + c,
                            cell == null ? "" : formatter.formatCellValue(cell)).trim());
                }
                lines.add(new Line(row.getRowNum() + 1, cells));
            }
            return lines;
        }
    }
}
