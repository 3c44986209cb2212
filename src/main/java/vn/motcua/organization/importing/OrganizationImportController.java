package vn.motcua.organization.importing;

import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.files.FileSignatures;
import vn.motcua.files.UploadedFileName;
import vn.motcua.files.UploadedTable.Format;
import vn.motcua.organization.AdministrationScope;
import vn.motcua.organization.AdministrationScope.Scope;
import vn.motcua.platform.web.InvalidRequestException;

/**
 * Imports of the province's units and officers from CSV/XLSX files and exports in the same layout, for administrators
 * within their {@link AdministrationScope} (docs/organization-import.md, docs/administration.md): a unit
 * administrator's file may only name units and officers of their department or commune.
 */
@RestController
@RequestMapping("/api/organization")
@Tag(name = "Nhập tổ chức", description = "Nhập, xuất đơn vị và cán bộ từ tệp CSV/XLSX")
class OrganizationImportController {

    private static final String ADMINISTRATOR = "@administrationScope.of(authentication).isPresent()";
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");
    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final OrganizationImports imports;
    private final OrganizationExports exports;
    private final OrganizationImportProperties properties;
    private final AdministrationScope scopes;
    private final AuditTrail audit;

    OrganizationImportController(OrganizationImports imports, OrganizationExports exports,
                                 OrganizationImportProperties properties, AdministrationScope scopes, AuditTrail audit) {
        this.imports = imports;
        this.exports = exports;
        this.properties = properties;
        this.scopes = scopes;
        this.audit = audit;
    }

    @PostMapping(path = "/imports/units", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(ADMINISTRATOR)
    @Operation(summary = "Nhập tệp đơn vị (CSV hoặc XLSX): Mã đơn vị; Tên đơn vị; Loại đơn vị; Mã đơn vị cấp trên")
    ResponseEntity<Object> importUnits(@RequestPart(name = "file", required = false) MultipartFile file,
                                       @RequestParam(defaultValue = "false") boolean dryRun,
                                       @RequestParam(defaultValue = "false") boolean skipInvalidRows,
                                       Authentication administrator, HttpServletRequest http) throws IOException {
        Scope scope = scope(administrator);
        String fileName = checkedName(file);
        OrganizationImportReport report = imports.importUnits(fileName, content(file, fileName),
                new OrganizationImports.Options(dryRun, skipInvalidRows, false), scope);
        recorded(report, "đơn vị", scope, administrator, http);
        return answer(report);
    }

    @PostMapping(path = "/imports/officers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(ADMINISTRATOR)
    @Operation(summary = "Nhập tệp cán bộ (CSV hoặc XLSX): Tên đăng nhập; Họ và tên; Email; Mã đơn vị; Vai trò; "
            + "Trạng thái. complete=true: cán bộ của các đơn vị trong tệp mà tệp không liệt kê được đánh dấu nghỉ việc")
    ResponseEntity<Object> importOfficers(@RequestPart(name = "file", required = false) MultipartFile file,
                                          @RequestParam(defaultValue = "false") boolean dryRun,
                                          @RequestParam(defaultValue = "false") boolean skipInvalidRows,
                                          @RequestParam(defaultValue = "false") boolean complete,
                                          Authentication administrator, HttpServletRequest http) throws IOException {
        Scope scope = scope(administrator);
        String fileName = checkedName(file);
        OrganizationImportReport report = imports.importOfficers(fileName, content(file, fileName),
                new OrganizationImports.Options(dryRun, skipInvalidRows, complete), administrator.getName(), scope);
        recorded(report, "cán bộ", scope, administrator, http);
        return answer(report);
    }

    @GetMapping("/exports/units")
    @PreAuthorize(ADMINISTRATOR)
    @Operation(summary = "Xuất đơn vị trong phạm vi quản trị (format=csv hoặc xlsx), cùng bố cục tệp nhập")
    ResponseEntity<byte[]> exportUnits(@RequestParam(defaultValue = "xlsx") String format,
                                       Authentication administrator) {
        Format chosen = exportFormat(format);
        return file(exports.units(scope(administrator), chosen), chosen, "don-vi");
    }

    @GetMapping("/exports/officers")
    @PreAuthorize(ADMINISTRATOR)
    @Operation(summary = "Xuất cán bộ trong phạm vi quản trị (format=csv hoặc xlsx), cùng bố cục tệp nhập")
    ResponseEntity<byte[]> exportOfficers(@RequestParam(defaultValue = "xlsx") String format,
                                          Authentication administrator) {
        Format chosen = exportFormat(format);
        return file(exports.officers(scope(administrator), chosen), chosen, "can-bo");
    }

    private Scope scope(Authentication administrator) {
        return scopes.of(administrator).orElseThrow(() -> new AccessDeniedException("not an administrator"));
    }

    /** A written import is one audit event: who imported which file within which scope, and what it changed. */
    private void recorded(OrganizationImportReport report, String what, Scope scope, Authentication administrator,
                          HttpServletRequest http) {
        if (report.written()) {
            audit.record(Instant.now(), administrator.getName(), AuditAction.ORGANIZATION_IMPORTED,
                    scope.isProvince() ? null : scope.unitCode(), "tệp " + what + " " + report.fileName() + ": "
                            + report.created().size() + " tạo mới, " + report.updated().size() + " cập nhật, "
                            + report.reactivated().size() + " làm việc lại, " + report.deactivated().size()
                            + " nghỉ việc, " + report.unchanged() + " không đổi, " + report.invalidRows()
                            + " dòng bỏ qua", http.getRemoteAddr());
        }
    }

    private static Format exportFormat(String format) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "csv" -> Format.CSV;
            case "xlsx" -> Format.XLSX;
            default -> throw new InvalidRequestException("Định dạng xuất chỉ là csv hoặc xlsx.");
        };
    }

    private static ResponseEntity<byte[]> file(byte[] content, Format format, String name) {
        String fileName = name + (format == Format.CSV ? ".csv" : ".xlsx");
        return ResponseEntity.ok().contentType(format == Format.CSV ? CSV : XLSX)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build()
                        .toString())
                .body(content);
    }

    private String checkedName(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw new InvalidRequestException("Thiếu tệp (trường \"file\" của biểu mẫu multipart).");
        }
        String fileName = UploadedFileName.require(file.getOriginalFilename());
        Format.of(fileName);
        if (file.getSize() > properties.maxFileSize().toBytes()) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "Tệp lớn hơn "
                    + properties.maxFileSize().toKilobytes() + " KB (motcua.organization.import.max-file-size); "
                    + "hãy tách tệp theo đơn vị.");
        }
        return fileName;
    }

    private static byte[] content(MultipartFile file, String fileName) throws IOException {
        byte[] content = file.getBytes();
        if (Format.of(fileName) == Format.XLSX) {
            FileSignatures.requireXlsx(fileName, file.getContentType(), content);
        } else {
            FileSignatures.requireCsv(fileName, file.getContentType(), content);
        }
        return content;
    }

    private static ResponseEntity<Object> answer(OrganizationImportReport report) {
        if (!report.dryRun() && !report.written()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_ENTITY,
                    "Tệp có " + report.invalidRows() + " dòng không hợp lệ nên chưa nhập gì; sửa các dòng được báo "
                            + "hoặc nhập lại với skipInvalidRows=true để bỏ qua chúng.");
            problem.setType(URI.create("about:blank"));
            problem.setProperty("problems", report.problems());
            problem.setProperty("report", report);
            return ResponseEntity.unprocessableEntity().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
        }
        return ResponseEntity.ok(report);
    }
}
