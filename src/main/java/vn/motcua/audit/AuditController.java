package vn.motcua.audit;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The audit trail, for administrators. The limit's bounds are checked by Spring MVC's own method validation
 * (a 400 problem); a class-level {@code @Validated} would check them in a proxy instead and fail with a 500.
 */
@RestController
@RequestMapping("/api/audit")
@Tag(name = "Nhật ký", description = "Nhật ký đăng nhập, phân quyền và triển khai quy trình")
class AuditController {

    private final AuditTrail trail;

    AuditController(AuditTrail trail) {
        this.trail = trail;
    }

    @GetMapping
    @PreAuthorize("hasAuthority('GROUP_camunda-admin')")
    @Operation(summary = "Các sự kiện mới nhất (quản trị)")
    List<AuditEvent> latest(@RequestParam(required = false) AuditAction action,
                            @RequestParam(defaultValue = "100") @Min(1) @Max(1000) int limit) {
        return trail.latest(action, limit);
    }
}
