package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.DossierEvents.Change;
import vn.motcua.dossier.DossierService.Registration;
import vn.motcua.files.DossierFiles;
import vn.motcua.platform.web.ConflictException;
import vn.motcua.platform.web.InvalidRequestException;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

import static vn.motcua.platform.engine.ProcessVariables.*;

/**
 * The one registration of a dossier, for the API (counter, online, portal) and for a Tasklist start form
 * alike: idempotency, validation, the dossier code, the stored dossier and its first status, its
 * documents, the process variables that describe it, and the event. Reception of a complete dossier (the
 * appointment) follows in the process's start listener, {@link DossierProcessSync#processStarted}, for both.
 */
@Component
class DossierRegistration {

    private final DossierRepository dossiers;
    private final DossierCodeSequence codes;
    private final DossierRules rules;
    private final DossierFiles files;
    private final RuntimeService runtime;
    private final DossierEvents events;

    DossierRegistration(DossierRepository dossiers, DossierCodeSequence codes, DossierRules rules, DossierFiles files,
                        @Lazy RuntimeService runtime, DossierEvents events) {
        this.dossiers = dossiers;
        this.codes = codes;
        this.rules = rules;
        this.files = files;
        this.runtime = runtime;
        this.events = events;
    }

    /**
     * Registers the dossier, or with a known idempotency key returns the one registered first. Runs in the
     * caller's transaction (the request's, or the engine command's): the dossier code needs one.
     */
    Registration register(RegistrationRequest request) {
        NewDossier submitted = request.dossier();
        String idempotencyKey = request.idempotencyKey();
        if (idempotencyKey != null) {
            var previous = dossiers.findByIdempotencyKey(idempotencyKey);
            if (previous.isPresent()) {
                return new Registration(sameRequestOrConflict(previous.get(), fingerprint(submitted)), false);
            }
        }
        Procedure procedure = validate(request);
        files.validate(request.uploads());

        Instant now = Instant.now();
        DossierStatus status = DossierRules.initialStatus(submitted);
        DelegateExecution startedFrom = request.origin() instanceof RegistrationRequest.StartForm form
                ? form.execution() : null;
        Dossier dossier = Dossier.builder()
                .id(UUID.randomUUID().toString())
                .code(codes.next(submitted.receivingUnit(), LocalDate.ofInstant(now, WorkingTimeCalculator.ZONE)))
                .procedureCode(procedure.code())
                .procedureVersion(procedure.version())
                .procedureName(procedure.name())
                .processInstanceId(startedFrom == null ? null : startedFrom.getProcessInstanceId())
                .status(status)
                .channel(submitted.channel())
                .receivingUnit(submitted.receivingUnit())
                .applicant(submitted.applicant())
                .submittedAt(now)
                .missingDocuments(submitted.missingDocuments())
                .refusalReason(submitted.refusalReason())
                .createdBy(request.actor())
                .build();
        dossiers.insert(dossier, idempotencyKey, idempotencyKey == null ? null : fingerprint(submitted));
        dossiers.changeStatus(dossier.id(), status, now, request.actor());
        for (MultipartFile upload : request.uploads()) {
            files.store(dossier.id(), null, upload, request.actor());
        }

        Map<String, Object> registered = registeredVariables(dossier);
        if (startedFrom == null) {
            // the process's start listener links the instance and, for a complete dossier, receives it
            runtime.startProcessInstanceByKey(procedure.processKey(), dossier.id(),
                    apiVariables(submitted, registered, request.actor()));
        } else {
            // the form's own fields are variables already; the listener receives a complete dossier next
            startedFrom.setProcessBusinessKey(dossier.id());
            startedFrom.setVariables(registered);
        }
        Set<Change> changes = EnumSet.noneOf(Change.class);
        if (status == DossierStatus.SUPPLEMENT_REQUESTED) {
            changes.add(Change.SUPPLEMENT_REQUESTED);
        }
        if (!request.uploads().isEmpty()) {
            changes.add(Change.DOCUMENTS_ADDED);
        }
        events.dossierChanged(dossier.id(), changes);
        return new Registration(dossiers.find(dossier.id()).orElseThrow(), true);
    }

    private Procedure validate(RegistrationRequest request) {
        Procedure inForce;
        try {
            inForce = rules.validate(request.dossier());
        } catch (InvalidRequestException invalid) {
            throw request.origin().refusal(invalid);
        }
        return request.origin() instanceof RegistrationRequest.StartForm form ? form.procedure() : inForce;
    }

    /** What the system, not the applicant, says about the dossier: set on its process whatever started it. */
    private Map<String, Object> registeredVariables(Dossier dossier) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(DOSSIER_ID, dossier.id());
        variables.put(DOSSIER_CODE, dossier.code());
        variables.put(PROCEDURE_CODE, dossier.procedureCode());
        variables.put(PROCEDURE_VERSION, dossier.procedureVersion());
        variables.put(PROCEDURE_NAME, dossier.procedureName());
        variables.put(CHANNEL, dossier.channel().variableValue());
        variables.put(RECEIVING_UNIT_NAME, rules.unitName(dossier.receivingUnit()));
        variables.put(RECEIVING_COMMUNE, rules.communeOf(dossier.receivingUnit()));
        return variables;
    }

    /** An API registration also brings what a start form's fields would have set. */
    private static Map<String, Object> apiVariables(NewDossier submitted, Map<String, Object> registered, String actor) {
        Map<String, Object> variables = new HashMap<>(submitted.details() == null ? Map.of() : submitted.details());
        variables.putAll(registered);
        variables.put(RECEIVING_UNIT, submitted.receivingUnit());
        variables.put(APPLICANT_NAME, submitted.applicant().name());
        variables.put(APPLICANT_ID, submitted.applicant().idNumber());
        putIfPresent(variables, APPLICANT_PHONE, submitted.applicant().phone());
        putIfPresent(variables, APPLICANT_EMAIL, submitted.applicant().email());
        putIfPresent(variables, APPLICANT_ADDRESS, submitted.applicant().address());
        putIfPresent(variables, COMPLETENESS, submitted.completeness());
        putIfPresent(variables, MISSING_DOCUMENTS, submitted.missingDocuments());
        putIfPresent(variables, REFUSAL_REASON, submitted.refusalReason());
        putIfPresent(variables, RECEPTION_OFFICER, actor);
        return variables;
    }

    private Dossier sameRequestOrConflict(DossierRepository.IdempotentRequest previous, String fingerprint) {
        if (!fingerprint.equals(previous.fingerprint())) {
            throw new ConflictException("Khóa Idempotency-Key này đã được dùng cho một hồ sơ khác.");
        }
        return dossiers.find(previous.dossierId()).orElseThrow();
    }

    /** Stored with the key: a repeat must carry the same content ({@link NewDossier}'s text form). */
    private static String fingerprint(NewDossier request) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(String.valueOf(request).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void putIfPresent(Map<String, Object> variables, String name, Object value) {
        if (value != null) {
            variables.put(name, value);
        }
    }
}
