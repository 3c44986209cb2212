package vn.motcua.portal;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.dossier.DossierStatus;
import vn.motcua.organization.MonitoringScope;
import vn.motcua.organization.SupervisorScopes;
import vn.motcua.platform.web.ConflictException;
import vn.motcua.platform.web.InvalidRequestException;

/**
 * Supervisors' and administrators' view of the portal sync: the outbox (stuck rows first of all) and
 * the reconciliation list with its resend, each within the officer's monitoring scope
 * ({@link SupervisorScopes}) on the dossier's receiving unit; {@code unit} narrows to one unit of that
 * scope (403 outside it).
 */
@RestController
@RequestMapping("/api/portal")
@Tag(name = "Cổng DVCQG", description = "Đồng bộ trạng thái hồ sơ với Cổng Dịch vụ công quốc gia")
@PreAuthorize("@portalOperators.mayOperate(authentication)")
class PortalController {

    private final PortalOutboxStatus outbox;
    private final PortalReconciliation reconciliation;
    private final SupervisorScopes scopes;

    PortalController(PortalOutboxStatus outbox, PortalReconciliation reconciliation, SupervisorScopes scopes) {
        this.outbox = outbox;
        this.reconciliation = reconciliation;
        this.scopes = scopes;
    }

    /** One outbox row as supervisors see it. */
    record OutboxItem(long id, String dossierId, String dossierCode, int seq, int status, String statusLabel,
                      String state, int attempts, Instant nextAttemptAt, String lastError, Instant createdAt,
                      Instant sentAt) {
        static OutboxItem of(OutboxRow row) {
            return new OutboxItem(row.id(), row.dossierId(), row.dossierCode(), row.seq(), row.status(),
                    DossierStatus.ofCode(row.status()).label(), row.state(), row.attempts(), row.nextAttemptAt(),
                    row.lastError(), row.createdAt(), row.sentAt());
        }
    }

    @GetMapping("/outbox")
    @Operation(summary = "Hàng đợi gửi Cổng DVCQG: state = stuck (mặc định), pending hoặc parked")
    List<OutboxItem> outbox(@RequestParam(defaultValue = "stuck") String state,
                            @RequestParam(required = false) String unit,
                            @RequestParam(defaultValue = "100") int limit, Authentication officer) {
        MonitoringScope scope = scopes.of(officer, unit);
        PortalOutboxStatus.Filter filter;
        try {
            filter = PortalOutboxStatus.Filter.valueOf(state.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidRequestException("state phải là stuck, pending hoặc parked.");
        }
        return outbox.list(filter, scope.units(), limit).stream().map(OutboxItem::of).toList();
    }

    @GetMapping("/reconciliation")
    @Operation(summary = "Hồ sơ có trạng thái trên Cổng DVCQG khác trạng thái của hệ thống")
    List<PortalReconciliation.Mismatch> reconciliation(@RequestParam(required = false) String unit,
                                                       @RequestParam(defaultValue = "200") int limit,
                                                       Authentication officer) {
        return reconciliation.mismatches(scopes.of(officer, unit).units(), limit);
    }

    /** The answer to a resend. */
    record Resent(String dossierId, String dossierCode, int status, String statusLabel) {
    }

    @PostMapping("/reconciliation/{dossierId}/resend")
    @Operation(summary = "Gửi lại trạng thái hiện tại của hồ sơ sang Cổng DVCQG")
    Resent resend(@PathVariable String dossierId, Authentication officer) {
        MonitoringScope scope = scopes.of(officer);
        try {
            var dossier = reconciliation.resend(dossierId, scope::covers);
            return new Resent(dossier.id(), dossier.code(), dossier.status().code(), dossier.status().label());
        } catch (DuplicateKeyException concurrentChange) {
            throw new ConflictException("Hồ sơ vừa thay đổi trạng thái trong lúc gửi lại: hãy thử lại.");
        }
    }
}
