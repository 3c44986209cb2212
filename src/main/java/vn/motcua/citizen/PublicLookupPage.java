package vn.motcua.citizen;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.motcua.dossier.PublicLookup;

/** The public lookup page the receipt slip's QR code opens (no login). */
@Controller
class PublicLookupPage {

    private final PublicLookup lookup;

    PublicLookupPage(PublicLookup lookup) {
        this.lookup = lookup;
    }

    @GetMapping("/tra-cuu")
    String page(@RequestParam(name = "ma", required = false) String code,
                @RequestParam(name = "cccd", required = false) String applicantId, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("applicantId", applicantId);
        if (code != null && applicantId != null) {
            lookup.find(code, applicantId).ifPresentOrElse(
                    dossier -> model.addAttribute("dossier", dossier),
                    () -> model.addAttribute("notFound", PublicLookup.NOT_FOUND));
        }
        return "public-lookup";
    }
}
