package vn.motcua.design.pages;

import java.time.LocalDate;
import java.time.ZoneId;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import vn.motcua.organization.AdministrationScope;

/**
 * The administrator's pages for a procedure's configuration: the list of the procedures in their scope, and one
 * procedure's step table, e-form fields and fee with its preview (diagram, form, diff, lint), deployment and
 * versions. The pages are shells: what they show and change goes through {@code /api/administration/procedures},
 * which applies the same scope, so a page never shows what the API would refuse. Only administrators open them.
 */
@Controller
class ProcedureConfigurationPages {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** A catalog code as the national catalog writes it (1.001234, 2.000123): anything else names no procedure. */
    private static final String PROCEDURE_CODE = "[0-9A-Za-z][0-9A-Za-z._-]{0,39}";

    private final AdministrationScope scopes;

    ProcedureConfigurationPages(AdministrationScope scopes) {
        this.scopes = scopes;
    }

    @GetMapping("/quan-tri/thu-tuc")
    String procedures(Authentication user, Model model) {
        model.addAttribute("scope", scopeOf(user));
        return "admin/procedures";
    }

    @GetMapping("/quan-tri/thu-tuc/{code}")
    String procedure(@PathVariable String code, Authentication user, Model model) {
        AdministrationScope.Scope scope = scopeOf(user);
        if (!code.matches(PROCEDURE_CODE)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        model.addAttribute("scope", scope);
        model.addAttribute("code", code);
        model.addAttribute("today", LocalDate.now(VIETNAM));
        return "admin/procedures-configuration";
    }

    private AdministrationScope.Scope scopeOf(Authentication user) {
        return scopes.of(user).orElseThrow(() -> new AccessDeniedException("not an administrator"));
    }
}
