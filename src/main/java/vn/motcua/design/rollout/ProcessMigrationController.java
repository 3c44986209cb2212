package vn.motcua.design.rollout;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Moving running dossiers to a new process version, after a dry run. */
@RestController
@RequestMapping("/api/catalog/migrations")
@Tag(name = "Chuyển phiên bản quy trình", description = "Chuyển hồ sơ đang xử lý sang phiên bản quy trình mới")
class ProcessMigrationController {

    private final ProcessMigrations migrations;

    ProcessMigrationController(ProcessMigrations migrations) {
        this.migrations = migrations;
    }

    @PostMapping
    @PreAuthorize("@catalogEditors.mayEdit(authentication)")
    @Operation(summary = "Chạy thử (dryRun=true) hoặc áp dụng kế hoạch chuyển hồ sơ đang xử lý sang phiên bản quy trình mới")
    ProcessMigrations.Report migrate(@RequestBody ProcessMigrations.Request request) {
        return migrations.migrate(request);
    }
}
