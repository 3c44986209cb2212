package vn.motcua.organization;

import java.security.Principal;
import java.time.Instant;
import java.util.List;

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

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.platform.web.InvalidRequestException;

/**
 * Administration of units and officers. Reading the unit tree is open to every officer; the rest is for
 * administrators, each within their {@link AdministrationScope} (a provincial administrator: every unit; a
 * department's or commune's: that unit's subtree; anything outside it is a 403 naming the scope), except an officer's
 * own change of password, which needs the current one. Every change is in the audit trail. Officers edited here are
 * the engine's users and groups, so Camunda Admin shows the same change.
 */
@RestController
@RequestMapping("/api/organization")
@Tag(name = "Tổ chức", description = "Đơn vị, cán bộ và vai trò")
class OrganizationController {

    /** Any administrator: of the province, or of a department or commune (checked again against the scope). */
    static final String ADMINISTRATOR = "@administrationScope.of(authentication).isPresent()";

    private static final String USERNAME = "[a-z0-9._-]{3,64}";
    private static final String UNIT_CODE = "[A-Za-z0-9.]{1,40}";
    private static final int CHANGES_SHOWN = 50;

    private final OrganizationService organization;
    private final AdministrationScope scopes;
    private final UnitChanges unitChanges;
    private final OfficerAdministration officers;
    private final AdministrationChanges changes;
    private final AuditTrail audit;

    OrganizationController(OrganizationService organization, AdministrationScope scopes, UnitChanges unitChanges,
                           OfficerAdministration officers, AdministrationChanges changes, AuditTrail audit) {
        this.audit = audit;
        this.organization = organization;
        this.scopes = scopes;
        this.unitChanges = unitChanges;
        this.officers = officers;
        this.changes = changes;
    }

    record UnitRequest(@NotBlank @Size(max = 255) String name, @NotNull UnitKind kind,
                       @Size(max = 40) String parent) {
    }

    record NewUnitRequest(@NotBlank(message = "cần có mã đơn vị") @Size(max = 40, message = "tối đa 40 ký tự") String code,
                          @NotBlank(message = "cần có tên đơn vị") @Size(max = 255, message = "tối đa 255 ký tự") String name,
                          @NotNull(message = "cần chọn loại đơn vị") UnitKind kind,
                          @NotBlank(message = "cần chọn đơn vị cấp trên") @Size(max = 40, message = "tối đa 40 ký tự")
                          String parent) {
    }

    record RenameRequest(@NotBlank(message = "cần có tên đơn vị") @Size(max = 255, message = "tối đa 255 ký tự")
                         String name) {
    }

    record MoveRequest(@NotBlank(message = "cần chọn đơn vị cấp trên mới") @Size(max = 40, message = "tối đa 40 ký tự")
                       String parent) {
    }

    record ActiveRequest(@NotNull(message = "cần cho biết hoạt động (true) hay ngừng (false)") Boolean active) {
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

    /** One change of the audit trail as the pages list it. */
    record Change(Instant at, String actor, AuditAction action, String target, String detail) {
    }

    @GetMapping("/units")
    @Operation(summary = "Danh sách đơn vị")
    List<Unit> units() {
        return organization.units();
    }

    @GetMapping("/administered-units")
    @PreAuthorize(ADMINISTRATOR)
    @Operation(summary = "Các đơn vị trong phạm vi quản trị, kèm trạng thái hoạt động và số cán bộ (quản trị)")
    List<UnitChanges.AdministeredUnit> administeredUnits(Authentication administrator) {
        return unitChanges.unitsOf(scope(administrator));
    }

    @PostMapping("/units")
    @PreAuthorize(ADMINISTRATOR)
    @Operation(summary = "Tạo đơn vị dưới một đơn vị trong phạm vi quản trị")
    ResponseEntity<Unit> createUnit(@Valid @RequestBody NewUnitRequest request, Authentication administrator,
                                    HttpServletRequest http) {
        Unit unit = unitChanges.create(scope(administrator), request.code().strip(), request.name(), request.kind(),
                request.parent().strip(), actor(administrator, http));
        return ResponseEntity.status(HttpStatus.CREATED).body(unit);
    }

    @PutMapping("/units/{code}")
    @PreAuthorize(ADMINISTRATOR)
    @Operation(summary = "Tạo hoặc cập nhật đơn vị (tên, loại, cấp trên) trong phạm vi quản trị")
    Unit saveUnit(@PathVariable @Pattern(regexp = UNIT_CODE) String code,
                  @Valid @RequestBody UnitRequest request, Authentication administrator, HttpServletRequest http) {
        AdministrationScope.Scope scope = scope(administrator);
        UnitChanges.Actor actor = actor(administrator, http);
        if (organization.unit(code).isEmpty()) {
            if (request.parent() != null && organization.unit(request.parent()).isEmpty()) {
                throw new InvalidRequestException("Không có đơn vị cấp trên mã " + request.parent());
            }
            return unitChanges.create(scope, code, request.name(), request.kind(), request.parent(), actor);
        }
        if (request.parent() != null && !request.parent().isBlank()) {
            if (organization.unit(request.parent()).isEmpty()) {
                throw new InvalidRequestException("Không có đơn vị cấp trên mã " + request.parent());
            }
            unitChanges.move(scope, code, request.parent(), actor);
        }
        unitChanges.changeKind(scope, code, request.kind(), actor);
        return unitChanges.rename(scope, code, request.name(), actor);
    }

