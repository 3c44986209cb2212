package vn.motcua.citizen;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One dossier as its applicant sees it.
 *
 * @param code          the dossier code (today the process instance's business key; {@code null} when the
 *                      officer who started it in Tasklist gave none)
 * @param procedureName the administrative procedure, e.g. "Đăng ký khai sinh"
 * @param submittedAt   when the dossier was received, in Vietnam's time zone
 * @param state         whether it is still being handled
 * @param currentSteps  the steps it waits in now (empty once it has ended)
 * @param outcome       how it ended, e.g. "Đã trả kết quả", or {@code null} while running
 * @param id            the dossier's id (to pay its fee online)
 * @param feeDue        the fee it waits for (status 6), in đồng, or {@code null} when none is due
 * @param payOnline     whether the citizen may pay that fee online now (a gateway is configured)
 * @param complexCaseAppointment the appointment when the complex-case limit applies (the dossier is being
 *                               verified), in Vietnam's time zone; {@code null} otherwise
 */
public record CitizenDossier(String code, String procedureName, OffsetDateTime submittedAt, State state,
                             List<String> currentSteps, String outcome, String id, Long feeDue, boolean payOnline,
                             OffsetDateTime complexCaseAppointment) {

    /** Where a dossier stands, with the label a citizen reads. */
    public enum State {
        RUNNING("Đang giải quyết"),
        COMPLETED("Đã kết thúc"),
        STOPPED("Đã dừng xử lý");

        private final String label;

        State(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }
}
