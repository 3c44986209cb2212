package vn.motcua.organization.administration;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.audit.AuditAction;
import vn.motcua.organization.AdministrationChanges;
import vn.motcua.organization.AdministrationScope;
import vn.motcua.organization.AdministrationScope.Scope;
import vn.motcua.organization.OfficerAdministration;
import vn.motcua.organization.Officer;
import vn.motcua.organization.Role;
import vn.motcua.organization.UnitChanges;
import vn.motcua.organization.UnitChanges.AdministeredUnit;
import vn.motcua.organization.UnitKind;

/**
 * The administration pages (Vietnamese, server-rendered; changes go through {@code /api/organization}): the home
 * {@code /quan-tri} with the administrator's scope and what they can configure, the unit tree {@code /quan-tri/don-vi}
 * and the officers {@code /quan-tri/can-bo}, each limited to the scope with its latest changes. Anyone who administers
 * nothing (officers, supervisors, designers) gets a 403 on every page.
 */
@Controller
class AdministrationPages {

    private static final int CHANGES_SHOWN = 20;
    private static final Collator VIETNAMESE = Collator.getInstance(Locale.forLanguageTag("vi-VN"));

    /** The Vietnamese name of each kind of unit. */
    static final Map<UnitKind, String> KIND_LABELS = Map.of(UnitKind.PROVINCE, "Tỉnh",
            UnitKind.DEPARTMENT, "Sở, ban, ngành", UnitKind.COMMUNE, "Xã, phường, đặc khu",
            UnitKind.SERVICE_CENTER, "Trung tâm phục vụ hành chính công");

    /** What each audited change is called on the pages. */
    static final Map<AuditAction, String> ACTION_LABELS = Map.ofEntries(
            Map.entry(AuditAction.UNIT_CREATED, "Tạo đơn vị"), Map.entry(AuditAction.UNIT_RENAMED, "Đổi tên đơn vị"),
            Map.entry(AuditAction.UNIT_MOVED, "Chuyển đơn vị"),
            Map.entry(AuditAction.UNIT_KIND_CHANGED, "Đổi loại đơn vị"),
            Map.entry(AuditAction.UNIT_DEACTIVATED, "Ngừng hoạt động đơn vị"),
            Map.entry(AuditAction.UNIT_REACTIVATED, "Cho đơn vị hoạt động lại"),
            Map.entry(AuditAction.ORGANIZATION_IMPORTED, "Nhập tệp"),
            Map.entry(AuditAction.OFFICER_SAVED, "Cập nhật cán bộ"),
            Map.entry(AuditAction.OFFICER_PASSWORD_RESET, "Đặt lại mật khẩu"),
            Map.entry(AuditAction.OFFICER_LOCKED, "Khóa tài khoản"),
            Map.entry(AuditAction.OFFICER_UNLOCKED, "Mở khóa tài khoản"),
            Map.entry(AuditAction.OFFICER_DEACTIVATED, "Đánh dấu nghỉ việc"),
            Map.entry(AuditAction.OFFICER_REACTIVATED, "Cho làm việc lại"));

    private final AdministrationScope scopes;
    private final UnitChanges units;
    private final OfficerAdministration officers;
    private final AdministrationChanges changes;

    AdministrationPages(AdministrationScope scopes, UnitChanges units, OfficerAdministration officers,
                        AdministrationChanges changes) {
        this.scopes = scopes;
        this.units = units;
        this.officers = officers;
        this.changes = changes;
    }

    @GetMapping("/quan-tri")
    String home(Authentication user, Model model) {
        Scope scope = scope(user);
        model.addAttribute("scope", scope);
        return "admin/index";
    }

    @GetMapping("/quan-tri/don-vi")
    String units(Authentication user, Model model) {
        Scope scope = scope(user);
        List<AdministeredUnit> tree = units.unitsOf(scope);
        model.addAttribute("scope", scope);
        model.addAttribute("units", tree);
        model.addAttribute("kinds", KIND_LABELS);
        model.addAttribute("creatableKinds", List.of(UnitKind.SERVICE_CENTER, UnitKind.DEPARTMENT, UnitKind.COMMUNE));
        common(scope, model);
        return "admin/units";
    }

    @GetMapping("/quan-tri/can-bo")
    String officers(Authentication user, Model model, @RequestParam(required = false) String unit,
                    @RequestParam(required = false) String q) {
        Scope scope = scope(user);
        List<AdministeredUnit> tree = units.unitsOf(scope);
        Map<String, AdministeredUnit> byCode = tree.stream()
                .collect(Collectors.toMap(AdministeredUnit::code, Function.identity()));
        String search = q == null ? "" : q.strip();
        String chosenUnit = unit != null && byCode.containsKey(unit) ? unit : null;
        List<Officer> shown = officers.officersOf(scope).stream()
                .filter(officer -> chosenUnit == null || chosenUnit.equals(officer.unitCode()))
                .filter(officer -> search.isEmpty() || contains(officer.username(), search)
                        || contains(officer.name(), search))
                .sorted(Comparator.comparing(Officer::name, VIETNAMESE).thenComparing(Officer::username))
                .toList();
        model.addAttribute("scope", scope);
        model.addAttribute("units", tree);
        model.addAttribute("unitNames", tree.stream().collect(Collectors.toMap(AdministeredUnit::code,
                AdministeredUnit::name)));
        model.addAttribute("officers", shown);
        model.addAttribute("locked", officers.locked());
        model.addAttribute("chosenUnit", chosenUnit);
        model.addAttribute("q", search);
        model.addAttribute("roles", List.of(Role.values()));
        common(scope, model);
        return "admin/officers";
    }

    private void common(Scope scope, Model model) {
        model.addAttribute("changes", changes.latest(scope, CHANGES_SHOWN));
        model.addAttribute("actionLabels", ACTION_LABELS);
    }

    private Scope scope(Authentication user) {
        return scopes.of(user).orElseThrow(() -> new AccessDeniedException("not an administrator"));
    }

    private static boolean contains(String text, String search) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(search.toLowerCase(Locale.ROOT));
    }
}
