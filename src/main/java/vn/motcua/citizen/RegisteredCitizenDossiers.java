package vn.motcua.citizen;

import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import org.springframework.stereotype.Service;

import vn.motcua.citizen.CitizenDossier.State;
import vn.motcua.dossier.ControlSheet;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.fees.FeePayments;

/**
 * A citizen's dossiers from the dossier register: those whose applicant ID is the citizen's, with the
 * steps still open on their control sheet. The filter on the citizen's own ID keeps others' dossiers out.
 */
@Service
class RegisteredCitizenDossiers implements CitizenDossiers {

    /** A citizen's list is not paged yet; this bounds the work of one request. */
    static final int MAX_DOSSIERS = 200;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final DossierService dossiers;
    private final ControlSheet controlSheet;
    private final FeePayments fees;

    RegisteredCitizenDossiers(DossierService dossiers, ControlSheet controlSheet, FeePayments fees) {
        this.dossiers = dossiers;
        this.controlSheet = controlSheet;
        this.fees = fees;
    }

    @Override
    public List<CitizenDossier> of(String citizenId) {
        Objects.requireNonNull(citizenId, "citizenId");
        return dossiers.ofApplicant(citizenId).stream().limit(MAX_DOSSIERS).map(this::toCitizenDossier).toList();
    }

    private CitizenDossier toCitizenDossier(Dossier dossier) {
        State state = switch (dossier.status()) {
            case RESULT_RETURNED -> State.COMPLETED;
            case REFUSED, STOPPED -> State.STOPPED;
            default -> State.RUNNING;
        };
        List<String> openSteps = state != State.RUNNING ? List.of() : controlSheet.of(dossier.id()).stream()
                .filter(entry -> entry.completedAt() == null)
                .map(ControlSheet.Entry::stepName)
                .toList();
        String outcome = state == State.RUNNING && dossier.status() != DossierStatus.RESULT_READY
                ? null : dossier.status().label();
        Long feeDue = dossier.status() != DossierStatus.FEE_DUE ? null
                : fees.feeDue(dossier.id()).map(FeePayments.FeeDue::amount).orElse(null);
        return new CitizenDossier(dossier.code(), dossier.procedureName(),
                dossier.submittedAt().atZone(VIETNAM).toOffsetDateTime(), state, openSteps, outcome, dossier.id(),
                feeDue, feeDue != null && fees.onlinePaymentAvailable(),
                dossier.appointmentAt() != null && dossiers.underComplexCase(dossier)
                        ? dossier.appointmentAt().atZone(VIETNAM).toOffsetDateTime() : null);
    }
}
