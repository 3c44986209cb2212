package vn.motcua.dossier;

import java.time.Instant;

import vn.motcua.catalog.Procedure;

/**
 * The deadlines a dossier gets when it is received: the appointment printed on the receipt and the
 * moment the late unit must apologise (one working day before, or half the time for short limits).
 */
public interface ReceiptDeadlines {

    record Deadlines(Instant appointmentAt, Instant apologyAt) {
    }

    Deadlines atReceipt(Instant receivedAt, Procedure.TimeLimit limit);
}
