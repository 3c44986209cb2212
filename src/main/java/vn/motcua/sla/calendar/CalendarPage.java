package vn.motcua.sla.calendar;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.organization.AdministrationScope;

/**
 * The administration page of the working-day calendar ({@code /quan-tri/lich}): the years loaded and their
 * status, a year's days off and make-up days with their deciding notice, the latest changes. Provincial
 * administrators edit the days of this year and later ones, preview the change and save it (through
 * {@link CalendarController}); administrators of a department or commune see the page read-only; anyone
 * else gets 403.
 */
@Controller
class CalendarPage {

    private static final int LATEST_CHANGES = 10;

    private final CalendarAdministration administration;
    private final CalendarCoverage coverage;
    private final AdministrationScope scope;
    private final AuditTrail audit;

    CalendarPage(CalendarAdministration administration, CalendarCoverage coverage, AdministrationScope scope,
                 AuditTrail audit) {
        this.administration = administration;
        this.coverage = coverage;
        this.scope = scope;
        this.audit = audit;
    }

    @GetMapping("/quan-tri/lich")
    String calendar(@RequestParam(name = "nam", required = false) Integer year, Authentication user, Model model) {
        AdministrationScope.Scope administered = scope.of(user)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.FORBIDDEN));
        int currentYear = LocalDate.now(WorkingTimeCalculator.ZONE).getYear();
        int shown = year == null ? currentYear + 1 : year;
        if (shown < CalendarAdministration.FIRST_YEAR || shown > CalendarAdministration.LAST_YEAR) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        List<CalendarEntry> days = administration.year(shown).map(stored -> stored.year().entries().stream()
                .sorted(Comparator.comparing(CalendarEntry::date)).toList()).orElse(List.of());
        model.addAttribute("scope", administered);
        model.addAttribute("editable", administered.isProvince() && shown >= currentYear);
        model.addAttribute("years", administration.overview(currentYear));
        model.addAttribute("year", shown);
        model.addAttribute("stored", administration.year(shown).orElse(null));
        model.addAttribute("days", days);
        model.addAttribute("warning", coverage.nextYearWarning().orElse(null));
        model.addAttribute("changes", audit.latest(AuditAction.CALENDAR_CHANGED, LATEST_CHANGES));
        return "admin/calendar";
    }
}
