package vn.motcua.citizen;

import java.net.URI;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

import vn.motcua.fees.FeePayments;

/**
 * The signed-in citizen's own dossiers. Only citizens reach {@code /api/citizen/**} (see
 * {@code vn.motcua.citizen.CitizenSecurityConfiguration}); their authenticated name is their personal ID.
 */
@RestController
@RequestMapping("/api/citizen")
class CitizenDossierController {

    private final CitizenDossiers dossiers;
    private final FeePayments payments;

    CitizenDossierController(CitizenDossiers dossiers, FeePayments payments) {
        this.dossiers = dossiers;
        this.payments = payments;
    }

    @GetMapping("/dossiers")
    List<CitizenDossier> myDossiers(Authentication citizen) {
        return dossiers.of(citizen.getName());
    }

    /**
     * Starts paying the dossier's fee online: the gateway URL to send the browser to. 404 for a dossier
     * that is not the citizen's, 409 when no fee is due or online payment is not configured.
     */
    @PostMapping("/dossiers/{id}/payment")
    Map<String, String> payOnline(@PathVariable String id, Authentication citizen, HttpServletRequest request) {
        URI base = ServletUriComponentsBuilder.fromCurrentContextPath().path("/").build().toUri();
        return Map.of("redirectUrl", payments.startOnline(id, citizen.getName(), base, request.getRemoteAddr()).toString());
    }
}
