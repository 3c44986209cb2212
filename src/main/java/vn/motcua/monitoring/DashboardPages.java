package vn.motcua.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.RequestParam;

import vn.motcua.organization.MonitoringScope;
import vn.motcua.organization.OrganizationService;
import vn.motcua.organization.SupervisorScopes;
import vn.motcua.sla.calendar.CalendarCoverage;

/**
 * The supervisor's pages (server-rendered, Vietnamese): what is open, late, due soon or at risk now,
 * the trends of the last 30 days, the statistics report of a period, and the drill-down from any number
 * to the dossiers behind it. Same
 * scope as {@code /api/monitoring}: a commune supervisor sees their commune, a provincial one all.
 */
@Controller
class DashboardPages {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final int TREND_DAYS = 30;
    private static final int PAGE_SIZE = 200;
    private static final int PROVISIONAL_SHOWN = 20;

    private final SupervisorScopes scopes;
    private final Dashboard dashboard;
    private final OrganizationService organization;
    private final UnitStatistics statistics;
    private final OpenIncidents incidents;
    private final CalendarCoverage calendarCoverage;
    private volatile Clock clock;

    DashboardPages(SupervisorScopes scopes, Dashboard dashboard, OrganizationService organization,
                   UnitStatistics statistics, OpenIncidents incidents, CalendarCoverage calendarCoverage,
                   ObjectProvider<Clock> clock) {
        this.calendarCoverage = calendarCoverage;
        this.clock = clock.getIfAvailable(Clock::systemUTC);
        this.scopes = scopes;
        this.dashboard = dashboard;
        this.organization = organization;
        this.statistics = statistics;
        this.incidents = incidents;
    }

    /** Replaces the clock "today" is read from (tests move it around 1 October). */
    void clock(Clock clock) {
        this.clock = clock;
    }

    /** Unit names by code, for the lists that carry codes. */
    @ModelAttribute("unitNames")
    Map<String, String> unitNames() {
        return organization.unitNames();
    }

    @GetMapping("/giam-sat")
    String dashboard(@RequestParam(required = false) String unit, Authentication officer, Model model) {
        MonitoringScope scope = scopes.of(officer, unit);
        LocalDate today = LocalDate.now(clock.withZone(VIETNAM));
        model.addAttribute("unit", unit);
        model.addAttribute("calendarWarning", calendarCoverage.nextYearWarning(today).orElse(null));
        model.addAttribute("provisional", dashboard.provisional(scope, PROVISIONAL_SHOWN));
        model.addAttribute("now", dashboard.now(scope));
        model.addAttribute("trends", dashboard.trends(scope, today.minusDays(TREND_DAYS - 1L), today));
        model.addAttribute("incidents", incidents.list(scope));
        return "monitoring/dashboard";
    }

    @GetMapping("/giam-sat/thong-ke")
    String statistics(@RequestParam(required = false) String unit,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                      Authentication officer, Model model) {
        LocalDate end = to != null ? to : LocalDate.now(VIETNAM);
        LocalDate start = from != null ? from : end.withDayOfMonth(1);
        model.addAttribute("unit", unit);
        model.addAttribute("report", statistics.report(scopes.of(officer, unit), start, end));
        return "monitoring/statistics";
    }

    @GetMapping("/giam-sat/ho-so")
    String dossiers(@RequestParam(required = false) String unit, @RequestParam(defaultValue = "open") String state,
                    @RequestParam(required = false) String step, Authentication officer, Model model) {
        MonitoringScope scope = scopes.of(officer, unit);
        model.addAttribute("unit", unit);
        model.addAttribute("state", state);
        model.addAttribute("dossiers", dashboard.dossiers(scope, DossierState.parse(state), step, PAGE_SIZE, 0));
        return "monitoring/dossiers";
    }
}
