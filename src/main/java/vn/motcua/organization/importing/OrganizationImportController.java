package vn.motcua.organization.importing;

import java.io.IOException;
import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import vn.motcua.files.FileSignatures;
import vn.motcua.files.UploadedFileName;
import vn.motcua.files.UploadedTable.Format;
import vn.motcua.platform.web.InvalidRequestException;

/** Imports of the province's units and officers from CSV/XLSX files, for administrators (docs/organization-import.md). */
@RestController
@RequestMapping("/api/organization/imports")
@Tag(name = "Nhập tổ chức", description = "Nhập đơn vị và cán bộ của tỉnh từ tệp CSV/XLSX")
class OrganizationImportController {

    private static final String ADMINISTRATOR = "hasAuthority('GROUP_camunda-admin')";

    private final OrganizationImports imports;
    private final OrganizationImportProperties properties;

    OrganizationImportController(OrganizationImports imports, OrganizationImportProperties properties) {
        this.imports = imports;
        this.properties = properties;
    }

    @PostMapping(path = "/units", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(ADMINISTRATOR)
    @Operation(summary = "Nhập tệp đơn vị (CSV hoặc XLSX): Mã đơn vị; Tên đơn vị; Loại đơn vị; Mã đơn vị cấp trên")
    ResponseEntity<Object> importUnits(@RequestPart(name = "file", required = false) MultipartFile file,
                                       @RequestParam(defaultValue = "false") boolean dryRun,
                                       @RequestParam(defaultValue = "false") boolean skipInvalidRows) throws IOException {
        String fileName = checkedName(file);
        OrganizationImportReport report = imports.importUnits(fileName, content(file, fileName),
                new OrganizationImports.Options(dryRun, skipInvalidRows, false));
        return answer(report);
    }

    @PostMapping(path = "/officers", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize(ADMINISTRATOR)
    @Operation(summary = "Nhập tệp cán bộ (CSV hoặc XLSX): Tên đăng nhập; Họ và tên; Email; Mã đơn vị; Vai trò; "
            + "Trạng thái. complete=true: cán bộ của các đơn vị trong tệp mà tệp không liệt kê được đánh dấu nghỉ việc")
    ResponseEntity<Object> importOfficers(@RequestPart(name = "file", required = false) MultipartFile file,
                                          @RequestParam(defaultValue = "false") boolean dryRun,
                                          @RequestParam(defaultValue = "false") boolean skipInvalidRows,
                                          @RequestParam(defaultValue = "false") boolean complete,
                                          Authentication administrator) throws IOException {
        String fileName = checkedName(file);
        OrganizationImportReport report = imports.importOfficers(fileName, content(file, fileName),
                new OrganizationImports.Options(dryRun, skipInvalidRows, complete), administrator.getName());
        return answer(report);
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
