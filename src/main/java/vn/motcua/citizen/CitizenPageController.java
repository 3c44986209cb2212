package vn.motcua.citizen;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

import vn.motcua.fees.ereceipt.EReceipts;

/** "Hồ sơ của tôi": the signed-in citizen's dossiers, where each stands, and their e-receipts. */
@Controller
class CitizenPageController {

    private final CitizenDossiers dossiers;
    private final EReceipts receipts;

    CitizenPageController(CitizenDossiers dossiers, EReceipts receipts) {
        this.dossiers = dossiers;
        this.receipts = receipts;
    }

    @GetMapping("/citizen")
    String myDossiers(@AuthenticationPrincipal OidcUser citizen, Model model) {
        model.addAttribute("citizenName", citizen.getFullName() != null ? citizen.getFullName() : citizen.getName());
        model.addAttribute("citizenId", citizen.getName());
        model.addAttribute("dossiers", dossiers.of(citizen.getName()));
        model.addAttribute("receipts", receipts.ofApplicantByDossierCode(citizen.getName()));
        return "citizen/dossiers";
    }
}
