package vn.motcua.dossier;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.stereotype.Component;

import vn.motcua.organization.OrganizationService;
import vn.motcua.sla.Timeliness;

/**
 * What anyone may learn of a dossier from its code and the applicant's ID number: status, appointment
 * and steps, with no personal data. A wrong ID finds nothing, exactly like an unknown code.
 */
@Component
public class PublicLookup {

    /** What the lookup answers when no dossier has this code and applicant. */
    public static final String NOT_FOUND = "Không tìm thấy hồ sơ với mã và số định danh đã nhập.";

    record Step(String name, String unit, Instant startedAt, Instant completedAt, Timeliness result) {
    }

    /**
     * @param complexCaseAppointment the appointment when the complex-case limit applies (the dossier is being
     *                               verified), {@code null} otherwise
     */
    public record PublicDossier(String code, String procedureName, int status, String statusLabel, Instant receivedAt,
                         Instant appointmentAt, Instant finishedAt, Instant returnedAt, List<Step> steps,
                         Instant complexCaseAppointment) {
    }

    private final DossierService dossiers;
    private final ControlSheet controlSheet;
    private final OrganizationService organization;

    PublicLookup(DossierService dossiers, ControlSheet controlSheet, OrganizationService organization) {
        this.dossiers = dossiers;
        this.controlSheet = controlSheet;
        this.organization = organization;
    }

    public Optional<PublicDossier> find(String code, String applicantId) {
        if (code == null || applicantId == null) {
            return Optional.empty();
        }
        return dossiers.byCode(code.trim())
                .filter(found -> found.applicant().idNumber().equals(applicantId.trim()))
                .map(this::toPublic);
    }

    private PublicDossier toPublic(Dossier dossier) {
        Map<String, String> unitNames = organization.unitNames();
        List<Step> steps = controlSheet.of(dossier.id()).stream()
                .map(entry -> new Step(entry.stepName(), unitNames.get(entry.unitCode()), entry.startedAt(),
                        entry.completedAt(), entry.classification()))
                .toList();
        return new PublicDossier(dossier.code(), dossier.procedureName(), dossier.status().code(),
                dossier.status().label(), dossier.receivedAt(), dossier.appointmentAt(), dossier.finishedAt(),
                dossier.returnedAt(), steps, dossiers.underComplexCase(dossier) ? dossier.appointmentAt() : null);
    }

}
