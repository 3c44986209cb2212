package vn.motcua.dossier;

import java.text.Normalizer;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Procedure;
import vn.motcua.files.SubmittedAs;
import vn.motcua.organization.Officer;
import vn.motcua.organization.OrganizationService;
import vn.motcua.organization.Unit;
import vn.motcua.platform.web.ConflictException;
import vn.motcua.printing.ApologyLetter;
import vn.motcua.printing.ComplexCaseNotice;
import vn.motcua.printing.ControlSheetForm;
import vn.motcua.printing.PrintedForms;
import vn.motcua.printing.Refusal;
import vn.motcua.printing.StopNotice;
import vn.motcua.printing.SupplementRequest;
import vn.motcua.sla.ClockState;
import vn.motcua.sla.ComplexCase;
import vn.motcua.sla.Deadlines;
import vn.motcua.sla.SlaClock;
import vn.motcua.sla.TimeLimit;

/**
 * Forms 2 and 3 of a dossier as PDF: the supplement request (from the missing documents the counter or the
 * handling unit wrote) and the refusal (from the reason given at reception). A dossier without such a request
 * or refusal has no such form: 409. Also the notice that the complex-case limit applies (from the SLA clock,
 * once the handling unit decided a verification); a dossier without one has no such notice: 404. Forms 4 and 5: the
 * apology letter (from the clock's single extension; none yet: 404) and the notice that the handling stopped (a
 * dossier not stopped: 409).
 */
@Component
class CounterNotices {

    private final Catalog catalog;
    private final OrganizationService organization;
    private final PrintedForms printedForms;
    private final DossierRepository dossiers;
    private final SlaClock clock;
    private final Deadlines deadlines;
    private final HistoryService history;

    CounterNotices(Catalog catalog, OrganizationService organization, PrintedForms printedForms,
                   DossierRepository dossiers, @Lazy SlaClock clock, Deadlines deadlines, @Lazy HistoryService history) {
        this.history = history;
        this.clock = clock;
        this.deadlines = deadlines;
        this.catalog = catalog;
        this.organization = organization;
        this.printedForms = printedForms;
        this.dossiers = dossiers;
    }

    /**
     * Whether form 2 can be printed: the dossier was sent back for a supplement (status 5, now or before) with
     * the documents to add. The API keeps whatever text a request carried, so the text alone does not tell.
     */
    boolean hasSupplementRequest(Dossier dossier, List<DossierRepository.StatusChange> history) {
        return !blank(dossier.missingDocuments()) && (dossier.status() == DossierStatus.SUPPLEMENT_REQUESTED
                || history.stream().anyMatch(change -> change.status() == DossierStatus.SUPPLEMENT_REQUESTED));
    }

    /** Whether form 3 can be printed: the dossier was refused (status 3) with a reason. */
    static boolean hasRefusal(Dossier dossier) {
        return dossier.status() == DossierStatus.REFUSED && !blank(dossier.refusalReason());
    }

    /** The complex-case limit applied to the dossier, if the handling unit decided a verification. */
    Optional<ComplexCase> complexCase(Dossier dossier) {
        return dossier.processInstanceId() == null ? Optional.empty() : clock.complexCase(dossier.processInstanceId());
    }

    /** The clock of a dossier whose late unit apologised and set a new appointment (form 4), if any. */
    Optional<ClockState> apology(Dossier dossier) {
        return dossier.processInstanceId() == null ? Optional.empty() : clock.state(dossier.processInstanceId())
                .filter(state -> state.extendedAppointment() != null);
    }

