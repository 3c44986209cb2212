package vn.motcua.organization.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import vn.motcua.files.UploadedTable.Format;
import vn.motcua.organization.Role;
import vn.motcua.organization.UnitKind;
import vn.motcua.platform.web.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Organization files as IT staff save them: CSV with any of the usual separators, or a workbook with a title. */
class ImportSheetTest {

    @Test
    void a_workbook_with_a_title_row_and_headers_written_differently_is_read_under_its_columns() throws IOException {
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Cán bộ");
            sheet.createRow(0).createCell(0).setCellValue("DANH SÁCH CÁN BỘ XÃ TÂN MỚI");
            String[] header = {"STT", "TÊN ĐĂNG NHẬP", "Họ tên", "Mã đơn vị", "vai_tro", "Trạng thái"};
            String[] values = {"1", "tiepnhan.tanmoi", "Đoàn Thị Mới", "000.150.01.H99", "Tiếp nhận; Giám sát", ""};
            Row headerRow = sheet.createRow(2);
            Row valueRow = sheet.createRow(3);
            for (int c = 0; c < header.length; c++) {
                headerRow.createCell(c).setCellValue(header[c]);
                valueRow.createCell(c).setCellValue(values[c]);
            }
            workbook.write(out);
            xlsx = out.toByteArray();
        }

        ImportSheet<OfficerColumn> sheet = ImportSheet.read(Format.XLSX, xlsx, OfficerColumn.class);

        assertThat(sheet.rows()).hasSize(1);
        assertThat(sheet.rows().get(0).number()).isEqualTo(4);
        assertThat(sheet.rows().get(0).cell(OfficerColumn.USERNAME)).isEqualTo("tiepnhan.tanmoi");
        assertThat(sheet.rows().get(0).cell(OfficerColumn.NAME)).isEqualTo("Đoàn Thị Mới");
        assertThat(sheet.rows().get(0).cell(OfficerColumn.ROLES)).isEqualTo("Tiếp nhận; Giám sát");
        assertThat(sheet.rows().get(0).cell(OfficerColumn.STATUS)).isEmpty();
    }

    @Test
    void csv_files_use_semicolons_commas_or_tabs() {
        for (String separator : new String[] {";", ",", "\t"}) {
            String csv = String.join(separator, "Mã đơn vị", "Tên đơn vị", "Loại đơn vị", "Mã đơn vị cấp trên") + "\n"
                    + String.join(separator, "000.150.00.H99", "Ủy ban nhân dân xã Tân Mới", "Xã", "000.00.00.H99") + "\n";
            ImportSheet<UnitColumn> sheet = ImportSheet.read(Format.CSV, csv.getBytes(StandardCharsets.UTF_8),
                    UnitColumn.class);
            assertThat(sheet.rows()).singleElement().satisfies(row -> {
                assertThat(row.cell(UnitColumn.NAME)).isEqualTo("Ủy ban nhân dân xã Tân Mới");
                assertThat(row.cell(UnitColumn.PARENT)).isEqualTo("000.00.00.H99");
            });
        }
    }

    @Test
    void a_file_without_the_header_or_a_required_column_is_refused() {
        assertThatThrownBy(() -> ImportSheet.read(Format.CSV, "a;b;c\n1;2;3\n".getBytes(StandardCharsets.UTF_8),
                UnitColumn.class)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("dòng tiêu đề");
        assertThatThrownBy(() -> ImportSheet.read(Format.CSV, "Mã đơn vị;Tên đơn vị;Loại đơn vị\n"
                .getBytes(StandardCharsets.UTF_8), UnitColumn.class))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("Mã đơn vị cấp trên");
        assertThatThrownBy(() -> ImportSheet.read(Format.XLSX, "không phải bảng tính".getBytes(StandardCharsets.UTF_8),
                UnitColumn.class)).isInstanceOf(InvalidRequestException.class).hasMessageContaining("XLSX");
    }

    @Test
    void vietnamese_words_for_kinds_roles_and_status_match_without_diacritics_or_case() {
        assertThat(OrganizationTerms.kind("Xã/Phường/Đặc khu")).contains(UnitKind.COMMUNE);
        assertThat(OrganizationTerms.kind("dac khu")).contains(UnitKind.COMMUNE);
        assertThat(OrganizationTerms.kind("Sở/Ban ngành")).contains(UnitKind.DEPARTMENT);
        assertThat(OrganizationTerms.kind("TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG")).contains(UnitKind.SERVICE_CENTER);
        assertThat(OrganizationTerms.kind("Tỉnh")).contains(UnitKind.PROVINCE);
        assertThat(OrganizationTerms.kind("Huyện")).isEmpty();
        assertThat(OrganizationTerms.role("tiep nhan")).contains(Role.RECEPTION);
        assertThat(OrganizationTerms.role("Chuyên viên xử lý")).contains(Role.SPECIALIST);
        assertThat(OrganizationTerms.role("Lãnh đạo")).contains(Role.LEADER);
        assertThat(OrganizationTerms.role("Thủ quỹ")).isEmpty();
        assertThat(OrganizationTerms.status("")).contains(OrganizationTerms.Status.ACTIVE);
        assertThat(OrganizationTerms.status("Nghỉ việc")).contains(OrganizationTerms.Status.LEFT);
        assertThat(OrganizationTerms.status("Tạm nghỉ")).isEmpty();
    }
}
