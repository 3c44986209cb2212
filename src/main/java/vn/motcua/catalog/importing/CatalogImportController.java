package vn.motcua.catalog.importing;

import java.io.IOException;
import java.net.URI;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

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
import vn.motcua.files.UploadedTable;
import vn.motcua.platform.web.InvalidRequestException;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

/** Catalog imports from the national procedure database's exports (docs/catalog-import.md). */
@RestController
@RequestMapping("/api/catalog/imports")
@Tag(name = "Nhập danh mục thủ tục", description = "Nhập danh mục TTHC từ tệp CSV/XLSX, so sánh và tạo phiên bản mới")
class CatalogImportController {

    private final CatalogImports imports;
    private final CatalogImportProperties properties;

    CatalogImportController(CatalogImports imports, CatalogImportProperties properties) {
        this.imports = imports;
        this.properties = properties;
    }

    @PostMapping(consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @PreAuthorize("@catalogEditors.mayEdit(authentication)")
    @Operation(summary = "Nhập tệp danh mục thủ tục (CSV hoặc XLSX); dryRun=true chỉ trả báo cáo và khác biệt")
    ResponseEntity<Object> importCatalog(@RequestPart(name = "file", required = false) MultipartFile file,
                                         @RequestParam(defaultValue = "false") boolean dryRun,
                                         @RequestParam(required = false) String effectiveFrom,
                                         @RequestParam(defaultValue = "false") boolean complete,
                                         @RequestParam(defaultValue = "false") boolean skipInvalidRows,
                                         Authentication officer) throws IOException {
        if (file == null || file.isEmpty()) {
            throw new InvalidRequestException("Thiếu tệp danh mục (trường \"file\" của biểu mẫu multipart).");
        }
        String fileName = UploadedFileName.require(file.getOriginalFilename());
        String format = CatalogImports.formatOf(fileName);
        if (file.getSize() > properties.maxFileSize().toBytes()) {
            throw new ResponseStatusException(HttpStatus.PAYLOAD_TOO_LARGE, "Tệp danh mục lớn hơn "
                    + properties.maxFileSize().toMegabytes() + " MB; hãy tách theo lĩnh vực.");
        }
        byte[] content = file.getBytes();
        if (UploadedTable.Format.XLSX.name().equals(format)) {
            FileSignatures.requireXlsx(fileName, file.getContentType(), content);
        } else {
            FileSignatures.requireCsv(fileName, file.getContentType(), content);
        }
        CatalogImports.Options options = new CatalogImports.Options(dryRun, day(effectiveFrom), complete, skipInvalidRows);
        CatalogImportReport report = imports.importFile(fileName, content, options,
                officer == null ? null : officer.getName());
        if (!dryRun && !report.written()) {
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

    private static LocalDate day(String text) {
        if (text == null || text.isBlank()) {
            return LocalDate.now(WorkingTimeCalculator.ZONE);
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new InvalidRequestException("Ngày hiệu lực \"" + text + "\" không hợp lệ: ghi theo dạng yyyy-MM-dd.");
        }
    }
}
