package vn.motcua.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.api.ConflictException;
import vn.motcua.api.InvalidRequestException;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Procedure;
import vn.motcua.documents.DossierFiles;
import vn.motcua.organization.OrganizationService;
import vn.motcua.sla.ClockState;
import vn.motcua.sla.Deadlines;
import vn.motcua.sla.SlaClock;
import vn.motcua.sla.TimeLimit;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

import static vn.motcua.dossier.ProcessVariables.*;

/**
 * The dossier lifecycle: registration at the counter or online, receipt (code and appointment),
 * supplement, withdrawal, result return, and the status kept in step with the procedure's process.
 * Every operation is one transaction with the engine's work: a dossier is never half-written.
 */
@Service
public class DossierService {

    /** Task keys of the shared building blocks that the API completes on the applicant's behalf. */
    static final String RECORD_SUPPLEMENT_TASK = "Task_RecordSupplement";
    static final String RETURN_RESULT_TASK = "Task_ReturnResult";

    private static final Duration ONE_WORKING_DAY = Duration.ofHours(8);
    private static final Pattern CITIZEN_ID = Pattern.compile("[0-9]{12}");
    private static final Pattern TAX_CODE = Pattern.compile("[0-9]{10}(-[0-9]{3})?");
    /** Foreign applicants are identified by their passport number. */
    private static final Pattern PASSPORT = Pattern.compile("(?=.*[A-Z])[A-Z0-9]{6,20}");
    private static final Set<String> COMPLETENESS_VALUES = Set.of(COMPLETE, NEEDS_SUPPLEMENT, REFUSED);

    private final DossierRepository dossiers;
    private final DossierCodeSequence codes;
    private final Catalog catalog;
    private final SlaClock clock;
    private final Deadlines deadlines;
    private final DossierFiles files;
    private final OrganizationService organization;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final DossierEvents events;

