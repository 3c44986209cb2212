package vn.motcua.notification;

import java.time.Instant;
import java.util.Set;

import org.junit.jupiter.api.Test;

import vn.motcua.dossier.Applicant;
import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierEvents.Change;
import vn.motcua.dossier.DossierEvents.DossierChanged;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.dossier.PublicLinks;
import vn.motcua.notification.ApplicantMessages.Event;

import static org.assertj.core.api.Assertions.assertThat;

/** Which changes the applicant is told about, and the apology's new date. */
class ApplicantMessagesTest {

    private final ApplicantMessages messages = new ApplicantMessages(new PublicLinks("https://motcua.example.vn"),
            new ApplicantMailProperties(true, "x@example.vn", "", true, null, 20, null, null));

    @Test
    void processing_and_an_unchanged_status_tell_nothing_but_each_supplement_request_does() {
        assertThat(messages.eventOf(change(DossierStatus.PROCESSING), true)).isEmpty();
        assertThat(messages.eventOf(change(DossierStatus.RECEIVED), false)).isEmpty();
        assertThat(messages.eventOf(change(DossierStatus.RESULT_READY), true)).contains(Event.RESULT_READY);
        assertThat(messages.eventOf(change(DossierStatus.SUPPLEMENT_REQUESTED, Change.SUPPLEMENT_REQUESTED), false))
                .contains(Event.SUPPLEMENT_REQUESTED);
    }

    @Test
    void the_apology_gives_the_new_appointment_and_the_lookup_link_of_the_public_site() {
        Dossier dossier = dossier(DossierStatus.PROCESSING);

        ApplicantMessages.ApplicantMessage apology = messages.compose(dossier, Event.APPOINTMENT_EXTENDED);

        assertThat(apology.subject()).isEqualTo("Thư xin lỗi và hẹn lại ngày trả kết quả hồ sơ H99-0001");
        assertThat(apology.body()).contains("thành thật xin lỗi").contains("Ngày hẹn trả kết quả mới: 15/12/2026.")
                .contains("https://motcua.example.vn/tra-cuu?ma=H99-0001");
    }

    private static DossierChanged change(DossierStatus status, Change... changes) {
        return new DossierChanged(dossier(status), null, Set.of(changes));
    }

    private static Dossier dossier(DossierStatus status) {
        return Dossier.builder().id("d1").code("H99-0001").procedureName("Đăng ký khai sinh").status(status)
                .applicant(new Applicant("Trần Thị Bình", "079201005101", null, "binh@example.vn", null))
                .appointmentAt(Instant.parse("2026-12-15T09:00:00Z")).build();
    }
}
