package vn.motcua.dossier;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

import vn.motcua.organization.OrganizationService;

/** The control sheet (form 6) of a dossier as a page, with the link to its process in Cockpit. */
@Controller
class ControlSheetPage {

    private final DossierService dossiers;
    private final DossierAccess access;
    private final ControlSheet controlSheet;
    private final OrganizationService organization;

    ControlSheetPage(DossierService dossiers, DossierAccess access, ControlSheet controlSheet,
                     OrganizationService organization) {
        this.dossiers = dossiers;
        this.access = access;
        this.controlSheet = controlSheet;
        this.organization = organization;
    }

    @GetMapping("/ho-so/{id}/phieu-kiem-soat")
    String page(@PathVariable String id, Authentication officer, Model model) {
        Dossier dossier = dossiers.find(id).filter(found -> access.canRead(officer, found))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("dossier", dossier);
        model.addAttribute("timeliness", dossiers.timeliness(dossier).orElse(null));
        model.addAttribute("steps", controlSheet.of(id));
        model.addAttribute("units", organization.unitNames());
        return "control-sheet";
    }
}
