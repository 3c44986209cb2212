package vn.motcua.dossier;

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

    /** The message that interrupts a procedure when the applicant withdraws. */
    public static final String WITHDRAWAL_MESSAGE = "WithdrawalRequested";

    private ProcessVariables() {
    }
}
