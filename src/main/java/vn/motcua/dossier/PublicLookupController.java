package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import java.util.NoSuchElementException;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.organization.OrganizationService;
import vn.motcua.organization.Unit;

/**
 * The public lookup of a dossier by its code and the applicant's ID number: status, appointment and
 * steps, with no personal data. A wrong ID answers exactly like an unknown code.
 */
@RestController
@RequestMapping("/api/public/dossiers")
@Tag(name = "Tra cứu công khai", description = "Tra cứu tình trạng hồ sơ bằng mã hồ sơ và số định danh")
class PublicLookupController {

    private static final String NOT_FOUND = "Không tìm thấy hồ sơ với mã và số định danh đã nhập.";

    private final DossierService dossiers;
    private final ControlSheet controlSheet;
    private final OrganizationService organization;

    PublicLookupController(DossierService dossiers, ControlSheet controlSheet, OrganizationService organization) {
        this.dossiers = dossiers;
        this.controlSheet = controlSheet;
        this.organization = organization;
    }

    record Step(String name, String unit, Instant startedAt, Instant completedAt, ControlSheet.Classification result) {
    }

    record PublicDossier(String code, String procedureName, int status, String statusLabel, Instant receivedAt,
                         Instant appointmentAt, Instant finishedAt, Instant returnedAt, List<Step> steps) {
    }

    @GetMapping("/{code}")
    @Operation(summary = "Tra cứu hồ sơ (không cần đăng nhập)")
    PublicDossier lookup(@PathVariable String code, @RequestParam(required = false) String applicantId) {
        Dossier dossier = dossiers.byCode(code)
                .filter(found -> applicantId != null && found.applicant().idNumber().equals(applicantId))
                .orElseThrow(() -> new NoSuchElementException(NOT_FOUND));
        List<Step> steps = controlSheet.of(dossier.id()).stream()
                .map(entry -> new Step(entry.stepName(), unitName(entry.unitCode()), entry.startedAt(),
                        entry.completedAt(), entry.classification()))
                .toList();
        return new PublicDossier(dossier.code(), dossier.procedureName(), dossier.status().code(),
                dossier.status().label(), dossier.receivedAt(), dossier.appointmentAt(), dossier.finishedAt(),
                dossier.returnedAt(), steps);
    }

    private String unitName(String code) {
        return code == null ? null : organization.unit(code).map(Unit::name).orElse(null);
    }
}
