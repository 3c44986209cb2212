package vn.motcua.sla;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.platform.web.ConflictException;
import vn.motcua.platform.web.InvalidRequestException;
import vn.motcua.sla.ClockRepository.HeldDeadline;
import vn.motcua.sla.ClockState.Pause;
import vn.motcua.sla.ClockState.State;
import vn.motcua.sla.ProcessDeadlines.Kind;
import vn.motcua.sla.ProcessDeadlines.ProcessDeadline;
import vn.motcua.sla.calendar.CalendarChanged;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

/**
 * The deadline clock of a dossier, keyed by the process instance that handles it (the dossier module
 * passes the instance it started for the dossier).
 *
 * <ul>
 *   <li>{@link #start}: at reception of a complete dossier; computes and stores the appointment date.</li>
 *   <li>{@link #pause}: while the applicant is asked for a supplement the clock stands still; the
 *       instance's SLA timers are moved far away and its SLA tasks lose their due date, so nothing
 *       falls overdue during the wait.</li>
 *   <li>{@link #resume}: the new deadline is the resume instant plus the working time that remained at
 *       the pause; each held timer and task gets back the working time it had left.</li>
 *   <li>{@link #extend}: once (apology, form 4): a new appointment; SLA timers move with it. A second
 *       extension is refused.</li>
 *   <li>{@link #applyComplexCase}: the procedure's longer legal limit for complex cases (verification, field
 *       inspection) applies: a later appointment the dossier is judged by, so it is not late; SLA timers move with
 *       it, so no apology falls due while the dossier is on time.</li>
 *   <li>{@link #stop}: at done, returned, stopped, refused or withdrawn; classifies the dossier early,
 *       on time or late against the appointment printed on the receipt slip, waiting time subtracted.</li>
 * </ul>
 * Every change is one transaction with the engine changes it makes. The instants are given by the
 * caller (the moment the officer or the portal recorded the event). Errors are Vietnamese:
 * {@link NoSuchElementException} for an unknown clock, {@link ConflictException} for an action the
 * clock's state does not allow, {@link InvalidRequestException} for bad input.
 *
 * <p>Deadlines are computed with the calendar in force at the time of the action and then stored. A
 * deadline counted over a year whose official calendar is not loaded is <b>provisional</b> (statutory
 * fixed holidays only, {@code StatutoryHolidays}); when the calendar changes on this node, {@link #recompute}
 * counts the running clocks again — except an appointment already printed on a receipt slip
 * ({@link #appointmentPrinted}) or given by an extension, which keeps its value.
 */
@Service
public class SlaClock {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(WorkingTimeCalculator.ZONE);

    private final ClockRepository clocks;
    private final Deadlines deadlines;
    private final ProcessDeadlines engine;
    private final ApplicationEventPublisher events;

    SlaClock(ClockRepository clocks, Deadlines deadlines, ProcessDeadlines engine, ApplicationEventPublisher events) {
        this.clocks = clocks;
        this.deadlines = deadlines;
        this.engine = engine;
        this.events = events;
    }

    /**
     * Starts the clock at reception.
     *
     * @param processInstanceId the dossier's process instance
     * @param receivedAt        when the complete dossier was received (recorded by the system for online ones)
     * @param limit             the legal time limit of the procedure
     * @return the appointment date to print on the receipt slip
     */
    @Transactional
    public Instant start(String processInstanceId, Instant receivedAt, TimeLimit limit) {
        if (clocks.exists(processInstanceId)) {
            throw new ConflictException("Hồ sơ này đã được bắt đầu tính thời hạn.");
        }
        Instant appointment = deadlines.deadline(receivedAt, limit);
        clocks.insert(processInstanceId, receivedAt, limit, appointment,
                isProvisional(deadlines.calculator(), receivedAt, appointment));
        engine.publish(processInstanceId, appointment, appointment);
        return appointment;
    }

