package vn.motcua.citizen;

import java.util.List;

import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in citizen's own dossiers. Only citizens reach {@code /api/citizen/**} (see
 * {@code vn.motcua.security.CitizenSecurityConfiguration}); their authenticated name is their personal ID.
 */
@RestController
@RequestMapping("/api/citizen")
class CitizenDossierController {

    private final CitizenDossiers dossiers;

    CitizenDossierController(CitizenDossiers dossiers) {
        this.dossiers = dossiers;
    }

    @GetMapping("/dossiers")
    List<CitizenDossier> myDossiers(Authentication citizen) {
        return dossiers.of(citizen.getName());
    }
}
