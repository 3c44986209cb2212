package vn.motcua.catalog.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The same catalog as an XLSX workbook, as an export from a spreadsheet would be. Its {@code main}
 * regenerates the committed sample workbook from the sample CSV (run from the project folder):
 * {@code java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.motcua.catalog.importing.CatalogWorkbooks}.
 */
final class CatalogWorkbooks {

    private CatalogWorkbooks() {
    }

    public static void main(String[] args) throws IOException {
        Files.write(ProcedureRowsTest.SAMPLE_XLSX,
                fromCsv(Files.readAllBytes(ProcedureRowsTest.SAMPLE_CSV)));
    }

    /** A workbook with the rows of a semicolon-separated CSV, under a title row as provincial annexes have. */
    static byte[] fromCsv(byte[] csv) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
             CSVParser parser = CSVParser.parse(new StringReader(new String(csv, StandardCharsets.UTF_8)),
                     CSVFormat.RFC4180.builder().setDelimiter(';').get())) {
            Sheet sheet = workbook.createSheet("Danh mục TTHC");
            sheet.createRow(0).createCell(0).setCellValue("DANH MỤC THỦ TỤC HÀNH CHÍNH (mẫu)");
            int r = 1;
            for (CSVRecord record : parser) {
                Row row = sheet.createRow(r++);
                for (int c = 0; c < record.size(); c++) {
                    row.createCell(c).setCellValue(record.get(c));
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
