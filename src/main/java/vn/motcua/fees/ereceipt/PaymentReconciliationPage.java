package vn.motcua.fees.ereceipt;

import java.util.NoSuchElementException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.organization.MonitoringScope;
import vn.motcua.platform.web.ConflictException;
import vn.motcua.platform.web.InvalidRequestException;

/**
 * The supervisors' page of payment reconciliation: the three groups of
 * {@link PaymentReconciliation}, with a "Lập biên lai" button per payment without receipt.
 */
@Controller
class PaymentReconciliationPage {

    private static final int PAGE_SIZE = 200;
    private static final String PATH = "/giam-sat/thanh-toan";

    private final PaymentReconciliation reconciliation;

    private final EReceiptAccess access;

    PaymentReconciliationPage(PaymentReconciliation reconciliation, EReceiptAccess access) {
        this.reconciliation = reconciliation;
        this.access = access;
    }

    /** Supervisors and administrators only, each within their monitoring scope, as on the other supervisors' pages. */
    @GetMapping(PATH)
    String page(@RequestParam(required = false) String unit, Model model, Authentication officer) {
        MonitoringScope scope = access.supervisorScope(officer, unit);
        model.addAttribute("report", reconciliation.report(scope.wholeProvince() ? null : scope.units(), PAGE_SIZE));
        return "receipt/reconciliation";
    }

    @PostMapping(PATH + "/{paymentId}/bien-lai")
    String issue(@PathVariable String paymentId, RedirectAttributes redirect, Authentication officer) {
        MonitoringScope scope = access.supervisorScope(officer, null);
        try {
            String unit = reconciliation.unitOf(paymentId);
            if (!scope.covers(unit)) {
                throw new AccessDeniedException("payment " + paymentId + " belongs to unit " + unit);
            }
            PaymentReconciliation.Issued issued = reconciliation.issueReceipt(paymentId);
            EReceipt receipt = issued.receipt();
            redirect.addFlashAttribute("message", (issued.created() ? "Đã lập biên lai " : "Khoản thanh toán đã có biên lai ")
                    + receipt.label() + " cho hồ sơ " + (receipt.dossierCode() == null ? receipt.dossierId()
                    : receipt.dossierCode()) + ".");
        } catch (NoSuchElementException e) {
            redirect.addFlashAttribute("message", "Không tìm thấy khoản thanh toán.");
        } catch (InvalidRequestException | ConflictException e) {
            redirect.addFlashAttribute("message", "Không lập được biên lai: " + e.getMessage());
        }
        return "redirect:" + PATH;
    }
}
