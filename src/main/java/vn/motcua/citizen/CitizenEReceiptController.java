package vn.motcua.citizen;

import java.util.List;
import java.util.NoSuchElementException;

import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.motcua.fees.ereceipt.EReceipt;
import vn.motcua.fees.ereceipt.EReceiptAccess;
import vn.motcua.fees.ereceipt.EReceiptPdfResponse;
import vn.motcua.fees.ereceipt.EReceipts;

/**
 * The signed-in citizen's receipts: those of their own dossiers, as a list and as PDF. The paths are
 * under the citizen login ({@code vn.motcua.citizen.CitizenSecurityConfiguration}); the citizen's
 * authenticated name is their personal ID. Another person's receipt is answered like an unknown one.
 */
@RestController
class CitizenEReceiptController {

    static final String NOT_FOUND = "Không tìm thấy biên lai.";

    private final EReceipts receipts;
    private final EReceiptAccess access;

    CitizenEReceiptController(EReceipts receipts, EReceiptAccess access) {
        this.receipts = receipts;
        this.access = access;
    }

    @GetMapping("/api/citizen/receipts")
    List<EReceipt> ofDossier(@RequestParam String dossierId, Authentication citizen) {
        if (!access.isApplicant(citizen.getName(), dossierId)) {
            throw new NoSuchElementException("Không tìm thấy hồ sơ.");
        }
        return receipts.ofDossier(dossierId);
    }

    @GetMapping("/citizen/bien-lai/{id}/pdf")
    ResponseEntity<byte[]> pdf(@PathVariable String id, Authentication citizen) {
        EReceipt receipt;
        try {
            receipt = receipts.get(id);
        } catch (NoSuchElementException unknown) {
            return ResponseEntity.notFound().build();
        }
        if (!access.isApplicant(citizen.getName(), receipt.dossierId())) {
            return ResponseEntity.notFound().build();
        }
        return EReceiptPdfResponse.of(receipt, receipts);
    }
}