    /**
     * Stops the clock while the applicant supplements the dossier. The SLA timers of the instance are
     * moved far into the future and its SLA tasks lose their due date until {@link #resume}.
     *
     * @param at when the supplement was requested
     */
    @Transactional
    public void pause(String processInstanceId, Instant at) {
        ClockState clock = running(processInstanceId, at);
        clocks.insertPause(processInstanceId, clock.pauses().size() + 1, at,
                deadlines.workingTimeBetween(at, clock.deadline()));
        for (ProcessDeadline deadline : engine.find(processInstanceId)) {
            if (!deadline.held()) {
                clocks.insertHeld(processInstanceId, new HeldDeadline(deadline.kind(), deadline.id(), deadline.dueAt(),
                        deadlines.workingTimeBetween(at, deadline.dueAt())));
                engine.hold(deadline);
            }
        }
        clocks.update(processInstanceId, State.PAUSED, clock.deadline());
        engine.publish(processInstanceId, appointmentInForce(clock), null);
    }

    /**
     * Restarts the clock when the supplement arrives.
     *
     * @param at when the supplemented dossier was received
     * @return the new deadline: {@code at} plus the working time that remained at the pause (the old
     *         deadline when it had already passed)
     */
    @Transactional
    public Instant resume(String processInstanceId, Instant at) {
        ClockState clock = existing(processInstanceId);
        Pause pause = clock.openPause().orElseThrow(() -> new ConflictException(clock.state() == State.STOPPED
                ? stoppedMessage() : "Hồ sơ không ở trạng thái tạm dừng tính thời hạn."));
        requireNotBefore(at, pause.pausedAt(), "tiếp tục");
        Instant deadline = resumedDue(at, pause.remaining(), clock.deadline());
        clocks.closePause(processInstanceId, clock.pauses().size(), at);
        clocks.update(processInstanceId, State.RUNNING, deadline);
        clocks.provisional(processInstanceId, isProvisional(deadlines.calculator(), clock.receivedAt(), deadline));

        Set<String> rescheduled = new HashSet<>();
        for (HeldDeadline held : clocks.held(processInstanceId)) {
            engine.reschedule(held.kind(), held.id(), resumedDue(at, held.remaining(), held.dueAt()));
            rescheduled.add(held.kind() + ":" + held.id());
        }
        // SLA timers created during the pause (from ${slaDeadline}) waited far away: due at the new deadline
        for (ProcessDeadline deadlineInEngine : engine.find(processInstanceId)) {
            if (deadlineInEngine.held() && !rescheduled.contains(deadlineInEngine.kind() + ":" + deadlineInEngine.id())) {
                engine.reschedule(deadlineInEngine.kind(), deadlineInEngine.id(), deadline);
            }
        }
        clocks.deleteHeld(processInstanceId);
        engine.publish(processInstanceId, appointmentInForce(clock), deadline);
        return deadline;
    }

