package vn.motcua.dossier;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Procedure;
import vn.motcua.dossier.DossierEvents.Change;
import vn.motcua.organization.GroupIds;
import vn.motcua.organization.Role;
import vn.motcua.platform.engine.RefusedEngineRequest;
import vn.motcua.platform.web.ConflictException;
import vn.motcua.platform.web.InvalidRequestException;
import vn.motcua.printing.PrintedDates;
import vn.motcua.sla.ClockState;
import vn.motcua.sla.Deadlines;
import vn.motcua.sla.SlaClock;
import vn.motcua.sla.TimeLimit;

import static vn.motcua.platform.engine.ProcessVariables.*;

/**
 * Keeps a dossier in step with its process, called by {@link DossierLifecyclePlugin} inside the
 * engine's transaction: registration from a Tasklist start form (the officer's checks here, the rest in
 * {@link DossierRegistration}, as for the API), reception (the legal clock starts, the
 * appointment is fixed), status changes with the clock's pauses, resumption and stop, and the apology's
 * one extension. A building block started on its own (no registered dossier, no engine user, as in its
 * process tests) is left alone; an officer cannot start one on its own.
 */
@Component
class DossierProcessSync {

    private static final Duration ONE_WORKING_DAY = Duration.ofHours(8);
    /** The keys of the shared building blocks (processes/common), which run only as a procedure's call activity. */
    static final String BUILDING_BLOCK_PREFIX = "common-";

    private final DossierRepository dossiers;
    private final DossierRegistration registration;
    private final Catalog catalog;
    private final DossierRules rules;
    private final SlaClock clock;
    private final Deadlines deadlines;
    private final DossierEvents events;

    DossierProcessSync(DossierRepository dossiers, DossierRegistration registration, Catalog catalog,
                       DossierRules rules, @Lazy SlaClock clock, Deadlines deadlines, DossierEvents events) {
        this.events = events;
        this.dossiers = dossiers;
        this.registration = registration;
        this.catalog = catalog;
        this.rules = rules;
        this.clock = clock;
        this.deadlines = deadlines;
    }

    /**
     * Reception of a complete dossier: the legal clock starts now, which fixes the appointment and the
     * moment a late unit must apologise; returns them as process variables.
     */
    private Map<String, Object> receive(String dossierId, String processInstanceId, Procedure procedure, Instant at,
                                        String actor) {
        Instant appointment = clock.start(processInstanceId, at, procedure.limit().asTimeLimit());
        dossiers.markReceived(dossierId, at, appointment);
        Dossier current = dossiers.find(dossierId).orElseThrow();
        if (current.status() != DossierStatus.RECEIVED) {
            dossiers.changeStatus(dossierId, DossierStatus.RECEIVED, at, actor);
        }
        events.dossierChanged(dossierId);
        return Map.of(APPOINTMENT_AT, appointment.toString(), APPOINTMENT_TEXT, PrintedDates.time(appointment),
                APOLOGY_AT, apologyMoment(at, appointment).toString());
    }

    /** One working day before the appointment, or half the working time for shorter limits. */
    private Instant apologyMoment(Instant receivedAt, Instant appointment) {
        Instant start = deadlines.calculator().nextWorkingMoment(receivedAt);
        Duration total = deadlines.workingTimeBetween(start, appointment);
        Duration lead = total.compareTo(ONE_WORKING_DAY.multipliedBy(2)) >= 0 ? ONE_WORKING_DAY : total.dividedBy(2);
        return deadlines.plusWorkingTime(start, total.minus(lead)).truncatedTo(ChronoUnit.SECONDS);
    }


