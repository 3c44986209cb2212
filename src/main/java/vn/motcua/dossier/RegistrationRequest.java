package vn.motcua.dossier;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.catalog.Procedure;
import vn.motcua.platform.engine.RefusedEngineRequest;
import vn.motcua.platform.web.InvalidRequestException;

import static vn.motcua.platform.engine.ProcessVariables.*;

/**
 * One dossier registration for {@link DossierRegistration}, whichever way the dossier arrived.
 *
 * @param dossier what the applicant (or the officer for them) submitted
 * @param uploads documents handed in with it; none from a start form
 * @param actor   who registers: the officer, the portal's account or the citizen
 */
record RegistrationRequest(NewDossier dossier, List<MultipartFile> uploads, String actor, Origin origin) {

    /** Where the registration came from, which decides how its process starts and how it is refused. */
    sealed interface Origin {

        /** How a registration's invalid content reaches the caller. */
        RuntimeException refusal(InvalidRequestException invalid);
    }

    /**
     * Our API (counter, online, portal): registration starts the procedure's process.
     *
     * @param idempotencyKey optional; a repeat with the same key and content returns the first dossier
     */
    record Api(String idempotencyKey) implements Origin {

        @Override
        public RuntimeException refusal(InvalidRequestException invalid) {
            return invalid; // problem+json through the web layer
        }
    }

    /**
     * An officer started the procedure's process from a Tasklist start form: the process runs already,
     * and its start listener registers the dossier it belongs to.
     *
     * @param procedure the procedure whose process this is, which the dossier records even when a newer
     *                  version of its code has moved to another process
     */
    record StartForm(DelegateExecution execution, Procedure procedure) implements Origin {

        @Override
        public RuntimeException refusal(InvalidRequestException invalid) {
            return RefusedEngineRequest.badRequest(invalid.getMessage()); // a 400 from the engine REST APIs too
        }
    }

    static RegistrationRequest api(NewDossier dossier, List<MultipartFile> uploads, String actor,
                                   String idempotencyKey) {
        return new RegistrationRequest(dossier, uploads, actor, new Api(idempotencyKey));
    }

    /** The dossier a start form describes, read from the form's variables. */
    static RegistrationRequest startForm(DelegateExecution execution, Procedure procedure, Channel channel,
                                         String actor) {
        NewDossier dossier = new NewDossier(procedure.code(), channel, (String) execution.getVariable(RECEIVING_UNIT),
                new Applicant((String) execution.getVariable(APPLICANT_NAME), applicantIdOf(execution),
                        (String) execution.getVariable(APPLICANT_PHONE), (String) execution.getVariable(APPLICANT_EMAIL),
                        (String) execution.getVariable(APPLICANT_ADDRESS)),
                // an officer's check comes later for online dossiers, whatever the form held
                channel == Channel.ONLINE ? null : (String) execution.getVariable(COMPLETENESS),
                (String) execution.getVariable(MISSING_DOCUMENTS), (String) execution.getVariable(REFUSAL_REASON),
                checkedFields(execution, procedure));
        return new RegistrationRequest(dossier, List.of(), actor, new StartForm(execution, procedure));
    }

    /**
     * The start form's fields the rules check: the fee line it chose and the fields an administrator configured
     * (required ones must hold a value); the other fields are the process's already. {@code null} when none.
     */
    private static Map<String, Object> checkedFields(DelegateExecution execution, Procedure procedure) {
        Map<String, Object> checked = new HashMap<>();
        if (execution.hasVariable(FEE_LINE)) {
            checked.put(FEE_LINE, execution.getVariable(FEE_LINE));
        }
        if (procedure.configuration() != null) {
            for (Procedure.ConfiguredField field : procedure.configuration().fields()) {
                if (execution.hasVariable(field.key())) {
                    checked.put(field.key(), execution.getVariable(field.key()));
                }
            }
        }
        return checked.isEmpty() ? null : checked;
    }

    /** The citizen ID, or for a foreigner the passport number, from the start form. */
    private static String applicantIdOf(DelegateExecution execution) {
        Object id = execution.getVariable(APPLICANT_ID);
        return id != null ? (String) id : (String) execution.getVariable("passportNumber");
    }

    /** The idempotency key, {@code null} without one. */
    String idempotencyKey() {
        return origin instanceof Api api ? api.idempotencyKey() : null;
    }
}