    /**
     * Extends the deadline once, with the apology to the applicant (form 4). The SLA timers of the
     * instance move by the working time the deadline moves; task due dates (step allotments) stay.
     *
     * @param at             when the extension was decided
     * @param newAppointment the new appointment date, after the deadline in force
     * @param reason         the reason given in the apology
     * @return the new appointment, now the deadline in force
     * @throws ConflictException when the dossier was already extended once, is paused or stopped
     */
    @Transactional
    public Instant extend(String processInstanceId, Instant at, Instant newAppointment, String reason) {
        ClockState clock = running(processInstanceId, at);
        if (clock.extendedAppointment() != null) {
            throw new ConflictException("Hồ sơ đã được gia hạn một lần (ngày hẹn mới "
                    + SHOWN.format(clock.extendedAppointment()) + "); không được gia hạn lần thứ hai.");
        }
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("Cần nêu lý do gia hạn trong văn bản xin lỗi.");
        }
        Duration moved = deadlines.workingTimeBetween(clock.deadline(), newAppointment);
        if (moved.compareTo(Duration.ZERO) <= 0) {
            throw new InvalidRequestException("Ngày hẹn mới " + SHOWN.format(newAppointment)
                    + " phải sau thời hạn hiện tại " + SHOWN.format(clock.deadline()) + " ít nhất một giờ làm việc.");
        }
        clocks.extend(processInstanceId, newAppointment, reason.strip(), at);
        // a date chosen by the late unit and printed on the apology: never recomputed, never provisional
        clocks.provisional(processInstanceId, false);
        moveTimers(processInstanceId, moved);
        engine.publish(processInstanceId, newAppointment, newAppointment);
        return newAppointment;
    }

    /**
     * Applies the procedure's complex-case limit (thời hạn trường hợp phức tạp) once: the appointment becomes the
     * reception plus the longer limit, the deadline and the SLA timers move by the working time that adds, and the
     * dossier is classified against the new appointment. Applying it again changes nothing.
     *
     * @param at     when verification was decided
     * @param longer the complex-case limit, longer than the clock's
     * @param reason what is to be verified, as the applicant is told
     * @return the deadline in force afterwards: the new appointment moved by the supplement waits so far (the
     *         dossier's appointment, as after a resumption)
     */
    @Transactional
    public Instant applyComplexCase(String processInstanceId, Instant at, TimeLimit longer, String reason) {
        ClockState clock = running(processInstanceId, at);
        if (clocks.complexCaseAt(processInstanceId).isPresent()) {
            return clock.deadline();
        }
        Instant appointment = deadlines.deadline(clock.receivedAt(), longer);
        Duration moved = deadlines.workingTimeBetween(clock.appointment(), appointment);
        if (moved.compareTo(Duration.ZERO) <= 0) {
            throw new InvalidRequestException("Thời hạn trường hợp phức tạp phải dài hơn thời hạn giải quyết của hồ sơ.");
        }
        Instant deadline = deadlines.plusWorkingTime(clock.deadline(), moved);
        clocks.applyComplexCase(processInstanceId, longer, appointment, deadline,
                reason == null || reason.isBlank() ? null : reason.strip(), at);
        moveTimers(processInstanceId, moved);
        Instant inForce = clock.extendedAppointment() != null && clock.extendedAppointment().isAfter(appointment)
                ? clock.extendedAppointment() : appointment;
        engine.publish(processInstanceId, inForce, deadline);
        return deadline;
    }

    /**
     * Stops the clock for good and classifies the dossier against the appointment printed on the
     * receipt slip, with the working time spent waiting for supplements subtracted. An extension does not
     * change the classification: it apologises for a delay. If the clock was paused, the pause ends
     * at {@code at} and held timers stay where they are.
     *
     * @param at the end of processing: done (9), returned (10), stopped, refused or withdrawn
     * @return early, on time or late
     */
    @Transactional
    public Timeliness stop(String processInstanceId, Instant at) {
        ClockState clock = existing(processInstanceId);
        if (clock.state() == State.STOPPED) {
            throw new ConflictException(stoppedMessage());
        }
        requireNotBefore(at, clock.lastEventAt(), "kết thúc");
        if (clock.openPause().isPresent()) {
            clocks.closePause(processInstanceId, clock.pauses().size(), at);
            clocks.deleteHeld(processInstanceId);
        }
        Timeliness timeliness = deadlines.classify(clock.receivedAt(), at,
                deadlines.workingTimeBetween(clock.receivedAt(), clock.appointment()),
                pausedWorkingTime(clock, clock.receivedAt(), at));
        clocks.stop(processInstanceId, at, timeliness);
        return timeliness;
    }

    /**
     * Records that the receipt slip carrying the appointment was issued to the applicant: from then on a
     * calendar change no longer moves the appointment (the deadline in force still follows the calendar).
     * Only the first issue counts; does nothing for a dossier whose clock did not start.
     */
    @Transactional
    public void appointmentPrinted(String processInstanceId, Instant at) {
        clocks.markAppointmentPrinted(processInstanceId, at);
    }

    /** The process instances of running or paused dossiers whose deadline is provisional, soonest first. */
    @Transactional(readOnly = true)
    public List<String> provisionalDeadlines() {
        return clocks.provisional();
    }

    /** The process instances of every clock not stopped: what {@link #recompute} may have to visit. */
    @Transactional(readOnly = true)
    public List<String> clocksNotStopped() {
        return clocks.notStopped();
    }

    /**
     * Counts a running dossier's deadlines again after a calendar change, "from the start": the working
     * time each one allowed under the old calendar, counted from the reception, is counted again under
     * the new one. The deadline in force, the SLA timers and the SLA tasks' due dates move; the
     * appointment moves too unless it was printed on a receipt slip or set by an extension — those are
     * promises to the applicant and keep their value. A paused clock only refreshes its flag: its resume
     * counts the time left with the calendar then in force. An extended clock keeps its dates.
     *
     * @param change the calculators before and after the change
     * @param now    the moment of the change: task due dates and timers are counted again from it (or from
     *               the reception if later), so that time already spent is not counted twice
     * @return what changed, also published as {@link DeadlineRecomputed}; empty when nothing did
     */
    @Transactional
    public Optional<DeadlineRecomputed> recompute(String processInstanceId, CalendarChanged change, Instant now) {
        ClockState clock = clocks.lock(processInstanceId).orElse(null);
        if (clock == null || clock.state() == State.STOPPED) {
            return Optional.empty();
        }
        Recount recount = recount(clock, change);
        if (recount.datesKept()) {
            if (recount.provisional() != clock.provisional()) {
                clocks.provisional(processInstanceId, recount.provisional());
            }
            return Optional.empty();
        }
        if (!recount.datesMove() && recount.provisional() == clock.provisional()) {
            return Optional.empty();
        }
        Instant deadline = recount.deadline();
        Instant appointment = recount.appointment();
        clocks.recomputed(processInstanceId, appointment, deadline, recount.provisional());
        Instant anchor = now.isAfter(clock.receivedAt()) ? now : clock.receivedAt();
        for (ProcessDeadline held : engine.find(processInstanceId)) {
            if (held.held()) {
                continue;
            }
            // an SLA timer on ${slaDeadline} follows the deadline; other due dates keep the working time left
            Instant due = held.dueAt().equals(clock.deadline()) ? deadline
                    : recount(change.before(), change.after(), anchor, held.dueAt());
            if (!due.equals(held.dueAt())) {
                engine.reschedule(held.kind(), held.id(), due);
            }
        }
        engine.publish(processInstanceId, appointment, deadline);
        DeadlineRecomputed recomputed = new DeadlineRecomputed(processInstanceId, appointment, deadline,
                clock.appointmentPrintedAt() != null, recount.provisional());
        events.publishEvent(recomputed);
        return Optional.of(recomputed);
    }

    /**
     * Whether {@link #recompute} would move the deadline or the appointment of a running dossier under this
     * change: the dry run an administrator sees before saving a calendar. Changes nothing.
     */
    @Transactional(readOnly = true)
    public boolean wouldMove(String processInstanceId, CalendarChanged change) {
        return clocks.find(processInstanceId).filter(clock -> clock.state() != State.STOPPED)
                .map(clock -> recount(clock, change).datesMove()).orElse(false);
    }

    /**
     * A clock's dates counted again under a changed calendar.
     *
     * @param datesKept a paused or extended clock: its dates stay, only its provisional flag may change
     * @param datesMove the deadline or the appointment differs from the stored one
     */
    private record Recount(Instant appointment, Instant deadline, boolean provisional, boolean datesKept,
                           boolean datesMove) {
    }

    /**
     * A running clock counted again "from the start"; a paused or extended clock keeps its dates and only
     * refreshes its provisional flag, a printed appointment keeps its value.
     */
    private static Recount recount(ClockState clock, CalendarChanged change) {
        WorkingTimeCalculator before = change.before();
        WorkingTimeCalculator after = change.after();
        if (clock.state() == State.PAUSED || clock.extendedAppointment() != null) {
            boolean provisional = clock.extendedAppointment() == null
                    && isProvisional(after, clock.receivedAt(), clock.deadline());
            return new Recount(clock.appointment(), clock.deadline(), provisional, true, false);
        }
        Instant deadline = recount(before, after, clock.receivedAt(), clock.deadline());
        Instant appointment = clock.appointmentPrintedAt() != null ? clock.appointment()
                : recount(before, after, clock.receivedAt(), clock.appointment());
        boolean provisional = isProvisional(after, clock.receivedAt(), deadline);
        return new Recount(appointment, deadline, provisional, false,
                !deadline.equals(clock.deadline()) || !appointment.equals(clock.appointment()));
    }

    /** The instant that leaves, under {@code after}, the working time {@code due} left under {@code before}. */
    private static Instant recount(WorkingTimeCalculator before, WorkingTimeCalculator after, Instant from, Instant due) {
        Duration left = before.workingTimeBetween(from, due);
        return left.compareTo(Duration.ZERO) > 0 ? after.plusWorkingHours(from, left) : due;
    }

    /** Whether a year from the one of {@code from} to the one of {@code to} lacks its official calendar. */
    static boolean isProvisional(WorkingTimeCalculator calculator, Instant from, Instant to) {
        int first = from.atZone(WorkingTimeCalculator.ZONE).getYear();
        int last = to.atZone(WorkingTimeCalculator.ZONE).getYear();
        for (int year = first; year <= last; year++) {
            if (!calculator.calendar().isLoaded(year)) {
                return true;
            }
        }
        return false;
    }

    /** The clock of a dossier, if it was started. */
    @Transactional(readOnly = true)
    public Optional<ClockState> state(String processInstanceId) {
        return clocks.find(processInstanceId);
    }

    /** The complex-case limit of a dossier's clock, if it was applied ({@link #applyComplexCase}). */
    @Transactional(readOnly = true)
    public Optional<ComplexCase> complexCase(String processInstanceId) {
        return clocks.complexCase(processInstanceId);
    }

    /**
     * Early, on time or late once the dossier's clock stopped; {@code null} while it runs or before
     * it starts. One column, for the listeners told of every change of a dossier.
     */
    @Transactional(readOnly = true)
    public Timeliness timeliness(String processInstanceId) {
        return clocks.timeliness(processInstanceId);
    }

    /**
     * Classifies one step of a dossier (the control sheet's column "early / on time / late"): its working
     * time, minus the dossier's pauses that fall within it, against the step's allotment.
     *
     * @param stepStart when the step's task was created
     * @param stepEnd   when it was completed
     * @param allotment the step's {@code slaDays}, {@code slaHours} or {@code slaSameDay}
     */
    @Transactional(readOnly = true)
    public Timeliness stepTimeliness(String processInstanceId, Instant stepStart, Instant stepEnd, TimeLimit allotment) {
        Duration paused = clocks.find(processInstanceId)
                .map(clock -> pausedWorkingTime(clock, stepStart, stepEnd))
                .orElse(Duration.ZERO);
        return deadlines.classify(stepStart, stepEnd, deadlines.allotment(stepStart, allotment), paused);
    }

    /** Moves the instance's running SLA timers (not those on hold) later by the working time. */
    private void moveTimers(String processInstanceId, Duration moved) {
        for (ProcessDeadline deadline : engine.find(processInstanceId)) {
            if (deadline.kind() == Kind.TIMER && !deadline.held()) {
                engine.reschedule(Kind.TIMER, deadline.id(), deadlines.plusWorkingTime(deadline.dueAt(), moved));
            }
        }
    }

    /** The working time within {@code [from, to]} during which the clock was paused. */
    private Duration pausedWorkingTime(ClockState clock, Instant from, Instant to) {
        Duration total = Duration.ZERO;
        for (Pause pause : clock.pauses()) {
            Instant start = pause.pausedAt().isAfter(from) ? pause.pausedAt() : from;
            Instant end = pause.resumedAt() == null || pause.resumedAt().isAfter(to) ? to : pause.resumedAt();
            if (end.isAfter(start)) {
                total = total.plus(deadlines.workingTimeBetween(start, end));
            }
        }
        return total;
    }

    private Instant resumedDue(Instant resumedAt, Duration remaining, Instant dueBeforePause) {
        return remaining.compareTo(Duration.ZERO) > 0 ? deadlines.plusWorkingTime(resumedAt, remaining) : dueBeforePause;
    }

    private ClockState running(String processInstanceId, Instant at) {
        ClockState clock = existing(processInstanceId);
        switch (clock.state()) {
            case PAUSED -> throw new ConflictException("Hồ sơ đang tạm dừng tính thời hạn để chờ bổ sung.");
            case STOPPED -> throw new ConflictException(stoppedMessage());
            case RUNNING -> requireNotBefore(at, clock.lastEventAt(), "ghi nhận");
        }
        return clock;
    }

    private ClockState existing(String processInstanceId) {
        return clocks.lock(processInstanceId).orElseThrow(() -> new NoSuchElementException(
                "Hồ sơ (quy trình " + processInstanceId + ") chưa được bắt đầu tính thời hạn."));
    }

    private static Instant appointmentInForce(ClockState clock) {
        return clock.extendedAppointment() != null ? clock.extendedAppointment() : clock.appointment();
    }

    private static void requireNotBefore(Instant at, Instant last, String action) {
        if (at.isBefore(last)) {
            throw new InvalidRequestException("Thời điểm " + action + " " + SHOWN.format(at)
                    + " trước mốc đã ghi nhận " + SHOWN.format(last) + ".");
        }
    }

    private static String stoppedMessage() {
        return "Hồ sơ đã kết thúc tính thời hạn.";
    }
}
