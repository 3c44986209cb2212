package vn.motcua.citizen;

import java.time.Instant;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

import vn.motcua.organization.OrganizationService;
import vn.motcua.fees.ereceipt.EReceiptLinks;
import vn.motcua.fees.ereceipt.EReceiptStatus;
import vn.motcua.fees.ereceipt.EReceipts;

/**
 * The public page a receipt's QR code opens (no login): whether the receipt is genuine and still
 * valid. It shows only what the receipt's holder reads on it anyway — symbols, number, date, amount,
 * collecting unit, status — and nothing of the payer or the dossier. The address carries an
 * unguessable token, not the receipt's id or number.
 */
@Controller
class EReceiptLookupPage {

    /** What the public may learn of a receipt. */
    record PublicReceipt(String templateCode, String series, String number, Instant issuedAt, long amount,
                         String amountInWords, String unitName, EReceiptStatus status) {
    }

    private final EReceipts receipts;
    private final OrganizationService organization;

    EReceiptLookupPage(EReceipts receipts, OrganizationService organization) {
        this.receipts = receipts;
        this.organization = organization;
    }

    @GetMapping(EReceiptLinks.LOOKUP_PATH + "{token}")
    String page(@PathVariable String token, Model model, HttpServletResponse response) {
        receipts.byPublicToken(token).ifPresentOrElse(
                receipt -> model.addAttribute("receipt", new PublicReceipt(receipt.templateCode(), receipt.series(),
                        receipt.printedNumber(), receipt.issuedAt(), receipt.amount(), receipt.amountInWords(),
                        organization.unit(receipt.unitCode()).map(unit -> unit.name()).orElse(receipt.unitCode()),
                        receipt.status())),
                () -> response.setStatus(HttpServletResponse.SC_NOT_FOUND));
        return "receipt-lookup";
    }
}
