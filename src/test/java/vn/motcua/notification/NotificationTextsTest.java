package vn.motcua.notification;

import org.junit.jupiter.api.Test;

import vn.motcua.platform.web.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.notification.NotificationTemplate.ESCALATION_BODY;
import static vn.motcua.notification.NotificationTemplate.ESCALATION_SUBJECT;

/** The checks and the filling of a notification text, on the sample dossier. */
class NotificationTextsTest {

    private final NotificationTexts texts = new NotificationTexts(null, null);

    @Test
    void every_placeholder_of_the_default_sms_is_filled_with_the_sample_dossier() {
        assertThat(texts.preview(ESCALATION_BODY, ESCALATION_BODY.defaultText())).isEqualTo(
                "Bước \"Thẩm định hồ sơ\" của hồ sơ 000.00.31.H29-261207-0012 có hạn 16:30 07/12/2026,"
                        + " đã quá 3,5 giờ làm việc.");
    }

    @Test
    void a_placeholder_of_another_template_is_unknown_here() {
        // {hanXuLy} belongs to the SMS, not to the e-mail subject
        assertThatThrownBy(() -> texts.preview(ESCALATION_SUBJECT, "Hồ sơ {maHoSo} hạn {hanXuLy}"))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("Biến {hanXuLy} không có trong mẫu này; các biến dùng được: {maHoSo}, {tenBuoc}.");
    }

    @Test
    void a_brace_without_its_pair_is_refused() {
        assertThatThrownBy(() -> texts.preview(ESCALATION_BODY, "Hồ sơ {maHoSo} quá hạn }"))
                .hasMessageContaining("Dấu ngoặc { } không khớp");
        assertThatThrownBy(() -> texts.preview(ESCALATION_BODY, "Hồ sơ {maHoSo"))
                .hasMessageContaining("Dấu ngoặc { } không khớp");
    }

    @Test
    void an_sms_of_160_characters_once_filled_is_accepted_and_of_161_refused() {
        String code = "{maHoSo}";
        // the sample code has 25 characters: 25 + 135 = 160
        String fits = code + "x".repeat(135);
        assertThat(texts.preview(ESCALATION_BODY, fits)).hasSize(160);
        assertThatThrownBy(() -> texts.preview(ESCALATION_BODY, fits + "x"))
                .hasMessage("Tin nhắn SMS quá dài: 161 ký tự khi điền hồ sơ mẫu, tối đa 160 ký tự.");
        // an e-mail subject may be longer
        assertThat(texts.preview(ESCALATION_SUBJECT, fits + "x")).hasSize(161);
    }

    @Test
    void an_empty_text_is_refused() {
        assertThatThrownBy(() -> texts.preview(ESCALATION_BODY, "  "))
                .hasMessage("Nội dung mẫu thông báo không được để trống.");
    }
}
