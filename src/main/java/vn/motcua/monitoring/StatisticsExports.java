package vn.motcua.monitoring;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Component;

import vn.motcua.monitoring.UnitStatistics.Report;

/** The statistics report as CSV (UTF-8 with BOM, so spreadsheet programs read the diacritics) and XLSX. */
@Component
class StatisticsExports {

    static final List<String> HEADERS = List.of("Mã đơn vị", "Đơn vị", "Tiếp nhận trực tiếp", "Tiếp nhận trực tuyến",
            "Tiếp nhận qua bưu chính", "Tổng tiếp nhận", "Kỳ trước chuyển sang", "Giải quyết trước hạn",
            "Giải quyết đúng hạn", "Giải quyết quá hạn", "Đang giải quyết trong hạn", "Đang giải quyết quá hạn",
            "Chưa trả kết quả");

    String csv(Report report) {
        StringBuilder out = new StringBuilder("\uFEFF");
        out.append(String.join(",", HEADERS.stream().map(StatisticsExports::quoted).toList())).append("\r\n");
        for (List<Object> line : lines(report)) {
            out.append(String.join(",", line.stream().map(value -> value instanceof Long ? value.toString()
                    : quoted(value == null ? "" : value.toString())).toList())).append("\r\n");
        }
        return out.toString();
    }

    byte[] xlsx(Report report) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Thống kê");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row title = sheet.createRow(0);
            title.createCell(0).setCellValue("Thống kê tình hình giải quyết hồ sơ từ " + report.from() + " đến " + report.to());
            title.getCell(0).setCellStyle(bold);
            Row header = sheet.createRow(2);
            for (int i = 0; i < HEADERS.size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(HEADERS.get(i));
                cell.setCellStyle(bold);
            }
            int rowIndex = 3;
            for (List<Object> line : lines(report)) {
                Row row = sheet.createRow(rowIndex++);
                for (int i = 0; i < line.size(); i++) {
                    Object value = line.get(i);
                    if (value instanceof Long number) {
                        row.createCell(i).setCellValue(number);
                    } else {
                        row.createCell(i).setCellValue(value == null ? "" : value.toString());
                    }
                }
            }
            sheet.setColumnWidth(1, 60 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<List<Object>> lines(Report report) {
        List<List<Object>> lines = new ArrayList<>();
        report.units().forEach(row -> lines.add(line(row)));
        lines.add(line(report.total()));
        return lines;
    }

    private static List<Object> line(UnitStatistics.Row row) {
        return List.of(row.unit() == null ? "" : row.unit(), row.unitName() == null ? "" : row.unitName(),
                row.receivedCounter(), row.receivedOnline(), row.receivedPost(), row.received(), row.carriedOver(),
                row.resolvedEarly(), row.resolvedOnTime(), row.resolvedLate(), row.pendingWithinTime(),
                row.pendingOverdue(), row.notCollected());
    }

    private static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }
}
