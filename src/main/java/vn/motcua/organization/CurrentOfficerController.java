package vn.motcua.organization;

import java.security.Principal;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is signed in, with the units they work for: the Camunda webapps' header shows it (see
 * {@code app/motcua/officer.js}). Any signed-in officer may read their own entry.
 */
@RestController
@Tag(name = "Tổ chức", description = "Đơn vị, cán bộ và vai trò")
class CurrentOfficerController {

    private final OrganizationService organization;

    CurrentOfficerController(OrganizationService organization) {
        this.organization = organization;
    }

    record UnitRole(String code, String name, Role role, String roleLabel) {
    }

    record CurrentOfficer(String username, String fullName, List<UnitRole> units) {
    }

    @GetMapping("/api/officers/me")
    @Operation(summary = "Cán bộ đang đăng nhập và các đơn vị của mình")
    CurrentOfficer me(Principal principal) {
        String username = principal.getName();
        // an account without an engine user (none today) still gets its name back rather than an error
        String fullName = organization.officer(username).map(Officer::name).filter(name -> !name.isBlank())
                .orElse(username);
        List<UnitRole> units = organization.memberships(username).stream()
                .map(m -> new UnitRole(m.unit().code(), m.unit().name(), m.role(), m.role().label()))
                .toList();
        return new CurrentOfficer(username, fullName, units);
    }
}
