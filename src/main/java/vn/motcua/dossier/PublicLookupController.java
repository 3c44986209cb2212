package vn.motcua.dossier;

import java.util.NoSuchElementException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The public lookup API (no login); the page the receipt slip's QR code opens is {@code citizen.PublicLookupPage}. */
@RestController
@Tag(name = "Tra cứu công khai", description = "Tra cứu tình trạng hồ sơ bằng mã hồ sơ và số định danh")
class PublicLookupController {

    private final PublicLookup lookup;

    PublicLookupController(PublicLookup lookup) {
        this.lookup = lookup;
    }

    @GetMapping("/api/public/dossiers/{code}")
    @Operation(summary = "Tra cứu hồ sơ (không cần đăng nhập)")
    PublicLookup.PublicDossier api(@PathVariable String code, @RequestParam(required = false) String applicantId) {
        return lookup.find(code, applicantId).orElseThrow(() -> new NoSuchElementException(PublicLookup.NOT_FOUND));
    }
}
