package vn.motcua.dossier;

import java.util.NoSuchElementException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The public lookup, as an API and as the page the receipt's QR code opens (no login). */
@Controller
@Tag(name = "Tra cứu công khai", description = "Tra cứu tình trạng hồ sơ bằng mã hồ sơ và số định danh")
class PublicLookupController {

    private static final String NOT_FOUND = "Không tìm thấy hồ sơ với mã và số định danh đã nhập.";

    private final PublicLookup lookup;

    PublicLookupController(PublicLookup lookup) {
        this.lookup = lookup;
    }

    @GetMapping("/api/public/dossiers/{code}")
    @ResponseBody
    @Operation(summary = "Tra cứu hồ sơ (không cần đăng nhập)")
    PublicLookup.PublicDossier api(@PathVariable String code, @RequestParam(required = false) String applicantId) {
        return lookup.find(code, applicantId).orElseThrow(() -> new NoSuchElementException(NOT_FOUND));
    }

    @GetMapping("/tra-cuu")
    String page(@RequestParam(name = "ma", required = false) String code,
                @RequestParam(name = "cccd", required = false) String applicantId, Model model) {
        model.addAttribute("code", code);
        model.addAttribute("applicantId", applicantId);
        if (code != null && applicantId != null) {
            lookup.find(code, applicantId).ifPresentOrElse(
                    dossier -> model.addAttribute("dossier", dossier),
                    () -> model.addAttribute("notFound", NOT_FOUND));
        }
        return "public-lookup";
    }
}
