package vn.motcua.receipt;

import java.util.NoSuchElementException;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import vn.motcua.api.ConflictException;
import vn.motcua.api.InvalidRequestException;

/**
 * The supervisors' page of payment reconciliation: the three groups of
 * {@link PaymentReconciliation}, with a "Lập biên lai" button per payment without receipt.
 */
@Controller
class PaymentReconciliationPage {

    private static final int PAGE_SIZE = 200;
    private static final String PATH = "/giam-sat/thanh-toan";

    private final PaymentReconciliation reconciliation;

    private final ReceiptAccess access;

    PaymentReconciliationPage(PaymentReconciliation reconciliation, ReceiptAccess access) {
        this.reconciliation = reconciliation;
        this.access = access;
    }

    /** Supervisors and administrators only, as the other supervisors' pages. */
    private void supervisor(Authentication officer) {
        if (access.reconciliationScope(officer) != null) {
            throw new AccessDeniedException("payment reconciliation page: supervisors and administrators");
        }
    }

    @GetMapping(PATH)
    String page(Model model, Authentication officer) {
        supervisor(officer);
        model.addAttribute("report", reconciliation.report(null, PAGE_SIZE));
        return "receipt/reconciliation";
    }

    @PostMapping(PATH + "/{paymentId}/bien-lai")
    String issue(@PathVariable String paymentId, RedirectAttributes redirect, Authentication officer) {
        supervisor(officer);
        try {
            PaymentReconciliation.Issued issued = reconciliation.issueReceipt(paymentId);
            Receipt receipt = issued.receipt();
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
