package vn.motcua.dossier;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.camunda.bpm.engine.MismatchingMessageCorrelationException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.dossier.DossierEvents.Change;
import vn.motcua.files.DocumentPurpose;
import vn.motcua.files.DossierFiles;
import vn.motcua.platform.web.ConflictException;
import vn.motcua.sla.ClockState;
import vn.motcua.sla.SlaClock;
import vn.motcua.sla.Timeliness;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

import static vn.motcua.platform.engine.ProcessVariables.*;

/**
 * The dossier lifecycle as officers and applicants drive it: registration at the counter or online,
 * supplement, withdrawal and result return. The status is kept in step with the procedure's process
 * by {@link DossierProcessSync}. Every operation is one transaction with the engine's work: a dossier
 * is never half-written.
 */
@Service
public class DossierService {

    /** Task keys of the shared building blocks that the API completes on the applicant's behalf. */
    static final String RECORD_SUPPLEMENT_TASK = "Task_RecordSupplement";
    static final String RETURN_RESULT_TASK = "Task_ReturnResult";

    private final DossierRepository dossiers;
    private final DossierRegistration registration;
    private final SlaClock clock;
    private final DossierFiles files;
    private final RuntimeService runtime;
    private final TaskService tasks;
    private final DossierEvents events;

    DossierService(DossierRepository dossiers, DossierRegistration registration, @Lazy SlaClock clock,
                   DossierFiles files, @Lazy RuntimeService runtime, @Lazy TaskService tasks, DossierEvents events) {
        this.events = events;
        this.dossiers = dossiers;
        this.registration = registration;
        this.clock = clock;
        this.files = files;
        this.runtime = runtime;
        this.tasks = tasks;
    }

    /**
     * Registers a dossier, gives it its code and starts its procedure, through {@link DossierRegistration} as a
     * Tasklist start form does. At the counter the officer's
     * completeness check decides: received (appointment now), supplement needed, or refused. Online dossiers
     * wait for an officer's check. With an idempotency key, a repeated request returns the dossier the
     * first one created.
     */
    @Transactional
    public Dossier submit(NewDossier request, List<MultipartFile> uploads, String actor, String idempotencyKey) {
        return register(request, uploads, actor, idempotencyKey).dossier();
    }

    /** A registration's dossier, and whether this request created it or an earlier one with its key did. */
    public record Registration(Dossier dossier, boolean created) {
    }

    /**
     * As {@link #submit}, telling a dossier this request created from the one an earlier request with the same
     * key created, also when that request committed while this one was under way. Two requests inserting at
     * once: the second fails on the key's unique index and, asked again, finds the first one's dossier.
     */
    @Transactional
    public Registration register(NewDossier request, List<MultipartFile> uploads, String actor, String idempotencyKey) {
        return registration.register(RegistrationRequest.api(request, uploads, actor, idempotencyKey));
    }

    /**
     * Records that the receipt slip (form 1) with the dossier's appointment was issued: the appointment
     * keeps its printed value when a calendar change recomputes the deadline.
     */
    public void appointmentPrinted(Dossier dossier) {
        if (dossier.processInstanceId() != null) {
            clock.appointmentPrinted(dossier.processInstanceId(), Instant.now());
        }
    }

    /** The timeliness of the dossier once its clock stopped (waiting for supplements not counted). */
    public Optional<Timeliness> timeliness(Dossier dossier) {
        return dossier.processInstanceId() == null ? Optional.empty()
                : clock.state(dossier.processInstanceId()).map(ClockState::timeliness);
    }

    /**
     * Whether the procedure's complex-case limit applies to the dossier: its handling unit decided a verification or
     * a field inspection, and the appointment is the longer limit's.
     */
    public boolean underComplexCase(Dossier dossier) {
        return dossier.processInstanceId() != null && clock.complexCase(dossier.processInstanceId()).isPresent();
    }

    public Dossier get(String id) {
        return find(id).orElseThrow(() -> new NoSuchElementException("Không tìm thấy hồ sơ."));
    }

    public Optional<Dossier> find(String id) {
        return dossiers.find(id);
    }

    public Optional<Dossier> byCode(String code) {
        return dossiers.findByCode(code);
    }

    public List<Dossier> ofApplicant(String idNumber) {
        return dossiers.findByApplicant(idNumber);
    }

    public List<Dossier> ofUnits(List<String> units, int limit) {
        return dossiers.findByUnits(units, limit);
    }

    /** The dossiers the given counters received (or refused, or sent back for supplement) on the day, newest first. */
    public List<Dossier> receivedOn(List<String> receivingUnits, LocalDate day) {
        return dossiers.submittedAt(receivingUnits, day.atStartOfDay(WorkingTimeCalculator.ZONE).toInstant(),
                day.plusDays(1).atStartOfDay(WorkingTimeCalculator.ZONE).toInstant());
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
        events.dossierChanged(id);
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
        uploads.forEach(upload -> files.store(id, DocumentPurpose.SUPPLEMENT, null, upload, actor, false));
        tasks.setAssignee(task.getId(), actor);
        tasks.complete(task.getId(), note == null ? Map.of() : Map.of("supplementNote", note));
        if (!uploads.isEmpty()) {
            events.dossierChanged(id, Change.DOCUMENTS_ADDED);
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

    private Optional<Task> activeTask(Dossier dossier, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(dossier.id()).taskDefinitionKey(taskKey)
                .active().list().stream().findFirst();
    }

}
