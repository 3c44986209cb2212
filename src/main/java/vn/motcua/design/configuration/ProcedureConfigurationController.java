package vn.motcua.design.configuration;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.design.configuration.ProcedureAdministration.Deployed;
import vn.motcua.design.configuration.ProcedureAdministration.DeploymentRequest;
import vn.motcua.design.configuration.ProcedureAdministration.FieldError;
import vn.motcua.design.configuration.ProcedureAdministration.Preview;
import vn.motcua.design.configuration.ProcedureAdministration.PreviewRequest;
import vn.motcua.design.configuration.ProcedureAdministration.ProcedureDetail;
import vn.motcua.design.configuration.ProcedureAdministration.ProcedurePage;
import vn.motcua.design.lint.DeploymentLintException;
import vn.motcua.organization.AdministrationScope;
import vn.motcua.organization.AdministrationScope.Scope;
import vn.motcua.platform.web.InvalidRequestException;

/**
 * The procedures an administrator configures (docs/administration.md, "Procedure configuration"): the list in
 * their scope, a procedure's configuration and versions, a preview, a deployment from a day, a rollback and the
 * BPMN in force. Officers, supervisors and designers get 403; a procedure outside a unit administrator's scope is
 * 404.
 */
@RestController
@RequestMapping("/api/administration/procedures")
@Tag(name = "Quản trị thủ tục", description = "Cấu hình quy trình nội bộ, biểu mẫu và phí của thủ tục; triển khai theo ngày hiệu lực")
class ProcedureConfigurationController {

    private final ProcedureConfigurations configurations;
    private final AdministrationScope scopes;

    ProcedureConfigurationController(ProcedureConfigurations configurations, AdministrationScope scopes) {
        this.configurations = configurations;
        this.scopes = scopes;
    }

    @GetMapping
    @Operation(summary = "Các thủ tục đang có hiệu lực trong phạm vi quản trị (q: mã hoặc tên; page từ 0)")
    ProcedurePage list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page,
                       Authentication user) {
        return configurations.list(scope(user), q, page);
    }

    @GetMapping("/{code}")
    @Operation(summary = "Phiên bản đang có hiệu lực của thủ tục, cấu hình quy trình và các phiên bản")
    ProcedureDetail detail(@PathVariable String code, Authentication user) {
        return configurations.detail(scope(user), code);
    }

    @PostMapping("/{code}/preview")
    @Operation(summary = "Xem trước sơ đồ, biểu mẫu, khác biệt và kết quả kiểm tra của một cấu hình (không ghi gì)")
    Preview preview(@PathVariable String code, @RequestBody PreviewRequest body, Authentication user) {
        return configurations.preview(scope(user), code, required(body));
    }

    @PostMapping("/{code}/deployments")
    @Operation(summary = "Triển khai cấu hình thành phiên bản mới có hiệu lực từ ngày đã chọn")
    ResponseEntity<Deployed> deploy(@PathVariable String code, @RequestBody DeploymentRequest body, Authentication user,
                                    HttpServletRequest request) {
        Deployed deployed = configurations.deploy(scope(user), code, required(body), user.getName(),
                request.getRemoteAddr());
        return created(deployed);
    }

    @PostMapping("/{code}/rollback")
    @Operation(summary = "Quay lại cấu hình và phí của phiên bản trước, hiệu lực từ hôm nay")
    ResponseEntity<Deployed> rollback(@PathVariable String code, Authentication user, HttpServletRequest request) {
        return created(configurations.rollback(scope(user), code, user.getName(), request.getRemoteAddr()));
    }

    @GetMapping("/{code}/bpmn")
    @Operation(summary = "Sơ đồ BPMN đang áp dụng (vẽ tay hoặc sinh tự động), để xem")
    ResponseEntity<String> bpmn(@PathVariable String code, Authentication user) {
        // the type is set on the answer, not declared: a refusal stays problem+json whatever the client accepts
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_XML).body(configurations.bpmn(scope(user), code));
    }

    /** Every invalid input at once: {@code errors} lists {field, message}. */
    @ExceptionHandler(ConfigurationRefused.class)
    ProblemDetail refused(ConfigurationRefused refused) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, refused.getMessage());
        problem.setType(URI.create("about:blank"));
        problem.setProperty("errors", refused.errors());
        return problem;
    }

    /** The engine's lint refused the deployment (the transaction rolled back: no version was published). */
    @ExceptionHandler(DeploymentLintException.class)
    ProblemDetail lintRefused(DeploymentLintException refused) {
        return refused(new ConfigurationRefused(refused.problems().stream()
                .map(problem -> new FieldError("lint", problem.message())).toList()));
    }

    private Scope scope(Authentication user) {
        return scopes.of(user).orElseThrow(() -> new AccessDeniedException("not an administrator"));
    }

    private static <T> T required(T body) {
        if (body == null) {
            throw new InvalidRequestException("Thiếu nội dung yêu cầu.");
        }
        return body;
    }

    private static ResponseEntity<Deployed> created(Deployed deployed) {
        return ResponseEntity.created(URI.create("/api/catalog/procedures/" + deployed.code() + "/versions"))
                .body(deployed);
    }
}