    @PutMapping("/units/{code}/name")
    @PreAuthorize(ADMINISTRATOR)
    @Operation(summary = "Đổi tên đơn vị")
    Unit renameUnit(@PathVariable @Pattern(regexp = UNIT_CODE) String code, @Valid @RequestBody RenameRequest request,
                    Authentication administrator, HttpServletRequest http) {
        return unitChanges.rename(scope(administrator), code, request.name(), actor(administrator, http));
    }

    @PutMapping("/units/{code}/parent")
    @PreAuthorize(ADMINISTRATOR)
    @Operation(summary = "Chuyển đơn vị sang đơn vị cấp trên khác (từ chối khi tạo vòng, ngoài phạm vi, hoặc còn "
            + "công việc đang mở mà việc chuyển làm đổi sở, ngành hoặc xã, phường)")
    Unit moveUnit(@PathVariable @Pattern(regexp = UNIT_CODE) String code, @Valid @RequestBody MoveRequest request,
                  Authentication administrator, HttpServletRequest http) {
        if (organization.unit(request.parent().strip()).isEmpty()) {
            throw new InvalidRequestException("Không có đơn vị cấp trên mã " + request.parent().strip());
        }
        return unitChanges.move(scope(administrator), code, request.parent().strip(), actor(administrator, http));
    }

    @PutMapping("/units/{code}/active")
    @PreAuthorize(ADMINISTRATOR)
    @Operation(summary = "Ngừng hoặc cho hoạt động lại một đơn vị (từ chối khi còn đơn vị trực thuộc, cán bộ hoặc "
            + "công việc đang mở)")
    ResponseEntity<Void> setUnitActive(@PathVariable @Pattern(regexp = UNIT_CODE) String code,
                                       @Valid @RequestBody ActiveRequest request, Authentication administrator,
                                       HttpServletRequest http) {
        unitChanges.setActive(scope(administrator), code, request.active(), actor(administrator, http));
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/officers")
    @PreAuthorize(ADMINISTRATOR)
    @Operation(summary = "Danh sách cán bộ trong phạm vi quản trị")
    List<Officer> officers(Authentication administrator) {
        return officers.officersOf(scope(administrator));
    }

    @PutMapping("/officers/{username}")
    @PreAuthorize(ADMINISTRATOR)
    @Operation(summary = "Tạo hoặc cập nhật cán bộ và vai trò trong phạm vi quản trị")
    Officer saveOfficer(@PathVariable @Pattern(regexp = USERNAME) String username,
                        @Valid @RequestBody OfficerRequest request, Authentication administrator,
                        HttpServletRequest http) {
        return officers.save(scope(administrator), username, request.name().strip(), request.unit(), request.roles(),
                request.email(), request.initialPassword(), actor(administrator, http));
    }

    @PutMapping("/officers/{username}/password")
    @PreAuthorize(ADMINISTRATOR)
    @Operation(summary = "Đặt lại mật khẩu của cán bộ (quản trị); các phiên đăng nhập của cán bộ kết thúc")
    ResponseEntity<Void> resetPassword(@PathVariable @Pattern(regexp = USERNAME) String username,
                                       @Valid @RequestBody PasswordReset request, Authentication administrator,
                                       HttpServletRequest http) {
        officers.resetPassword(scope(administrator), username, request.newPassword(), actor(administrator, http));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/officers/{username}/lock")
    @PreAuthorize(ADMINISTRATOR)
    @Operation(summary = "Khóa hoặc mở khóa tài khoản cán bộ (quản trị); khóa thì các phiên đăng nhập kết thúc")
    ResponseEntity<Void> lock(@PathVariable @Pattern(regexp = USERNAME) String username,
                              @Valid @RequestBody LockRequest request, Authentication administrator,
                              HttpServletRequest http) {
        officers.setLocked(scope(administrator), username, request.locked(), actor(administrator, http));
        return ResponseEntity.noContent().build();
    }

    @PutMapping("/officers/{username}/active")
    @PreAuthorize(ADMINISTRATOR)
    @Operation(summary = "Đánh dấu cán bộ nghỉ việc (false) hoặc cho làm việc lại với đơn vị, vai trò trước khi nghỉ "
            + "(true)")
    Officer setOfficerActive(@PathVariable @Pattern(regexp = USERNAME) String username,
                             @Valid @RequestBody ActiveRequest request, Authentication administrator,
                             HttpServletRequest http) {
        return officers.setActive(scope(administrator), username, request.active(), actor(administrator, http));
    }

    @GetMapping("/changes")
    @PreAuthorize(ADMINISTRATOR)
    @Operation(summary = "Các thay đổi mới nhất về đơn vị và cán bộ trong phạm vi quản trị (nhật ký)")
    List<Change> changes(Authentication administrator) {
        return changes.latest(scope(administrator), CHANGES_SHOWN).stream().map(event -> new Change(event.occurredAt(),
                event.actor(), event.action(), event.target(), event.detail())).toList();
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

    private AdministrationScope.Scope scope(Authentication administrator) {
        return scopes.of(administrator).orElseThrow(() -> new AccessDeniedException("not an administrator"));
    }

    private static UnitChanges.Actor actor(Authentication administrator, HttpServletRequest http) {
        return new UnitChanges.Actor(administrator.getName(), http.getRemoteAddr());
    }
}
