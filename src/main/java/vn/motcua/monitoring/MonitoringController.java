package vn.motcua.monitoring;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.monitoring.DashboardViews.DossierItem;
import vn.motcua.monitoring.DashboardViews.Now;
import vn.motcua.monitoring.DashboardViews.Trends;
import vn.motcua.organization.SupervisorScopes;
import vn.motcua.platform.web.InvalidRequestException;

/**
 * The supervisors' monitoring API. Supervisors and administrators only; a commune supervisor sees the
 * units of their commune or ward, a provincial supervisor and administrators the whole province
 * ({@link SupervisorScopes}); {@code unit} narrows to one unit of that scope (403 outside it).
 */
@RestController
@RequestMapping("/api/monitoring")
class MonitoringController {

    private static final MediaType XLSX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

    private final SupervisorScopes scopes;
    private final Dashboard dashboard;
    private final UnitStatistics statistics;
    private final StatisticsExports exports;
    private final ServiceIndex766 index766;
    private final OpenIncidents incidents;

    MonitoringController(SupervisorScopes scopes, Dashboard dashboard, UnitStatistics statistics,
                         StatisticsExports exports, ServiceIndex766 index766, OpenIncidents incidents) {
        this.scopes = scopes;
        this.dashboard = dashboard;
        this.statistics = statistics;
        this.exports = exports;
        this.index766 = index766;
        this.incidents = incidents;
    }

    @GetMapping("/now")
    Now now(@RequestParam(required = false) String unit, Authentication officer) {
        return dashboard.now(scopes.of(officer, unit));
    }

    @GetMapping("/provisional")
    @Operation(summary = "Hồ sơ đang giải quyết có hạn giải quyết tạm tính (năm chưa có lịch làm việc), hạn sớm nhất trước")
    Dashboard.Provisional provisional(@RequestParam(required = false) String unit,
                                      @RequestParam(defaultValue = "100") int limit, Authentication officer) {
        if (limit < 1 || limit > 500) {
            throw new InvalidRequestException("limit phải từ 1 đến 500.");
        }
        return dashboard.provisional(scopes.of(officer, unit), limit);
    }

    @GetMapping("/dossiers")
    List<DossierItem> dossiers(@RequestParam(required = false) String unit,
                               @RequestParam(required = false) String state,
                               @RequestParam(required = false) String stepKey,
                               @RequestParam(defaultValue = "50") int limit,
                               @RequestParam(defaultValue = "0") int offset, Authentication officer) {
        return dashboard.dossiers(scopes.of(officer, unit), DossierState.parse(state), stepKey, limit, offset);
    }

    /** Open Camunda incidents (failed jobs after their last retry) of the dossiers in scope, newest first. */
    @GetMapping("/incidents")
    List<OpenIncidents.IncidentItem> incidents(@RequestParam(required = false) String unit, Authentication officer) {
        return incidents.list(scopes.of(officer, unit));
    }

    @GetMapping("/trends")
    Trends trends(@RequestParam(required = false) String unit,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                  @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Authentication officer) {
        return dashboard.trends(scopes.of(officer, unit), from, to);
    }

    @GetMapping("/statistics")
    UnitStatistics.Report statistics(@RequestParam(required = false) String unit,
                                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                     @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                     Authentication officer) {
        return statistics.report(scopes.of(officer, unit), from, to);
    }

    @GetMapping("/statistics.csv")
    ResponseEntity<byte[]> statisticsCsv(@RequestParam(required = false) String unit,
                                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                         @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                         Authentication officer) {
        String csv = exports.csv(statistics.report(scopes.of(officer, unit), from, to));
        return file(csv.getBytes(StandardCharsets.UTF_8), new MediaType("text", "csv", StandardCharsets.UTF_8),
                "thong-ke-" + from + "-" + to + ".csv");
    }

    @GetMapping("/statistics.xlsx")
    ResponseEntity<byte[]> statisticsXlsx(@RequestParam(required = false) String unit,
                                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                          @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                          Authentication officer) {
        return file(exports.xlsx(statistics.report(scopes.of(officer, unit), from, to)), XLSX,
                "thong-ke-" + from + "-" + to + ".xlsx");
    }

    @GetMapping("/766")
    ServiceIndex766.Answer index766(@RequestParam(required = false) String unit,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                                    @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                                    @RequestParam(defaultValue = "200") int limit,
                                    @RequestParam(defaultValue = "0") int offset, Authentication officer) {
        return index766.compute(scopes.of(officer, unit), from, to, limit, offset);
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String name) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(content);
    }
}
