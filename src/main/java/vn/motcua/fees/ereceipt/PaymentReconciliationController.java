package vn.motcua.fees.ereceipt;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * Reconciliation of payments and receipts: administrators and provincial supervisors see every unit, a
 * commune supervisor the units of their commune, other officers the units of their groups; {@code unit}
 * narrows to one unit of that scope (403 outside it). A payment without receipt gets it with one call,
 * within the same scope.
 */
@RestController
@RequestMapping("/api/payments/reconciliation")
@Tag(name = "Đối soát thanh toán", description = "Khoản thanh toán chưa có biên lai, biên lai không có khoản thanh toán")
class PaymentReconciliationController {

    private final PaymentReconciliation reconciliation;
    private final EReceiptAccess access;

    PaymentReconciliationController(PaymentReconciliation reconciliation, EReceiptAccess access) {
        this.reconciliation = reconciliation;
        this.access = access;
    }

    @GetMapping
    @Operation(summary = "Thanh toán chưa có biên lai, biên lai không có thanh toán, lệnh thanh toán cần xử lý thủ công")
    PaymentReconciliation.Report report(@RequestParam(required = false) String unit,
                                        @RequestParam(defaultValue = "200") int limit, Authentication officer) {
        return reconciliation.report(access.reconciliationScope(officer, unit), limit);
    }

    @PostMapping("/{paymentId}/receipt")
    @Operation(summary = "Lập biên lai còn thiếu của một khoản thanh toán (201; 200 nếu đã có)")
    ResponseEntity<EReceipt> issue(@PathVariable String paymentId, Authentication officer) {
        String unit = reconciliation.unitOf(paymentId);
        if (!access.canIssueMissing(officer, unit)) {
            throw new AccessDeniedException("payment " + paymentId + " belongs to unit " + unit);
        }
        PaymentReconciliation.Issued issued = reconciliation.issueReceipt(paymentId);
        if (!issued.created()) {
            return ResponseEntity.ok(issued.receipt());
        }
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/api/receipts/" + issued.receipt().id())).body(issued.receipt());
    }
}
