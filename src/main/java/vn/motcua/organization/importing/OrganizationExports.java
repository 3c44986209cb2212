package vn.motcua.organization.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.stereotype.Service;

import vn.motcua.files.UploadedTable.Format;
import vn.motcua.organization.AdministrationScope.Scope;
import vn.motcua.organization.OfficerAdministration;
import vn.motcua.organization.Officer;
import vn.motcua.organization.Role;
import vn.motcua.organization.UnitChanges;
import vn.motcua.organization.UnitKind;

/**
 * The units and officers of an administrator's scope as files in the layout the import reads
 * (docs/organization-import.md), so that an export edited in a spreadsheet imports back: same headers, the kinds,
 * roles and statuses in the words {@link OrganizationTerms} reads. A deactivated unit says so in its note.
 */
@Service
public class OrganizationExports {

    private static final List<String> UNIT_HEADERS = List.of(UnitColumn.CODE.label(), UnitColumn.NAME.label(),
            UnitColumn.KIND.label(), UnitColumn.PARENT.label(), UnitColumn.NOTE.label());
    private static final List<String> OFFICER_HEADERS = List.of(OfficerColumn.USERNAME.label(),
            OfficerColumn.NAME.label(), OfficerColumn.EMAIL.label(), OfficerColumn.UNIT.label(),
            OfficerColumn.ROLES.label(), OfficerColumn.STATUS.label());
    private static final Map<UnitKind, String> KIND_WORDS = Map.of(UnitKind.PROVINCE, "Tỉnh",
            UnitKind.DEPARTMENT, "Sở/Ban ngành", UnitKind.COMMUNE, "Xã/Phường/Đặc khu",
            UnitKind.SERVICE_CENTER, "Trung tâm phục vụ hành chính công");

    private final UnitChanges units;
    private final OfficerAdministration officers;

    OrganizationExports(UnitChanges units, OfficerAdministration officers) {
        this.units = units;
        this.officers = officers;
    }

    /** The scope's units, each after its parent. */
    public byte[] units(Scope scope, Format format) {
        List<List<String>> rows = new ArrayList<>();
        for (UnitChanges.AdministeredUnit unit : units.unitsOf(scope)) {
            rows.add(List.of(unit.code(), unit.name(), KIND_WORDS.get(unit.kind()),
                    unit.parentCode() == null ? "" : unit.parentCode(), unit.active() ? "" : "Ngừng hoạt động"));
        }
        return write(format, "Đơn vị", UNIT_HEADERS, rows);
    }

    /** The scope's officers by user name; an officer who left is listed with their former unit as having left. */
    public byte[] officers(Scope scope, Format format) {
        List<List<String>> rows = new ArrayList<>();
        for (Officer officer : officers.officersOf(scope)) {
            rows.add(List.of(officer.username(), officer.name(), officer.email() == null ? "" : officer.email(),
                    officer.unitCode() == null ? "" : officer.unitCode(),
                    officer.roles().stream().map(Role::label).distinct().collect(Collectors.joining("; ")),
                    officer.deactivated() ? "Nghỉ việc" : "Đang công tác"));
        }
        return write(format, "Cán bộ", OFFICER_HEADERS, rows);
    }

    private static byte[] write(Format format, String sheetName, List<String> headers, List<List<String>> rows) {
        return format == Format.CSV ? csv(headers, rows) : xlsx(sheetName, headers, rows);
    }

    private static byte[] csv(List<String> headers, List<List<String>> rows) {
        StringWriter out = new StringWriter().append('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(';').get())) {
            printer.printRecord(headers);
            for (List<String> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] xlsx(String sheetName, List<String> headers, List<List<String>> rows) {
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet(sheetName);
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            Row header = sheet.createRow(0);
            for (int i = 0; i < headers.size(); i++) {
                header.createCell(i).setCellValue(headers.get(i));
                header.getCell(i).setCellStyle(bold);
            }
            for (int r = 0; r < rows.size(); r++) {
                Row row = sheet.createRow(r + 1);
                List<String> cells = rows.get(r);
                for (int i = 0; i < cells.size(); i++) {
                    row.createCell(i).setCellValue(cells.get(i));
                }
            }
            sheet.setColumnWidth(1, 50 * 256);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
