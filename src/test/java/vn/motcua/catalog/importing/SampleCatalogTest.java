package vn.motcua.catalog.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.motcua.catalog.CatalogFile;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.importing.CatalogDiff.Change;
import vn.motcua.catalog.importing.SampleCatalog.Column;
import vn.motcua.files.UploadedTable;

import static org.assertj.core.api.Assertions.assertThat;

class SampleCatalogTest {

    private static final String REGENERATE = "regenerate the sample with SampleCatalog.main (see its Javadoc)";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final List<List<String>> SAMPLE = SampleCatalog.rows(SampleCatalog.SIZE);

    @Test
    void the_committed_csv_is_exactly_what_the_writer_writes() throws IOException {
        byte[] committed = Files.readAllBytes(SampleCatalog.CSV);

        assertThat(committed).as(REGENERATE).isEqualTo(SampleCatalog.csv(SAMPLE));
    }

    @Test
    void the_committed_workbook_holds_the_same_cells() throws IOException {
        List<List<String>> cells = new ArrayList<>();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(Files.readAllBytes(SampleCatalog.XLSX)))) {
            Sheet sheet = workbook.getSheetAt(0);
            for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                Row row = sheet.getRow(r);
                List<String> values = new ArrayList<>();
                for (int c = 0; c < Column.values().length; c++) {
                    Cell cell = row == null ? null : row.getCell(c);
                    values.add(cell == null ? "" : cell.getStringCellValue());
                }
                cells.add(values);
            }
        }

        assertThat(cells).as(REGENERATE).isEqualTo(SampleCatalog.lines(SAMPLE));
    }

    @Test
    void the_sample_imports_without_problems_and_leaves_the_demo_procedures_unchanged() throws IOException {
        ProcedureRows rows = ProcedureRows.of(CatalogSheet.read(UploadedTable.Format.CSV, Files.readAllBytes(SampleCatalog.CSV)));

        assertThat(rows.problems()).isEmpty();
        assertThat(rows.procedures()).hasSize(SampleCatalog.SIZE);
        Map<String, Procedure> imported = rows.procedures().stream().map(ProcedureRows.Parsed::procedure)
                .collect(Collectors.toMap(Procedure::code, Function.identity()));
        List<Procedure> demo;
        try (InputStream in = Files.newInputStream(Path.of("processes/catalog/procedures.yaml"))) {
            demo = CatalogFile.read(in).procedures();
        }
        assertThat(demo).isNotEmpty();
        for (Procedure procedure : demo) {
            // the file names no process, so the import keeps the one procedures.yaml assigns
            List<Change> changes = CatalogImports.changes(procedure, imported.get(procedure.code())).stream()
                    .filter(change -> !(change.field().equals(CatalogColumn.PROCESS_KEY.label()) && change.newValue().isEmpty()))
                    .toList();
            assertThat(changes).as(procedure.code()).isEmpty();
        }
    }

    @Test
    void the_researched_rows_come_first_with_their_confidence_and_no_invented_decision() throws IOException {
        List<List<String>> rows = SAMPLE;
        long researched = Files.readAllLines(ProcedureRowsTest.SAMPLE_CSV).stream().filter(line -> line.matches("^\\d+;.*")).count();

        assertThat(rows.subList(0, (int) researched)).allSatisfy(row -> {
            assertThat(row.get(Column.CONFIDENCE.ordinal())).isIn("A", "A/B", "B", "B/C", "C");
            assertThat(row.get(Column.DECISION.ordinal())).isEmpty();
            assertThat(row.get(Column.EFFECTIVE.ordinal())).isEmpty();
        });
        assertThat(rows.subList((int) researched, rows.size())).allSatisfy(row -> {
            assertThat(row.get(Column.CONFIDENCE.ordinal())).isEqualTo("Mẫu");
            assertThat(row.get(Column.VERIFICATION.ordinal())).isEqualTo("toàn bộ (số liệu mẫu)");
            assertThat(row.get(Column.CODE.ordinal())).matches(row.get(Column.LEVEL.ordinal()).equals("Cấp tỉnh")
                    ? "1\\.9\\d{5}" : "2\\.9\\d{5}");
        });
    }

    @Test
    void two_thousand_rows_for_the_benchmark_keep_the_layout_and_are_in_force_by_december_2026() {
        List<List<String>> rows = SampleCatalog.rows(2000);

        assertThat(rows).hasSize(2000).isEqualTo(SampleCatalog.rows(2000));
        assertThat(rows.stream().map(row -> row.get(Column.CODE.ordinal())).distinct()).hasSize(2000);
        assertThat(rows.stream().map(row -> SampleCatalog.nameKey(row.get(Column.NAME.ordinal()))).distinct()).hasSize(2000);
        long commune = rows.stream().filter(row -> row.get(Column.LEVEL.ordinal()).equals("Cấp xã")).count();
        assertThat(commune).isBetween(600L, 734L);
        Set<String> agencies = new HashSet<>(SampleCatalog.DEPARTMENTS);
        for (List<String> row : rows) {
            String agency = row.get(Column.AGENCY.ordinal());
            String department = agency.endsWith(")") ? agency.substring(agency.lastIndexOf('(') + 1, agency.length() - 1) : agency;
            if (row.get(Column.CONFIDENCE.ordinal()).equals("Mẫu")) {
                assertThat(department).isIn(row.get(Column.LEVEL.ordinal()).equals("Cấp xã") ? Set.of(SampleCatalog.COMMUNE) : agencies);
                String coordinating = row.get(Column.COORDINATING.ordinal());
                for (String other : coordinating.isEmpty() ? new String[0] : coordinating.split("; ")) {
                    assertThat(other).isIn(agencies).isNotEqualTo(department);
                }
                LocalDate issued = LocalDate.parse(row.get(Column.DECISION_DATE.ordinal()), DATE);
                LocalDate effective = LocalDate.parse(row.get(Column.EFFECTIVE.ordinal()), DATE);
                assertThat(effective).isAfterOrEqualTo(issued).isBeforeOrEqualTo(SampleCatalog.LAST_EFFECTIVE_DAY);
                assertThat(issued.getYear()).isBetween(2025, 2026);
            }
        }
        ProcedureRows parsed = ProcedureRows.of(CatalogSheet.read(UploadedTable.Format.CSV, SampleCatalog.csv(rows)));
        assertThat(parsed.problems()).isEmpty();
        assertThat(parsed.procedures()).hasSize(2000);
    }

    @Test
    void future_effective_dates_only_when_asked_for() {
        List<List<String>> inForce = SAMPLE;
        List<List<String>> future = SampleCatalog.rows(SampleCatalog.SIZE, true);

        assertThat(future.stream().map(row -> row.get(Column.EFFECTIVE.ordinal())).filter(day -> !day.isEmpty())
                .filter(day -> LocalDate.parse(day, DATE).isAfter(SampleCatalog.LAST_EFFECTIVE_DAY)).count())
                .isGreaterThan(100);
        for (int i = 0; i < inForce.size(); i++) {
            assertThat(future.get(i).get(Column.NAME.ordinal())).isEqualTo(inForce.get(i).get(Column.NAME.ordinal()));
            assertThat(future.get(i).get(Column.FEE.ordinal())).isEqualTo(inForce.get(i).get(Column.FEE.ordinal()));
        }
    }
}