    /**
     * The start of a procedure's process. Started from the Tasklist start form, it registers the dossier
     * from the form's variables first; either way a complete dossier is received now, inside the
     * engine, so the appointment exists before the handling steps and their timers start.
     * <p>
     * Our own code (the counter, online and portal submissions) starts processes with no engine user;
     * an officer starts them authenticated (Tasklist, the engine REST APIs, the Java API on their behalf)
     * and then is the reception officer, acts only for a center where they receive dossiers, and never
     * attaches a process to a dossier registered elsewhere. A process attaches to a dossier only when
     * the dossier has none.
     */
    void processStarted(DelegateExecution execution, String processKey) {
        Authentication signedIn = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
        Authentication starter = signedIn == null || signedIn.getUserId() == null ? null : signedIn;
        if (starter != null && processKey.startsWith(BUILDING_BLOCK_PREFIX)) {
            throw RefusedEngineRequest.badRequest("Quy trình dùng chung \"" + processKey
                    + "\" chỉ chạy như một bước của thủ tục, không được khởi động riêng.");
        }
        if (starter != null) {
            // the engine's camunda:initiator and any submitted value lose to the signed-in officer
            execution.setVariable(RECEPTION_OFFICER, starter.getUserId());
        }
        String dossierId = (String) execution.getVariable(DOSSIER_ID);
        Dossier dossier;
        if (dossierId == null) {
            dossierId = registerFromStartForm(execution, processKey, starter);
            if (dossierId == null) {
                return;
            }
            dossier = null;
        } else {
            dossier = dossiers.find(dossierId).orElse(null);
            if (dossier == null) {
                if (starter != null) {
                    throw RefusedEngineRequest.badRequest("Không tìm thấy hồ sơ " + dossierId + ".");
                }
                return; // a building block started on its own, as in its process tests
            }
            if (starter != null && !isReceptionOfficer(starter, dossier.receivingUnit())) {
                throw RefusedEngineRequest.forbidden("Chỉ cán bộ tiếp nhận của "
                        + rules.unitName(dossier.receivingUnit()) + " được khởi động quy trình cho hồ sơ này.");
            }
            if (!dossiers.linkProcess(dossierId, execution.getProcessInstanceId())) {
                throw RefusedEngineRequest.conflict("Hồ sơ " + dossier.code() + " đã có quy trình xử lý.");
            }
        }
        if (COMPLETE.equals(execution.getVariable(COMPLETENESS))) {
            if (dossier == null) {
                dossier = dossiers.find(dossierId).orElseThrow();
            }
            Procedure procedure = catalog.version(dossier.procedureCode(), dossier.procedureVersion()).orElseThrow();
            execution.setVariables(receive(dossierId, execution.getProcessInstanceId(), procedure, Instant.now(),
                    (String) execution.getVariable(RECEPTION_OFFICER)));
        }
    }

    private static boolean isReceptionOfficer(Authentication starter, String unitCode) {
        return unitCode != null && starter.getGroupIds() != null
                && starter.getGroupIds().contains(GroupIds.of(unitCode, Role.RECEPTION));
    }

    private String registerFromStartForm(DelegateExecution execution, String processKey, Authentication starter) {
        Procedure procedure = catalog.byProcessKey(processKey, DossierRules.today()).orElse(null);
        if (procedure == null) {
            Object claimed = execution.getVariable(PROCEDURE_CODE);
            if (claimed != null && startableInTasklist(execution)) {
                // without a dossier there is no legal clock: appointment, apology and statuses would not take
                throw new InvalidRequestException("Quy trình \"" + processKey + "\" chưa được gán cho thủ tục đang "
                        + "có hiệu lực trong danh mục (mã thủ tục " + claimed + "): chưa tiếp nhận được hồ sơ.");
            }
            return null; // not a procedure of the catalog (e.g. a test or helper process, a building block)
        }
        String actor = (String) execution.getVariable(RECEPTION_OFFICER);
        Channel channel = Channel.ofVariable(execution.getVariable(CHANNEL));
        if (starter != null && channel == Channel.ONLINE) {
            throw RefusedEngineRequest.badRequest("Hồ sơ trực tuyến chỉ được nộp qua cổng dịch vụ công, không qua "
                    + "bộ phận một cửa: chọn kênh tiếp nhận trực tiếp hoặc qua bưu chính.");
        }
        Object receivingUnit = execution.getVariable(RECEIVING_UNIT);
        if (starter != null && receivingUnit != null
                && !(receivingUnit instanceof String unit && isReceptionOfficer(starter, unit))) {
            throw RefusedEngineRequest.forbidden("Tài khoản " + starter.getUserId() + " không phải cán bộ tiếp nhận của "
                    + rules.unitName(String.valueOf(receivingUnit)) + ".");
        }
        return registration.register(RegistrationRequest.startForm(execution, procedure, channel, actor)).dossier().id();
    }

