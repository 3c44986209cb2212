package vn.motcua.portal;

import java.util.NoSuchElementException;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.organization.MonitoringScope;
import vn.motcua.organization.SupervisorScopes;

/**
 * The supervisors' page of the portal sync: dossiers whose status the portal has not acknowledged,
 * with a one-click resend, and the outbox counts; each officer within their monitoring scope
 * ({@link SupervisorScopes}) on the dossier's receiving unit.
 */
@Controller
@PreAuthorize("@portalOperators.mayOperate(authentication)")
class PortalPages {

    private static final int PAGE_SIZE = 200;

    private final PortalReconciliation reconciliation;
    private final PortalOutboxStatus outbox;
    private final PortalProperties properties;
    private final SupervisorScopes scopes;

    PortalPages(PortalReconciliation reconciliation, PortalOutboxStatus outbox, PortalProperties properties,
                SupervisorScopes scopes) {
        this.reconciliation = reconciliation;
        this.outbox = outbox;
        this.properties = properties;
        this.scopes = scopes;
    }

    @GetMapping("/giam-sat/cong-dvcqg")
    String reconciliation(@RequestParam(required = false) String unit, Model model, Authentication officer) {
        MonitoringScope scope = scopes.of(officer, unit);
        model.addAttribute("mismatches", reconciliation.mismatches(scope.units(), PAGE_SIZE));
        model.addAttribute("counts", outbox.counts(scope.units()));
        model.addAttribute("configured", properties.configured());
        return "portal/reconciliation";
    }

    @PostMapping("/giam-sat/cong-dvcqg/{dossierId}/gui-lai")
    String resend(@PathVariable String dossierId, RedirectAttributes redirect, Authentication officer) {
        MonitoringScope scope = scopes.of(officer);
        try {
            var dossier = reconciliation.resend(dossierId, scope::covers);
            redirect.addFlashAttribute("message", "Đã xếp lịch gửi lại hồ sơ " + dossier.code() + " (trạng thái \""
                    + dossier.status().label() + "\") sang Cổng Dịch vụ công quốc gia.");
        } catch (NoSuchElementException e) {
            redirect.addFlashAttribute("message", "Không tìm thấy hồ sơ.");
        } catch (DuplicateKeyException e) {
            redirect.addFlashAttribute("message", "Hồ sơ vừa thay đổi trạng thái trong lúc gửi lại: hãy thử lại.");
        }
        return "redirect:/giam-sat/cong-dvcqg";
    }
}