    DossierService(DossierRepository dossiers, DossierCodeSequence codes, Catalog catalog, @Lazy SlaClock clock,
                   Deadlines deadlines, DossierFiles files, OrganizationService organization,
                   @Lazy RuntimeService runtime, @Lazy TaskService tasks, DossierEvents events) {
        this.events = events;
        this.dossiers = dossiers;
        this.codes = codes;
        this.catalog = catalog;
        this.clock = clock;
        this.deadlines = deadlines;
        this.files = files;
        this.organization = organization;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /**
     * Registers a dossier, gives it its code and starts its procedure. At the counter the officer's
     * completeness check decides: received (appointment now), supplement needed, or refused. Online dossiers
     * wait for an officer's check. With an idempotency key, a repeated request returns the dossier the
     * first one created.
     */
    @Transactional
    public Dossier submit(NewDossier request, List<MultipartFile> uploads, String actor, String idempotencyKey) {
        if (idempotencyKey != null) {
            var previous = dossiers.findByIdempotencyKey(idempotencyKey);
            if (previous.isPresent()) {
                return sameRequestOrConflict(previous.get(), fingerprint(request));
            }
        }
        Procedure procedure = validate(request);
        files.validate(uploads);

        Instant now = Instant.now();
        DossierStatus status = initialStatus(request);
        String code = codes.next(request.receivingUnit(), LocalDate.ofInstant(now, WorkingTimeCalculator.ZONE));
        Dossier dossier = new Dossier(UUID.randomUUID().toString(), code, procedure.code(), procedure.version(),
                procedure.name(), null, status, request.channel(), request.receivingUnit(), null,
                request.applicant(), now, null, null, null, null, request.missingDocuments(), request.refusalReason(),
                actor);
        dossiers.insert(dossier, idempotencyKey, idempotencyKey == null ? null : fingerprint(request));
        dossiers.changeStatus(dossier.id(), status, now, actor);
        for (MultipartFile upload : uploads) {
            files.store(dossier.id(), null, upload, actor);
        }

        Map<String, Object> variables = new HashMap<>(request.details() == null ? Map.of() : request.details());
        variables.put(DOSSIER_ID, dossier.id());
        variables.put(DOSSIER_CODE, code);
        variables.put(PROCEDURE_CODE, procedure.code());
        variables.put(PROCEDURE_VERSION, procedure.version());
        variables.put(CHANNEL, request.channel().variableValue());
        variables.put(RECEIVING_UNIT, request.receivingUnit());
        variables.put(APPLICANT_NAME, request.applicant().name());
        variables.put(APPLICANT_ID, request.applicant().idNumber());
        putIfPresent(variables, APPLICANT_PHONE, request.applicant().phone());
        putIfPresent(variables, APPLICANT_EMAIL, request.applicant().email());
        putIfPresent(variables, APPLICANT_ADDRESS, request.applicant().address());
        putIfPresent(variables, COMPLETENESS, request.completeness());
        putIfPresent(variables, MISSING_DOCUMENTS, request.missingDocuments());
        putIfPresent(variables, REFUSAL_REASON, request.refusalReason());
        putIfPresent(variables, RECEPTION_OFFICER, actor);
        // the process's start listener links the instance and, for a complete dossier, receives it
        runtime.startProcessInstanceByKey(procedure.processKey(), dossier.id(), variables);
        changed(dossier.id(), status == DossierStatus.SUPPLEMENT_REQUESTED, false, !uploads.isEmpty());
        return dossiers.find(dossier.id()).orElseThrow();
    }

    private Dossier sameRequestOrConflict(DossierRepository.IdempotentRequest previous, String fingerprint) {
        if (!fingerprint.equals(previous.fingerprint())) {
            throw new ConflictException("Khóa Idempotency-Key này đã được dùng cho một hồ sơ khác.");
        }
        return dossiers.find(previous.dossierId()).orElseThrow();
    }

    /** The dossier created by an earlier request with this idempotency key, if any. */
    public java.util.Optional<Dossier> findByIdempotencyKey(String key) {
        return dossiers.findByIdempotencyKey(key).flatMap(previous -> dossiers.find(previous.dossierId()));
    }

    private Procedure validate(NewDossier request) {
        if (request.procedureCode() == null || request.procedureCode().isBlank()) {
            throw new InvalidRequestException("Thiếu mã thủ tục hành chính.");
        }
        Procedure procedure = catalog.inForce(request.procedureCode(), today()).orElseThrow(() ->
                new InvalidRequestException("Không có thủ tục mã \"" + request.procedureCode() + "\" đang có hiệu lực."));
        if (request.channel() == null) {
            throw new InvalidRequestException("Thiếu kênh tiếp nhận (counter, online, post).");
        }
        if (request.receivingUnit() == null || organization.unit(request.receivingUnit()).isEmpty()) {
            throw new InvalidRequestException("Không có đơn vị tiếp nhận mã \"" + request.receivingUnit() + "\".");
        }
        Applicant applicant = request.applicant();
        if (applicant == null || applicant.name() == null || applicant.name().isBlank()) {
            throw new InvalidRequestException("Thiếu họ tên người nộp hồ sơ.");
        }
        if (applicant.idNumber() == null || applicant.idNumber().isBlank()) {
            throw new InvalidRequestException("Thiếu số định danh cá nhân (CCCD) hoặc mã số thuế của người nộp hồ sơ.");
        }
        if (!CITIZEN_ID.matcher(applicant.idNumber()).matches() && !TAX_CODE.matcher(applicant.idNumber()).matches()
                && !PASSPORT.matcher(applicant.idNumber()).matches()) {
            throw new InvalidRequestException("Số định danh \"" + applicant.idNumber()
                    + "\" không hợp lệ: CCCD gồm 12 chữ số, mã số thuế gồm 10 hoặc 13 chữ số, hộ chiếu gồm chữ in hoa và số.");
        }
        if (request.channel() == Channel.ONLINE) {
            if (request.completeness() != null) {
                throw new InvalidRequestException("Hồ sơ trực tuyến được cán bộ kiểm tra sau khi nộp; không gửi kết quả kiểm tra.");
            }
        } else if (!COMPLETENESS_VALUES.contains(request.completeness())) {
            throw new InvalidRequestException("Kết quả kiểm tra hồ sơ phải là received, supplement hoặc refused.");
        } else if (NEEDS_SUPPLEMENT.equals(request.completeness()) && blank(request.missingDocuments())) {
            throw new InvalidRequestException("Cần ghi rõ giấy tờ phải bổ sung (mẫu 02).");
        } else if (REFUSED.equals(request.completeness()) && blank(request.refusalReason())) {
            throw new InvalidRequestException("Cần ghi rõ lý do từ chối tiếp nhận (mẫu 03).");
        }
        if (request.details() != null) {
            request.details().forEach((name, value) -> {
                if (value != null && !(value instanceof String || value instanceof Number || value instanceof Boolean)) {
                    throw new InvalidRequestException("Trường \"" + name + "\" phải là chuỗi, số hoặc đúng/sai.");
                }
            });
        }
        return procedure;
    }

    private static DossierStatus initialStatus(NewDossier request) {
        if (request.channel() == Channel.ONLINE) {
            return DossierStatus.SUBMITTED_ONLINE;
        }
        return switch (request.completeness()) {
            case COMPLETE -> DossierStatus.RECEIVED;
            case REFUSED -> DossierStatus.REFUSED;
            default -> DossierStatus.SUPPLEMENT_REQUESTED;
        };
    }

    /**
     * Receipt of a complete dossier: the legal clock starts now, which fixes the appointment and the
     * moment a late unit must apologise; returns them as process variables.
     */
    private Map<String, Object> receive(String dossierId, String processInstanceId, Procedure procedure, Instant at,
                                        String actor) {
        Instant appointment = clock.start(processInstanceId, at, slaLimit(procedure.limit()));
        dossiers.markReceived(dossierId, at, appointment);
        Dossier current = dossiers.find(dossierId).orElseThrow();
        if (current.status() != DossierStatus.RECEIVED) {
            dossiers.changeStatus(dossierId, DossierStatus.RECEIVED, at, actor);
        }
        changed(dossierId, false, false, false);
        return Map.of(APPOINTMENT_AT, appointment.toString(), APOLOGY_AT, apologyMoment(at, appointment).toString());
    }

    /** One working day before the appointment, or half the working time for shorter limits. */
    private Instant apologyMoment(Instant receivedAt, Instant appointment) {
        Instant start = deadlines.calculator().nextWorkingMoment(receivedAt);
        Duration total = deadlines.workingTimeBetween(start, appointment);
        Duration lead = total.compareTo(ONE_WORKING_DAY.multipliedBy(2)) >= 0 ? ONE_WORKING_DAY : total.dividedBy(2);
        return deadlines.plusWorkingTime(start, total.minus(lead)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
    }

    private static TimeLimit slaLimit(Procedure.TimeLimit limit) {
        if (limit.sameDay()) {
            return TimeLimit.sameDay();
        }
        if (limit.workingHours() != null) {
            return TimeLimit.workingTime(Duration.ofHours(limit.workingHours()));
        }
        return TimeLimit.workingDays(limit.workingDays());
    }

    // ---- called by the engine (DossierLifecyclePlugin), inside the engine's transaction ----

    /**
     * The start of a procedure's process. Started from the Tasklist start form, it registers the dossier
     * from the form's variables first; either way a complete dossier is received now, inside the
     * engine, so the appointment exists before the handling steps and their timers start.
     */
    void processStarted(DelegateExecution execution, String processKey) {
        String dossierId = (String) execution.getVariable(DOSSIER_ID);
        if (dossierId == null) {
            dossierId = registerFromStartForm(execution, processKey);
            if (dossierId == null) {
                return;
            }
        } else if (dossiers.find(dossierId).isEmpty()) {
            return; // a building block started on its own, as in its process tests
        } else {
            dossiers.linkProcess(dossierId, execution.getProcessInstanceId());
        }
        if (COMPLETE.equals(execution.getVariable(COMPLETENESS))) {
            Dossier dossier = dossiers.find(dossierId).orElseThrow();
            Procedure procedure = catalog.version(dossier.procedureCode(), dossier.procedureVersion()).orElseThrow();
            execution.setVariables(receive(dossierId, execution.getProcessInstanceId(), procedure, Instant.now(),
                    (String) execution.getVariable(RECEPTION_OFFICER)));
        }
    }

    private String registerFromStartForm(DelegateExecution execution, String processKey) {
        Procedure procedure = catalog.byProcessKey(processKey, today()).orElse(null);
        if (procedure == null) {
            return null; // not a procedure of the catalog (e.g. a test or helper process)
        }
        String actor = (String) execution.getVariable(RECEPTION_OFFICER);
        Object channelValue = execution.getVariable(CHANNEL);
        Channel channel = Channel.ONLINE.variableValue().equals(channelValue) ? Channel.ONLINE
                : Channel.POST.variableValue().equals(channelValue) ? Channel.POST : Channel.COUNTER;
        String completeness = (String) execution.getVariable(COMPLETENESS);
        NewDossier request = new NewDossier(procedure.code(), channel, (String) execution.getVariable(RECEIVING_UNIT),
                new Applicant((String) execution.getVariable(APPLICANT_NAME), applicantIdOf(execution),
                        (String) execution.getVariable(APPLICANT_PHONE), (String) execution.getVariable(APPLICANT_EMAIL),
                        (String) execution.getVariable(APPLICANT_ADDRESS)),
                channel == Channel.ONLINE ? null : completeness,
                (String) execution.getVariable(MISSING_DOCUMENTS), (String) execution.getVariable(REFUSAL_REASON), null);
        validate(request);
        Instant now = Instant.now();
        DossierStatus status = initialStatus(request);
        String id = UUID.randomUUID().toString();
        String code = codes.next(request.receivingUnit(), LocalDate.ofInstant(now, WorkingTimeCalculator.ZONE));
        dossiers.insert(new Dossier(id, code, procedure.code(), procedure.version(), procedure.name(),
                execution.getProcessInstanceId(), status, channel, request.receivingUnit(), null, request.applicant(),
                now, null, null, null, null, request.missingDocuments(), request.refusalReason(), actor), null, null);
        dossiers.changeStatus(id, status, now, actor);
        changed(id, status == DossierStatus.SUPPLEMENT_REQUESTED, false, false);
        execution.setProcessBusinessKey(id);
        execution.setVariable(DOSSIER_ID, id);
        execution.setVariable(DOSSIER_CODE, code);
        execution.setVariable(PROCEDURE_CODE, procedure.code());
        execution.setVariable(PROCEDURE_VERSION, procedure.version());
        execution.setVariable(CHANNEL, channel.variableValue());
        return id;
    }

    /** The citizen ID, or for a foreigner the passport number, from the start form. */
    private static String applicantIdOf(DelegateExecution execution) {
        Object id = execution.getVariable(APPLICANT_ID);
        return id != null ? (String) id : (String) execution.getVariable("passportNumber");
    }

    /** A task completed with a completeness decision (online check, re-check after supplement). */
    void completenessDecided(DelegateExecution processInstance, String actor) {
        String dossierId = (String) processInstance.getVariable(DOSSIER_ID);
        Object completeness = processInstance.getVariable(COMPLETENESS);
        if (dossierId == null || completeness == null || dossiers.find(dossierId).isEmpty()) {
            return;
        }
        Dossier dossier = dossiers.lock(dossierId).orElseThrow();
        if (COMPLETE.equals(completeness) && dossier.receivedAt() == null) {
            Procedure procedure = catalog.version(dossier.procedureCode(), dossier.procedureVersion()).orElseThrow();
            processInstance.setVariables(receive(dossierId, dossier.processInstanceId(), procedure, Instant.now(), actor));
        } else if (!COMPLETE.equals(completeness)) {
            dossiers.recordOutcome(dossierId, (String) processInstance.getVariable(MISSING_DOCUMENTS),
                    (String) processInstance.getVariable(REFUSAL_REASON));
        }
    }

    /** A BPMN element carrying {@code dossierStatus} started. */
    void statusReached(String dossierId, DossierStatus status, String handlingUnit, String actor) {
        Dossier dossier = dossiers.lock(dossierId).orElse(null);
        if (dossier == null) {
            return; // a building block started on its own, as in its process tests
        }
        boolean unitChanged = handlingUnit != null && !handlingUnit.equals(dossier.handlingUnit());
        if (unitChanged) {
            dossiers.updateHandlingUnit(dossierId, handlingUnit);
        }
        boolean statusChanged = dossier.status() != status;
        if (statusChanged) {
            Instant now = Instant.now();
            dossiers.changeStatus(dossierId, status, now, actor);
            moveClock(dossier, status, now);
        }
        if (unitChanged || statusChanged) {
            changed(dossierId, statusChanged && status == DossierStatus.SUPPLEMENT_REQUESTED, false, false);
        }
    }

    /**
     * The legal clock follows the status: it pauses while the applicant supplements, resumes when the
     * supplement is in, and stops when processing ends (result ready, refused or stopped).
     */
    private void moveClock(Dossier dossier, DossierStatus status, Instant at) {
        var state = clock.state(dossier.processInstanceId()).map(ClockState::state).orElse(null);
        if (state == null || state == ClockState.State.STOPPED) {
            return;
        }
        if (status == DossierStatus.SUPPLEMENT_REQUESTED && state == ClockState.State.RUNNING) {
            clock.pause(dossier.processInstanceId(), at);
        } else if (dossier.status() == DossierStatus.SUPPLEMENT_REQUESTED && state == ClockState.State.PAUSED
                && !status.isFinal() && status != DossierStatus.STOPPED) {
            dossiers.updateAppointment(dossier.id(), clock.resume(dossier.processInstanceId(), at));
        }
        if (status == DossierStatus.RESULT_READY || status == DossierStatus.REFUSED || status == DossierStatus.STOPPED) {
            clock.stop(dossier.processInstanceId(), at);
        }
    }

    /** The timeliness of the dossier once its clock stopped (waiting for supplements not counted). */
    public java.util.Optional<vn.motcua.sla.Timeliness> timeliness(Dossier dossier) {
        return dossier.processInstanceId() == null ? java.util.Optional.empty()
                : clock.state(dossier.processInstanceId()).map(ClockState::timeliness);
    }

    /**
     * The applicant's supplement is in: a dossier already received goes back to processing and its
     * clock resumes; one still at the receipt check waits for that check to decide.
     */
    void supplemented(String dossierId, String actor) {
        Dossier dossier = dossiers.lock(dossierId).orElse(null);
        if (dossier != null && dossier.status() == DossierStatus.SUPPLEMENT_REQUESTED && dossier.receivedAt() != null) {
            statusReached(dossierId, DossierStatus.PROCESSING, null, actor);
        }
    }

    /** The late unit's apology moves the appointment, once: the SLA clock refuses a second extension. */
    void apologized(String dossierId, Instant newAppointment, String reason) {
        Dossier dossier = dossiers.lock(dossierId).orElse(null);
        if (dossier == null || dossier.processInstanceId() == null) {
            return;
        }
        clock.extend(dossier.processInstanceId(), Instant.now(), newAppointment, reason);
        dossiers.updateAppointment(dossierId, newAppointment);
        changed(dossierId, false, true, false);
    }

    /** Tells the other modules how the dossier now stands (same transaction, see {@link DossierEvents}). */
    private void changed(String dossierId, boolean supplementRequested, boolean extended, boolean documentsAdded) {
        Dossier dossier = dossiers.find(dossierId).orElseThrow();
        events.publish(new DossierEvents.DossierChanged(dossier, timeliness(dossier).orElse(null),
                supplementRequested, extended, documentsAdded));
    }

    // ---- actions of officers and applicants ----

    public Dossier get(String id) {
        return dossiers.find(id).orElseThrow(() -> new NoSuchElementException("Không tìm thấy hồ sơ."));
    }

    public java.util.Optional<Dossier> byCode(String code) {
        return dossiers.findByCode(code);
    }

    public List<Dossier> ofApplicant(String idNumber) {
        return dossiers.findByApplicant(idNumber);
    }

    public List<Dossier> ofUnits(List<String> units, int limit) {
        return dossiers.findByUnits(units, limit);
    }

    public List<DossierRepository.StatusChange> history(String id) {
        return dossiers.statusHistory(id);
    }

    /** The applicant asks to withdraw (status 7); the counter then confirms the stop (status 8). */
    @Transactional
    public Dossier requestWithdrawal(String id, String actor) {
        Dossier dossier = dossiers.lock(id).orElseThrow(() -> new NoSuchElementException("Không tìm thấy hồ sơ."));
        if (!dossier.status().allowsWithdrawal()) {
            throw new ConflictException("Hồ sơ đang ở trạng thái \"" + dossier.status().label()
                    + "\": không thể rút hồ sơ.");
        }
        try {
            runtime.createMessageCorrelation(WITHDRAWAL_MESSAGE).processInstanceId(dossier.processInstanceId()).correlate();
        } catch (MismatchingMessageCorrelationException e) {
            throw new ConflictException("Quy trình của hồ sơ này hiện không nhận yêu cầu rút hồ sơ.");
        }
        dossiers.changeStatus(id, DossierStatus.WITHDRAWAL_REQUESTED, Instant.now(), actor);
        changed(id, false, false, false);
        return get(id);
    }

    /** The applicant brought (or uploaded) the requested documents: the procedure continues. */
    @Transactional
    public Dossier recordSupplement(String id, List<MultipartFile> uploads, String note, String actor) {
        Dossier dossier = dossiers.lock(id).orElseThrow(() -> new NoSuchElementException("Không tìm thấy hồ sơ."));
        if (dossier.status() != DossierStatus.SUPPLEMENT_REQUESTED) {
            throw new ConflictException("Hồ sơ không ở trạng thái chờ bổ sung.");
        }
        files.validate(uploads);
        Task task = activeTask(dossier, RECORD_SUPPLEMENT_TASK).orElseThrow(() ->
                new ConflictException("Hồ sơ không có bước tiếp nhận hồ sơ bổ sung đang chờ."));
        uploads.forEach(upload -> files.store(id, null, upload, actor));
        tasks.setAssignee(task.getId(), actor);
        tasks.complete(task.getId(), note == null ? Map.of() : Map.of("supplementNote", note));
        if (!uploads.isEmpty()) {
            changed(id, false, false, true);
        }
        return get(id);
    }

    /** The result handed to the applicant at the counter where the dossier was received (status 10). */
    @Transactional
    public Dossier returnResult(String id, String returnMethod, String receivedBy, String actor) {
        Dossier dossier = dossiers.lock(id).orElseThrow(() -> new NoSuchElementException("Không tìm thấy hồ sơ."));
        if (dossier.status() != DossierStatus.RESULT_READY) {
            throw new ConflictException("Hồ sơ đang ở trạng thái \"" + dossier.status().label()
                    + "\": chưa có kết quả để trả.");
        }
        Task task = activeTask(dossier, RETURN_RESULT_TASK).orElseThrow(() ->
                new ConflictException("Hồ sơ không có bước trả kết quả đang chờ."));
        tasks.setAssignee(task.getId(), actor);
        tasks.complete(task.getId(), Map.of("returnMethod", returnMethod, "resultReceivedBy", receivedBy));
        return get(id);
    }

    private java.util.Optional<Task> activeTask(Dossier dossier, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(dossier.id()).taskDefinitionKey(taskKey)
                .active().list().stream().findFirst();
    }

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

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    private static LocalDate today() {
        return LocalDate.now(WorkingTimeCalculator.ZONE);
    }
}
