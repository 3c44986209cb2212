package vn.motcua.platform.engine;

import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Names of the process variables the platform sets and reads (see docs/designers-guide.md). */
public final class ProcessVariables {

    public static final String DOSSIER_ID = "dossierId";
    public static final String DOSSIER_CODE = "dossierCode";
    public static final String PROCEDURE_CODE = "procedureCode";
    public static final String PROCEDURE_VERSION = "procedureVersion";
    /** The procedure's name, a column of the Tasklist filters. */
    public static final String PROCEDURE_NAME = "procedureName";
    public static final String CHANNEL = "channel";
    public static final String RECEIVING_UNIT = "receivingUnit";
    /** The receiving unit's name, a column of the Tasklist filters. */
    public static final String RECEIVING_UNIT_NAME = "receivingUnitName";
    /**
     * The commune or ward of the receiving unit (its People's Committee), {@code null} when a provincial unit
     * received the dossier: who handles a commune-level procedure wherever its commune's center received it.
     */
    public static final String RECEIVING_COMMUNE = "receivingCommune";
    public static final String HANDLING_UNIT = "handlingUnit";
    /**
     * The commune or ward where the applicant resides (or the business or land lies): the code of its People's
     * Committee, chosen from the province's communes (the form field's {@code valuesKey} is {@code communes}); the
     * unit that handles civil-status and other "where you live" matters.
     */
    public static final String RESIDENCE_COMMUNE = "residenceCommune";
    public static final String APPLICANT_NAME = "applicantName";
    public static final String APPLICANT_ID = "applicantId";
    public static final String APPLICANT_PHONE = "applicantPhone";
    public static final String APPLICANT_EMAIL = "applicantEmail";
    public static final String APPLICANT_ADDRESS = "applicantAddress";
    public static final String COMPLETENESS = "completeness";
    public static final String MISSING_DOCUMENTS = "missingDocuments";
    public static final String REFUSAL_REASON = "refusalReason";
    /** What a handling step asks the applicant to add (form 2), passed to {@code common-supplement}. */
    public static final String SUPPLEMENT_REASON = "supplementReason";
    public static final String APPOINTMENT_AT = "appointmentAt";
    /** The appointment as officers read it ("17:30 ngày 16/12/2026", Vietnam time), a Tasklist column. */
    public static final String APPOINTMENT_TEXT = "appointmentText";
    public static final String APOLOGY_AT = "apologyAt";
    public static final String NEW_APPOINTMENT_AT = "newAppointmentAt";
    public static final String RECEPTION_OFFICER = "receptionOfficer";
    /** The line of the record's fee table that applies, chosen at reception ({@code muc-1}, {@code muc-2}, …). */
    public static final String FEE_LINE = "feeLine";

    public static final String COMPLETE = "received";
    public static final String NEEDS_SUPPLEMENT = "supplement";
    public static final String REFUSED = "refused";

    /** The message that interrupts a procedure when the applicant withdraws. */
    public static final String WITHDRAWAL_MESSAGE = "WithdrawalRequested";

    /**
     * Variables only the platform writes (our listeners, the engine's own mappings and DMN results) and
     * that listeners, gateways and Tasklist columns trust: no caller of the engine's APIs may set,
     * change or delete them.
     */
    public static final Set<String> PLATFORM_OWNED = Set.of(DOSSIER_ID, DOSSIER_CODE, PROCEDURE_CODE,
            PROCEDURE_VERSION, PROCEDURE_NAME, RECEIVING_UNIT_NAME, RECEIVING_COMMUNE, HANDLING_UNIT, RECEPTION_OFFICER,
            APPOINTMENT_AT, APPOINTMENT_TEXT, APOLOGY_AT,
            // the fee decision's result and the payment's markers (vn.motcua.fees)
            "feeAmount", "feeAmountText", "paymentOrderRef", "paymentExpiresAt", "paymentId", "paymentMethod",
            // which form returns the result (call activity input of common-result-return)
            "resultReturnForm",
            // the legal clock (vn.motcua.sla.SlaVariables)
            "slaAppointment", "slaDeadline",
            // the previous step's note as the next step shows it (StepNotes)
            "previousStepName", "previousStepNote", "previousStepOfficer");

    /**
     * Variables a Camunda Form legitimately submits and that the platform then trusts (the dossier's
     * reception, routing and fee decisions, gateways): a caller may write one only as an editable field of the
     * form it submits, the start form of the process or the form of the task it completes.
     */
    public static final Set<String> FORM_INPUTS = Set.of(RECEIVING_UNIT, CHANNEL, COMPLETENESS, MISSING_DOCUMENTS,
            REFUSAL_REASON, SUPPLEMENT_REASON, NEW_APPOINTMENT_AT, "apologyReason",
            APPLICANT_NAME, APPLICANT_ID, APPLICANT_PHONE, APPLICANT_EMAIL, APPLICANT_ADDRESS, "passportNumber",
            // inputs of the routing and fee decisions (processes/routing)
            RESIDENCE_COMMUNE, "applicantType", "pageCount", "copies", "exempt", FEE_LINE,
            // the outcomes gateways branch on
            "appraisalOutcome", "leaderDecision", "needsVerification", "complexCaseReason");

    /**
     * What a submission's free-form data ({@code details}, the portal's {@code ThongTinKhac}) may never name:
     * the platform's own variables and the reception data the submission carries in its typed fields (channel,
     * receiving unit, applicant, reception check). A procedure's own fields, fee inputs included, are welcome.
     */
    public static final Set<String> NOT_IN_DETAILS = Stream.of(PLATFORM_OWNED, Set.of(CHANNEL, RECEIVING_UNIT,
                    APPLICANT_NAME, APPLICANT_ID, APPLICANT_PHONE, APPLICANT_EMAIL, APPLICANT_ADDRESS, COMPLETENESS,
                    MISSING_DOCUMENTS, REFUSAL_REASON, NEW_APPOINTMENT_AT, "feeName", "feeText", "feePaid"))
            .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());

    private ProcessVariables() {
    }
}
