package vn.motcua.organization;

import java.util.List;
import java.util.NoSuchElementException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Administration of units and officers. Reading the unit tree is open to every officer; changes are
 * for administrators. Officers edited here are the engine's users and groups, so Camunda Admin shows
 * the same change.
 */
@RestController
@RequestMapping("/api/organization")
@Tag(name = "Tổ chức", description = "Đơn vị, cán bộ và vai trò")
class OrganizationController {

    static final String ADMINISTRATOR = "hasAuthority('GROUP_camunda-admin')";

    private final OrganizationService organization;

    OrganizationController(OrganizationService organization) {
        this.organization = organization;
    }

    record UnitRequest(@NotBlank @Size(max = 255) String name, @NotNull UnitKind kind,
                       @Size(max = 40) String parent) {
    }

    record OfficerRequest(@NotBlank @Size(max = 255) String name,
                          @NotBlank @Size(max = 40) String unit,
                          @NotEmpty List<@NotNull Role> roles,
                          @Email @Size(max = 255) String email,
                          @Size(min = 12, max = 64) String initialPassword) {
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
    Officer saveOfficer(@PathVariable @Pattern(regexp = "[a-z0-9._-]{3,64}") String username,
                        @Valid @RequestBody OfficerRequest request) {
        if (organization.officer(username).isEmpty() && request.initialPassword() == null) {
            throw new vn.motcua.api.InvalidRequestException("Cán bộ mới cần có mật khẩu ban đầu (ít nhất 12 ký tự).");
        }
        organization.saveOfficer(username, request.name(), request.unit(), request.roles(), request.email(),
                request.initialPassword());
        return organization.officer(username).orElseThrow(NoSuchElementException::new);
    }
}