    /** Procedures' processes are startable in the Tasklist; shared building blocks are not. */
    private static boolean startableInTasklist(DelegateExecution execution) {
        return ((ExecutionEntity) execution).getProcessDefinition().isStartableInTasklist();
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

    /**
     * A routing decision chose the handling unit: it must be an active unit of the province, whatever a caller put in the
     * decision's inputs (a commune that is none, a value the forms never offer). Refusing here rolls back the start
     * or the step that led to it, so no dossier waits in the task list of a unit that does not exist.
     */
    void handlingUnitDecided(DelegateExecution execution, String decision) {
        if (execution.getVariable(DOSSIER_ID) == null) {
            return; // a process started on its own, as in its process tests
        }
        Object unit = execution.getVariable(HANDLING_UNIT);
        if (!(unit instanceof String code) || !rules.unitExists(code)) {
            throw RefusedEngineRequest.badRequest("Bảng quyết định \"" + decision + "\" không xác định được đơn vị giải "
                    + "quyết có trong tỉnh" + (unit == null ? "" : " (kết quả: " + unit + ")") + ": kiểm tra xã, phường "
                    + "nơi cư trú và các thông tin dùng để phân công hồ sơ.");
        }
        if (!rules.isActiveUnit(code)) {
            throw RefusedEngineRequest.badRequest("Đơn vị giải quyết " + rules.unitName(code) + " (" + code + ") đã ngừng "
                    + "hoạt động: quản trị viên cần phân công đơn vị khác cho thủ tục trước khi tiếp nhận hồ sơ.");
        }
    }

    /** A handling step asks for a supplement: the request replaces the dossier's list of missing documents. */
    void supplementRequested(String dossierId, String missingDocuments) {
        if (dossiers.find(dossierId).isPresent()) {
            dossiers.recordMissingDocuments(dossierId, missingDocuments);
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
            // as the database keeps it: a resume and a stop at the same moment must compare equal
            Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
            dossiers.changeStatus(dossierId, status, now, actor);
            moveClock(dossier, status, now);
        }
        if (unitChanged || statusChanged) {
            if (statusChanged && status == DossierStatus.SUPPLEMENT_REQUESTED) {
                events.dossierChanged(dossierId, Change.SUPPLEMENT_REQUESTED);
            } else {
                events.dossierChanged(dossierId);
            }
        }
    }

    /**
     * The legal clock follows the status: it pauses while the applicant supplements the dossier (status 5),
     * resumes when the supplement is in, and stops when processing ends (result ready, refused or stopped).
     * It keeps running while a fee is due (status 6): no text we could cite excludes the time waited for a
     * fee from the time limit (see docs/domain.md, "Time rules"), so the clock must not pause for it.
     */
    private void moveClock(Dossier dossier, DossierStatus status, Instant at) {
        var state = clock.state(dossier.processInstanceId()).map(ClockState::state).orElse(null);
        if (state == null || state == ClockState.State.STOPPED) {
            return;
        }
        if (waitsForApplicant(status) && state == ClockState.State.RUNNING) {
            clock.pause(dossier.processInstanceId(), at);
        } else if (waitsForApplicant(dossier.status()) && !waitsForApplicant(status)
                && state == ClockState.State.PAUSED && !status.isFinal() && status != DossierStatus.STOPPED) {
            dossiers.updateAppointment(dossier.id(), clock.resume(dossier.processInstanceId(), at));
        }
        if (status == DossierStatus.RESULT_READY || status == DossierStatus.REFUSED || status == DossierStatus.STOPPED) {
            clock.stop(dossier.processInstanceId(), at);
        }
    }

    /** The status in which the dossier waits for the applicant and the legal clock stands still. */
    private static boolean waitsForApplicant(DossierStatus status) {
        return status == DossierStatus.SUPPLEMENT_REQUESTED;
    }

    /**
     * The applicant's supplement is in: a dossier already received goes back to processing and its
     * clock resumes; one still at the reception check waits for that check to decide.
     */
    void supplemented(String dossierId, String actor) {
        Dossier dossier = dossiers.lock(dossierId).orElse(null);
        if (dossier != null && dossier.status() == DossierStatus.SUPPLEMENT_REQUESTED && dossier.receivedAt() != null) {
            statusReached(dossierId, DossierStatus.PROCESSING, null, actor);
        }
    }

    /**
     * The late unit's apology moves the appointment, once: the SLA clock refuses a second extension. The
     * dossier's process shows the new appointment from now on (Tasklist's "Ngày hẹn trả", the forms).
     */
    void apologized(String dossierId, Instant newAppointment, String reason, RuntimeService runtime) {
        Dossier dossier = dossiers.lock(dossierId).orElse(null);
        if (dossier == null || dossier.processInstanceId() == null) {
            // the leader must not believe the applicant was given a new appointment that nothing records
            throw new ConflictException("Không tìm thấy hồ sơ " + dossierId + " đang giải quyết: chưa hẹn lại được ngày "
                    + "trả kết quả.");
        }
        clock.extend(dossier.processInstanceId(), Instant.now(), newAppointment, reason);
        dossiers.updateAppointment(dossierId, newAppointment);
        runtime.setVariables(dossier.processInstanceId(), Map.of(APPOINTMENT_AT, newAppointment.toString(),
                APPOINTMENT_TEXT, PrintedDates.time(newAppointment)));
        events.dossierChanged(dossierId, Change.APPOINTMENT_EXTENDED);
    }

    /**
     * The handling unit needs verification or a field inspection: the procedure's complex-case limit applies, once.
     * The later appointment is the dossier's from now on (the applicant is told by the printed notice, see
     * {@link CounterNotices#complexCaseNotice}, the status notices and the lookups), and the dossier is judged against it.
     */
    void complexCase(String dossierId, String reason, DelegateExecution processInstance) {
        Dossier dossier = dossiers.lock(dossierId).orElse(null);
        if (dossier == null || dossier.processInstanceId() == null) {
            return; // a building block started on its own, as in its process tests
        }
        Procedure procedure = catalog.version(dossier.procedureCode(), dossier.procedureVersion()).orElseThrow();
        Integer longer = procedure.limit().extendedWorkingDays();
        if (longer == null) {
            throw new ConflictException("Thủ tục " + procedure.code() + " không có thời hạn giải quyết trường hợp phức tạp: "
                    + "không áp dụng được thời hạn xác minh.");
        }
        // the deadline in force, as a resumption gives the dossier: the longer limit plus the supplement waits so far
        Instant appointment = clock.applyComplexCase(dossier.processInstanceId(), Instant.now(),
                TimeLimit.workingDays(longer), reason);
        if (appointment.equals(dossier.appointmentAt())) {
            return;
        }
        dossiers.updateAppointment(dossierId, appointment);
        processInstance.setVariables(Map.of(APPOINTMENT_AT, appointment.toString(),
                APPOINTMENT_TEXT, PrintedDates.time(appointment)));
        events.dossierChanged(dossierId, Change.COMPLEX_CASE);
    }
}
