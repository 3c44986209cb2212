package vn.motcua.monitoring;

import vn.motcua.platform.web.InvalidRequestException;

/** The drill-down lists of the dashboard. */
enum DossierState {
    /** Received and not finished. */
    OPEN,
    /** Open, not paused, past its appointment (deadline in force). */
    OVERDUE,
    /** Open, not paused, appointment within the next working day. */
    DUE_SOON,
    /** Open, not paused, with a current step predicted to end late. */
    AT_RISK;

    static DossierState parse(String text) {
        if (text == null || text.isBlank()) {
            return OPEN;
        }
        return switch (text) {
            case "open" -> OPEN;
            case "overdue" -> OVERDUE;
            case "dueSoon" -> DUE_SOON;
            case "atRisk" -> AT_RISK;
            default -> throw new InvalidRequestException(
                    "Trạng thái \"" + text + "\" không hợp lệ: dùng open, overdue, dueSoon hoặc atRisk.");
        };
    }
}
