package vn.motcua.organization;

import java.security.Principal;
import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.platform.web.InvalidRequestException;

/**
 * Administration of units and officers. Reading the unit tree is open to every officer; changes are
 * for administrators (names, e-mails, roles, password resets, locks), except an officer's own change of
 * password, which needs the current one. Every change to an officer is in the audit trail. Officers edited here are the engine's users and groups, so Camunda Admin shows
 * the same change.
 */
@RestController
@RequestMapping("/api/organization")
@Tag(name = "Tổ chức", description = "Đơn vị, cán bộ và vai trò")
class OrganizationController {

    static final String ADMINISTRATOR = "hasAuthority('GROUP_camunda-admin')";

    private static final String USERNAME = "[a-z0-9._-]{3,64}";

    private final OrganizationService organization;
    private final AuditTrail audit;

    OrganizationController(OrganizationService organization, AuditTrail audit) {
        this.organization = organization;
        this.audit = audit;
    }

    record UnitRequest(@NotBlank @Size(max = 255) String name, @NotNull UnitKind kind,
                       @Size(max = 40) String parent) {
    }

    /** A person's name: letters as typed, no control characters and no markup. */
    static final String PERSON_NAME = "[^\\p{Cntrl}<>]+";

    record OfficerRequest(@NotBlank(message = "cần có họ tên") @Size(max = 255, message = "tối đa 255 ký tự")
                          @Pattern(regexp = PERSON_NAME, message = "không được chứa ký tự điều khiển hoặc dấu < >")
                          String name,
                          @NotBlank(message = "cần có mã đơn vị") @Size(max = 40, message = "tối đa 40 ký tự") String unit,
                          @NotEmpty(message = "cần ít nhất một vai trò") List<@NotNull Role> roles,
                          @Email(message = "không phải địa chỉ thư điện tử") @Size(max = 255, message = "tối đa 255 ký tự")
                          String email,
                          @Size(min = 12, max = 64, message = "từ 12 đến 64 ký tự") String initialPassword) {
    }

    record PasswordReset(@NotBlank(message = "cần có mật khẩu mới")
                         @Size(min = 12, max = 64, message = "từ 12 đến 64 ký tự") String newPassword) {
    }

    record PasswordChange(@NotBlank(message = "cần có mật khẩu hiện tại") @Size(max = 64, message = "tối đa 64 ký tự")
                          String currentPassword,
                          @NotBlank(message = "cần có mật khẩu mới")
                          @Size(min = 12, max = 64, message = "từ 12 đến 64 ký tự") String newPassword) {
    }

    record LockRequest(@NotNull(message = "cần cho biết khóa (true) hay mở khóa (false)") Boolean locked) {
    }

    @GetMapping("/units")
    @Operation(summary = "Danh sách đơn vị")
    List<Unit> units() {
        return organization.units();
    }

    @PutMapping("/units/{code}")
    @PreAuthorize(ADMINISTRATOR)
    @Operation(summary = "Tạo hoặc cập nhật đơn vị (quản trị)")
    Unit saveUnit(@PathVariable @Pattern(regexp = "[A-Za-z0-9.]{1,40}") String code,
                  @Valid @RequestBody UnitRequest request) {
        Unit unit = new Unit(code, request.name(), request.kind(), request.parent());
        organization.saveUnit(unit);
        return unit;
    }

    @GetMapping("/officers")
    @PreAuthorize(ADMINISTRATOR)
    @Operation(summary = "Danh sách cán bộ (quản trị)")
    List<Officer> officers() {
        return organization.officers();
    }

    @PutMapping("/officers/{username}")
    @PreAuthorize(ADMINISTRATOR)
    @Operation(summary = "Tạo hoặc cập nhật cán bộ và vai trò (quản trị)")
    Officer saveOfficer(@PathVariable @Pattern(regexp = USERNAME) String username,
                        @Valid @RequestBody OfficerRequest request, Principal administrator, HttpServletRequest http) {
        Optional<Officer> before = organization.officer(username);
        if (before.isEmpty() && request.initialPassword() == null) {
            throw new InvalidRequestException("Cán bộ mới cần có mật khẩu ban đầu (ít nhất 12 ký tự).");
        }
        organization.saveOfficer(username, request.name().strip(), request.unit(), request.roles(), request.email(),
                request.initialPassword());
        Officer after = organization.officer(username).orElseThrow(NoSuchElementException::new);
        audit.record(Instant.now(), administrator.getName(), AuditAction.OFFICER_SAVED, username,
                before.map(officer -> "trước: " + describe(officer) + "; sau: ").orElse("tạo mới: ") + describe(after),
                http.getRemoteAddr());
        return after;
    }

    @PutMapping("/officers/{username}/password")
    @PreAuthorize(ADMINISTRATOR)
    @Operation(summary = "Đặt lại mật khẩu của cán bộ (quản trị); các phiên đăng nhập của cán bộ kết thúc")
    ResponseEntity<Void> resetPassword(@PathVariable @Pattern(regexp = USERNAME) String username,
                                       @Valid @RequestBody PasswordReset request, Principal administrator,
                                       HttpServletRequest http) {
        organization.resetPassword(username, request.newPassword());
        audit.record(Instant.now(), administrator.getName(), AuditAction.OFFICER_PASSWORD_RESET, username, null,
                http.getRemoteAddr());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/officers/{username}/lock")
    @PreAuthorize(ADMINISTRATOR)
    @Operation(summary = "Khóa hoặc mở khóa tài khoản cán bộ (quản trị); khóa thì các phiên đăng nhập kết thúc")
    ResponseEntity<Void> lock(@PathVariable @Pattern(regexp = USERNAME) String username,
                              @Valid @RequestBody LockRequest request, Principal administrator, HttpServletRequest http) {
        organization.setLocked(username, request.locked());
        audit.record(Instant.now(), administrator.getName(),
                request.locked() ? AuditAction.OFFICER_LOCKED : AuditAction.OFFICER_UNLOCKED, username, null,
                http.getRemoteAddr());
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/me/password")
    @Operation(summary = "Cán bộ đổi mật khẩu của chính mình (cần mật khẩu hiện tại)")
    ResponseEntity<Void> changeOwnPassword(@Valid @RequestBody PasswordChange request, Principal officer,
                                           HttpServletRequest http) {
        organization.changeOwnPassword(officer.getName(), request.currentPassword(), request.newPassword());
        audit.record(Instant.now(), officer.getName(), AuditAction.OFFICER_PASSWORD_CHANGED, officer.getName(), null,
                http.getRemoteAddr());
        return ResponseEntity.noContent().build();
    }

    private static String describe(Officer officer) {
        return officer.name() + ", " + officer.email() + ", " + officer.unitCode() + ", " + officer.roles();
    }
}
