package vn.motcua.citizen;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.springframework.stereotype.Service;

import vn.motcua.citizen.CitizenDossier.State;

/**
 * Reads a citizen's dossiers from the engine's history: every top-level process instance whose
 * {@code applicantId} variable is the citizen's ID. Runs as the system (no engine user is signed in on
 * the citizens' paths), so the engine's authorizations for officers do not apply; the filter on the
 * citizen's own ID is what keeps other people's dossiers out.
 */
@Service
class EngineCitizenDossiers implements CitizenDossiers {

    static final String APPLICANT_ID = "applicantId";
    /** A citizen's list is not paged yet; this bounds the work of one request. */
    static final int MAX_DOSSIERS = 200;
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final HistoryService history;

    EngineCitizenDossiers(HistoryService history) {
        this.history = history;
    }

    @Override
    public List<CitizenDossier> of(String citizenId) {
        Objects.requireNonNull(citizenId, "citizenId");
        return history.createHistoricProcessInstanceQuery()
                .variableValueEquals(APPLICANT_ID, citizenId)
                .rootProcessInstances()
                .orderByProcessInstanceStartTime().desc()
                .listPage(0, MAX_DOSSIERS)
                .stream()
                .map(this::toDossier)
                .toList();
    }

    private CitizenDossier toDossier(HistoricProcessInstance instance) {
        State state = stateOf(instance);
        return new CitizenDossier(
                instance.getBusinessKey(),
                instance.getProcessDefinitionName(),
                OffsetDateTime.ofInstant(instance.getStartTime().toInstant(), VIETNAM),
                state,
                state == State.RUNNING ? currentSteps(instance) : List.of(),
                state == State.RUNNING ? null : outcome(instance));
    }

    private static State stateOf(HistoricProcessInstance instance) {
        return switch (instance.getState()) {
            case HistoricProcessInstance.STATE_COMPLETED -> State.COMPLETED;
            case HistoricProcessInstance.STATE_EXTERNALLY_TERMINATED,
                 HistoricProcessInstance.STATE_INTERNALLY_TERMINATED -> State.STOPPED;
            default -> State.RUNNING; // active or suspended: still the authority's to handle
        };
    }

    private List<String> currentSteps(HistoricProcessInstance instance) {
        return history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .unfinished()
                .orderByHistoricActivityInstanceStartTime().asc()
                .list()
                .stream()
                .map(HistoricActivityInstance::getActivityName)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }

    /** The name of the end event reached, which tells a returned result from a refusal. */
    private String outcome(HistoricProcessInstance instance) {
        if (instance.getEndActivityId() == null) {
            return null;
        }
        return history.createHistoricActivityInstanceQuery()
                .processInstanceId(instance.getId())
                .activityId(instance.getEndActivityId())
                .list()
                .stream()
                .map(HistoricActivityInstance::getActivityName)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }
}