    /** Whether form 5 can be printed: the handling of the dossier stopped (status 8). */
    static boolean hasStopNotice(Dossier dossier) {
        return dossier.status() == DossierStatus.STOPPED;
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    byte[] supplementRequest(Dossier dossier) {
        if (!hasSupplementRequest(dossier, dossiers.statusHistory(dossier.id()))) {
            throw new ConflictException("Hồ sơ không có yêu cầu bổ sung: chưa có phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.");
        }
        Procedure procedure = catalog.version(dossier.procedureCode(), dossier.procedureVersion()).orElseThrow();
        Unit issuing = issuingUnit(dossier);
        List<SupplementRequest.MissingDocument> documents = Arrays.stream(dossier.missingDocuments().split("\\R"))
                .map(line -> line.strip().replaceFirst("^([-•*+]|\\d+[.)])\\s*", ""))
                .filter(line -> !line.isBlank())
                .map(line -> new SupplementRequest.MissingDocument(line, formInCatalog(procedure, line)))
                .toList();
        return printedForms.render(SupplementRequest.builder()
                .number(dossier.code())
                .parentUnit(organization.parentNameOf(issuing))
                .issuingUnit(issuing.name())
                .applicantName(dossier.applicant().name())
                .procedureName(procedure.name())
                .documents(documents)
                .reason("Hồ sơ chưa đầy đủ, hợp lệ theo quy định của thủ tục hành chính.")
                .rulesReference("Cơ sở dữ liệu quốc gia về thủ tục hành chính, thủ tục mã " + procedure.code())
                .requestedAt(lastReached(dossier, DossierStatus.SUPPLEMENT_REQUESTED))
                .officer(officerName(dossier.createdBy()))
                .build());
    }

    byte[] refusal(Dossier dossier) {
        if (!hasRefusal(dossier)) {
            throw new ConflictException("Hồ sơ không bị từ chối: chưa có phiếu từ chối tiếp nhận, giải quyết hồ sơ.");
        }
        Procedure procedure = catalog.version(dossier.procedureCode(), dossier.procedureVersion()).orElseThrow();
        Unit issuing = organization.unit(dossier.receivingUnit()).orElseThrow();
        return printedForms.render(Refusal.builder()
                .number(dossier.code())
                .parentUnit(organization.parentNameOf(issuing))
                .issuingUnit(issuing.name())
                .applicantName(dossier.applicant().name())
                .procedureName(procedure.name())
                .reason(dossier.refusalReason())
                .refusedAt(lastReached(dossier, DossierStatus.REFUSED))
                .officer(officerName(dossier.createdBy()))
                .build());
    }

    /**
     * The notice that the complex-case limit applies. The clock keeps only the longer limit and its appointment, so
     * the receipt slip's appointment is recomputed: the reception plus the version's normal limit, as
     * {@link DossierProcessSync} started the clock with.
     */
    byte[] complexCaseNotice(Dossier dossier) {
        ComplexCase complex = complexCase(dossier).orElseThrow(() -> new NoSuchElementException(
                "Hồ sơ không áp dụng thời hạn giải quyết trường hợp phức tạp: chưa có thông báo."));
        Procedure procedure = catalog.version(dossier.procedureCode(), dossier.procedureVersion()).orElseThrow();
        Unit issuing = issuingUnit(dossier);
        return printedForms.render(ComplexCaseNotice.builder()
                .parentUnit(organization.parentNameOf(issuing))
                .issuingUnit(issuing.name())
                .applicantName(dossier.applicant().name())
                .procedureName(procedure.name())
                .dossierCode(dossier.code())
                .receivedAt(complex.receivedAt())
                .originalAppointment(deadlines.deadline(complex.receivedAt(), procedure.limit().asTimeLimit()))
                .reason(complex.reason() == null ? "Hồ sơ cần xác minh, kiểm tra thực tế theo quy định." : complex.reason())
                .complexLimit(inWorkingDays(complex.limit()))
                .legalBasis(procedure.legalBasis())
                .newAppointment(complex.appointment())
                .decidedAt(complex.appliedAt())
                .build());
    }

    /** Form 4, from the clock's single extension: the appointment given before it, the reason and the new one. */
    byte[] apologyLetter(Dossier dossier) {
        ClockState extended = apology(dossier).orElseThrow(() -> new NoSuchElementException(
                "Hồ sơ chưa được hẹn lại ngày trả kết quả: chưa có phiếu xin lỗi và hẹn lại ngày trả kết quả."));
        Procedure procedure = catalog.version(dossier.procedureCode(), dossier.procedureVersion()).orElseThrow();
        Unit issuing = issuingUnit(dossier);
        return printedForms.render(ApologyLetter.builder()
                .parentUnit(organization.parentNameOf(issuing))
                .issuingUnit(issuing.name())
                .applicantName(dossier.applicant().name())
                .procedureName(procedure.name())
                .dossierCode(dossier.code())
                .receivedAt(extended.receivedAt())
                .originalAppointment(extended.appointment())
                .reason(extended.extensionReason())
                .newAppointment(extended.extendedAppointment())
                .apologizedAt(extended.extendedAt())
                .build());
    }

    /**
     * Form 5. The reason is the one the counter wrote when confirming the stop (the withdrawal step's
     * {@code withdrawalReason}); a dossier stopped without one says it stopped at the applicant's request.
     */
    byte[] stopNotice(Dossier dossier) {
        if (!hasStopNotice(dossier)) {
            throw new ConflictException("Hồ sơ chưa dừng xử lý: chưa có thông báo về việc dừng giải quyết hồ sơ.");
        }
        Procedure procedure = catalog.version(dossier.procedureCode(), dossier.procedureVersion()).orElseThrow();
        Unit issuing = organization.unit(dossier.receivingUnit()).orElseThrow();
        DossierRepository.StatusChange stop = dossiers.statusHistory(dossier.id()).stream()
                .filter(change -> change.status() == DossierStatus.STOPPED)
                .max(Comparator.comparing(DossierRepository.StatusChange::at))
                .orElse(new DossierRepository.StatusChange(DossierStatus.STOPPED, dossier.submittedAt(), null));
        return printedForms.render(StopNotice.builder()
                .parentUnit(organization.parentNameOf(issuing))
                .issuingUnit(issuing.name())
                .applicantName(dossier.applicant().name())
                .procedureName(procedure.name())
                .dossierCode(dossier.code())
                .submittedAt(dossier.submittedAt())
                .reason(withdrawalReason(dossier).orElse("Theo đề nghị rút hồ sơ của Ông/Bà."))
                .stoppedAt(stop.at())
                .officer(officerName(stop.actor()))
                .build());
    }

    /** The reason written in the withdrawal step, kept in the history of the called withdrawal process. */
    private Optional<String> withdrawalReason(Dossier dossier) {
        if (dossier.processInstanceId() == null) {
            return Optional.empty();
        }
        List<String> instances = new ArrayList<>(List.of(dossier.processInstanceId()));
        history.createHistoricProcessInstanceQuery().superProcessInstanceId(dossier.processInstanceId()).list()
                .forEach(called -> instances.add(called.getId()));
        return history.createHistoricVariableInstanceQuery().variableName("withdrawalReason")
                .processInstanceIdIn(instances.toArray(String[]::new)).list().stream()
                .map(HistoricVariableInstance::getValue)
                .filter(String.class::isInstance).map(String.class::cast)
                .filter(reason -> !reason.isBlank()).findFirst();
    }

    /** Form 6 of the dossier: its steps as {@link ControlSheet} recorded them, printed now. */
    byte[] controlSheet(Dossier dossier, List<ControlSheet.Entry> entries) {
        Procedure procedure = catalog.version(dossier.procedureCode(), dossier.procedureVersion()).orElseThrow();
        Unit receiving = organization.unit(dossier.receivingUnit()).orElseThrow();
        var unitNames = organization.unitNames();
        List<ControlSheetForm.Step> steps = entries.stream().map(entry -> new ControlSheetForm.Step(entry.stepName(),
                entry.unitCode() == null ? null : unitNames.getOrDefault(entry.unitCode(), entry.unitCode()),
                entry.startedAt(), entry.dueAt(), entry.completedAt(),
                entry.completedBy() == null ? null
                        : Optional.ofNullable(officerName(entry.completedBy())).orElse(entry.completedBy()),
                entry.classification() == null ? null : entry.classification().label(), entry.note())).toList();
        return printedForms.render(ControlSheetForm.builder()
                .parentUnit(organization.parentNameOf(receiving))
                .issuingUnit(receiving.name())
                .dossierCode(dossier.code())
                .applicantName(dossier.applicant().name())
                .procedureName(procedure.name())
                .handlingUnit(dossier.handlingUnit() == null ? null
                        : organization.unit(dossier.handlingUnit()).map(Unit::name).orElse(null))
                .receivedAt(dossier.receivedAt())
                .appointmentAt(dossier.appointmentAt())
                .steps(steps)
                .printedAt(Instant.now())
                .build());
    }

    /** "15 ngày làm việc"; {@code null} for a limit not in whole working days (the clock's notation is not for print). */
    private static String inWorkingDays(TimeLimit limit) {
        return limit.isSameDay() || !limit.workingTime().isZero() || limit.workingDays().signum() <= 0 ? null
                : limit.workingDays().stripTrailingZeros().toPlainString() + " ngày làm việc";
    }

    /** The counter asks at reception; once received, the handling unit asks (the counter hands the form over). */
    private Unit issuingUnit(Dossier dossier) {
        String unit = dossier.receivedAt() != null && dossier.handlingUnit() != null ? dossier.handlingUnit()
                : dossier.receivingUnit();
        return organization.unit(unit).orElseThrow();
    }

    private String officerName(String username) {
        return username == null ? null : organization.officer(username).map(Officer::name).orElse(null);
    }

    /** When the dossier last reached the status; its submission when it never did (a request being drafted). */
    private Instant lastReached(Dossier dossier, DossierStatus status) {
        return dossiers.statusHistory(dossier.id()).stream().filter(change -> change.status() == status)
                .map(DossierRepository.StatusChange::at).max(Comparator.naturalOrder())
                .orElse(dossier.submittedAt());
    }

    /** The form the catalog asks for a document the officer named, when the name matches one of its documents. */
    private static SubmittedAs formInCatalog(Procedure procedure, String line) {
        String wanted = comparable(line);
        return procedure.requiredDocuments() == null ? null : procedure.requiredDocuments().stream()
                .filter(document -> wanted.contains(comparable(document.name())) || comparable(document.name()).contains(wanted))
                .map(document -> SubmittedAs.valueOf(document.form().name()))
                .findFirst().orElse(null);
    }

    private static String comparable(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT).strip();
    }
}
