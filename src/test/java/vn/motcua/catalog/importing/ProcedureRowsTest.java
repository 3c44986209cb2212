package vn.motcua.catalog.importing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.List;

import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;

import vn.motcua.catalog.Procedure.FeeKind;
import vn.motcua.catalog.Procedure.LegalLimit;
import vn.motcua.catalog.Procedure.Level;
import vn.motcua.catalog.Procedure;
import vn.motcua.files.UploadedTable;
import vn.motcua.platform.web.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProcedureRowsTest {

    static final Path SAMPLE_CSV = Path.of("processes/catalog/import/sample-catalog.csv");
    static final Path SAMPLE_XLSX = Path.of("processes/catalog/import/sample-catalog.xlsx");

    @Test
    void the_sample_catalog_reads_without_problems() throws IOException {
        ProcedureRows rows = ProcedureRows.of(CatalogSheet.read(UploadedTable.Format.CSV, Files.readAllBytes(SAMPLE_CSV)));

        assertThat(rows.problems()).isEmpty();
        assertThat(rows.procedures()).hasSizeGreaterThanOrEqualTo(50);
        Procedure marriage = rows.procedures().stream().map(ProcedureRows.Parsed::procedure)
                .filter(p -> p.code().equals("1.000894")).findFirst().orElseThrow();
        assertThat(marriage.limit()).isEqualTo(new LegalLimit(null, null, true, LocalTime.of(15, 0), 5));
        assertThat(marriage.level()).isEqualTo(Level.COMMUNE);
        assertThat(marriage.requiredDocuments()).hasSize(2);
    }

    @Test
    void the_committed_workbook_holds_the_same_procedures_as_the_csv() throws IOException {
        List<ProcedureRows.Parsed> csv = ProcedureRows.of(CatalogSheet.read(UploadedTable.Format.CSV,
                Files.readAllBytes(SAMPLE_CSV))).procedures();
        List<ProcedureRows.Parsed> xlsx = ProcedureRows.of(CatalogSheet.read(UploadedTable.Format.XLSX,
                Files.readAllBytes(SAMPLE_XLSX))).procedures();

        assertThat(xlsx.stream().map(ProcedureRows.Parsed::procedure).toList())
                .isEqualTo(csv.stream().map(ProcedureRows.Parsed::procedure).toList());
    }

    @Test
    void headers_match_without_diacritics_and_group_rows_give_the_field() {
        String csv = """
                MA THU TUC,TEN THU TUC,LINH VUC,CAP THUC HIEN,CO QUAN THUC HIEN,THOI HAN GIAI QUYET,PHI LE PHI
                Lĩnh vực Hòa giải ở cơ sở,,,,,,
                2.000950,Công nhận tổ trưởng tổ hòa giải,,Xã,UBND xã,05 ngày làm việc,Miễn phí
                """;
        ProcedureRows rows = ProcedureRows.of(CatalogSheet.read(UploadedTable.Format.CSV, csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(rows.problems()).isEmpty();
        Procedure procedure = rows.procedures().get(0).procedure();
        assertThat(procedure.field()).isEqualTo("Lĩnh vực Hòa giải ở cơ sở");
        assertThat(procedure.limit().workingDays()).isEqualTo(5);
        assertThat(procedure.fee().kind()).isEqualTo(FeeKind.FREE);
    }

    @Test
    void every_bad_cell_is_reported_with_its_row_and_column() {
        String csv = """
                Mã thủ tục;Tên thủ tục;Lĩnh vực;Cấp thực hiện;Cơ quan thực hiện;Thời hạn trực tiếp;Phí, lệ phí
                ;Thiếu mã;Hộ tịch;Cấp xã;UBND xã;03 ngày làm việc;Miễn phí
                1.000001;Thời hạn sai;Hộ tịch;Cấp xã;UBND xã;sớm nhất có thể;Miễn phí
                1.000002;Cấp sai;Hộ tịch;Cấp huyện;UBND xã;03 ngày làm việc;Miễn phí
                1.000002;Trùng mã;Hộ tịch;Cấp Bộ;UBND xã;03 ngày làm việc;
                """;
        ProcedureRows rows = ProcedureRows.of(CatalogSheet.read(UploadedTable.Format.CSV, csv.getBytes(StandardCharsets.UTF_8)));

        assertThat(rows.procedures()).isEmpty();
        assertThat(rows.invalidRows()).isEqualTo(4);
        assertThat(rows.problems()).extracting(RowProblem::row, RowProblem::column).containsExactly(
                Tuple.tuple(2, "Mã thủ tục"),
                Tuple.tuple(3, "Thời hạn trực tiếp"),
                Tuple.tuple(4, "Cấp thực hiện"),
                Tuple.tuple(5, "Mã thủ tục"),
                Tuple.tuple(5, "Cấp thực hiện"),
                Tuple.tuple(5, "Phí, lệ phí"));
        assertThat(rows.problems().get(3).message()).isEqualTo("Mã thủ tục 1.000002 trùng với dòng 4.");
        assertThat(rows.problems().get(2).message()).contains("Cấp huyện không còn");
    }

    @Test
    void a_file_without_the_required_columns_is_refused() {
        assertThatThrownBy(() -> CatalogSheet.read(UploadedTable.Format.CSV,
                "Mã thủ tục;Tên thủ tục;Lĩnh vực\n1.000001;A;B\n".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("Cấp thực hiện");
        assertThatThrownBy(() -> CatalogSheet.read(UploadedTable.Format.XLSX, "not a workbook".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("XLSX");
    }

    @Test
    void time_limits_read_as_the_catalog_writes_them() {
        assertThat(ProcedureRows.parseLimit("10 ngày làm việc; tối đa 15 ngày")).isEqualTo(new LegalLimit(10, null, false, null, 15));
        assertThat(ProcedureRows.parseLimit("8 giờ làm việc")).isEqualTo(new LegalLimit(null, 8, false, null, null));
        assertThat(ProcedureRows.parseLimit("Trong ngày")).isEqualTo(new LegalLimit(null, null, true, null, null));
        assertThat(ProcedureRows.parseLimit("Ngay trong ngày, sau 15h trả ngày làm việc tiếp theo"))
                .isEqualTo(new LegalLimit(null, null, true, LocalTime.of(15, 0), null));
        assertThat(ProcedureRows.parseLimit("0 ngày")).isNull();
        assertThat(ProcedureRows.parseLimit("theo quy định")).isNull();
        assertThat(ProcedureRows.parseFee("200.000 đồng/lần").amount()).isEqualTo(200000L);
    }
}
