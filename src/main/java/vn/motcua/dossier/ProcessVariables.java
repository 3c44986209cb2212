package vn.motcua.dossier;

import java.util.Set;

/** Names of the process variables the platform sets and reads (see processes/README.md). */
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
    public static final String HANDLING_UNIT = "handlingUnit";
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

    public static final String COMPLETE = "received";
    public static final String NEEDS_SUPPLEMENT = "supplement";
    public static final String REFUSED = "refused";

    /**
     * The variables only the platform writes: what identifies the dossier and its procedure, where and
     * by whom it was received, the receipt check, routing, fees and the legal deadlines. A caller's
     * free-form data (a submission's {@code details}, the portal's {@code ThongTinKhac}) never sets one.
     */
    public static final Set<String> PLATFORM_OWNED = Set.of(DOSSIER_ID, DOSSIER_CODE, PROCEDURE_CODE,
            PROCEDURE_VERSION, PROCEDURE_NAME, CHANNEL, RECEIVING_UNIT, RECEIVING_UNIT_NAME, HANDLING_UNIT,
            RECEPTION_OFFICER, APPLICANT_NAME, APPLICANT_ID, APPLICANT_PHONE, APPLICANT_EMAIL, APPLICANT_ADDRESS,
            COMPLETENESS, MISSING_DOCUMENTS, REFUSAL_REASON, APPOINTMENT_AT, APPOINTMENT_TEXT, APOLOGY_AT,
            NEW_APPOINTMENT_AT, "feeAmount", "feeName", "feeText", "feePaid", "paymentOrderRef", "paymentMethod",
            "paymentId", "paymentExpiresAt");

    /** The message that interrupts a procedure when the applicant withdraws. */
    public static final String WITHDRAWAL_MESSAGE = "WithdrawalRequested";

    private ProcessVariables() {
    }
}
