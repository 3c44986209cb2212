package vn.motcua.citizen;

import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** "Hồ sơ của tôi": the signed-in citizen's dossiers and where each stands. */
@Controller
class CitizenPageController {

    private final CitizenDossiers dossiers;

    CitizenPageController(CitizenDossiers dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping("/citizen")
    String myDossiers(@AuthenticationPrincipal OidcUser citizen, Model model) {
        model.addAttribute("citizenName", citizen.getFullName() != null ? citizen.getFullName() : citizen.getName());
        model.addAttribute("citizenId", citizen.getName());
        model.addAttribute("dossiers", dossiers.of(citizen.getName()));
        return "citizen/dossiers";
    }
}
