package vn.motcua.notification;

import java.util.List;

/**
 * The texts of the messages the platform sends by e-mail and SMS, with their defaults and the placeholders
 * each may use ({@code {maHoSo}}). Administrators change the texts in the settings page
 * ({@link NotificationTexts}); the placeholders are filled when a message is sent.
 */
public enum NotificationTemplate {

    /** The subject of the e-mail (and title of the in-app notification) about an overdue step. */
    ESCALATION_SUBJECT("Tiêu đề e-mail báo bước xử lý quá hạn (gửi lãnh đạo đơn vị và giám sát viên)", Channel.EMAIL,
            "Hồ sơ {maHoSo} quá hạn bước \"{tenBuoc}\"",
            List.of(Placeholder.DOSSIER_CODE, Placeholder.STEP_NAME)),

    /** The SMS (also the e-mail body and in-app text) about an overdue step. */
    ESCALATION_BODY("Tin nhắn SMS và nội dung e-mail báo bước xử lý quá hạn (gửi lãnh đạo đơn vị và giám sát viên)",
            Channel.SMS,
            "Bước \"{tenBuoc}\" của hồ sơ {maHoSo} có hạn {hanXuLy}, đã quá {soGioQua} giờ làm việc.",
            List.of(Placeholder.DOSSIER_CODE, Placeholder.STEP_NAME, Placeholder.STEP_DUE, Placeholder.HOURS_LATE));

    /** How a text leaves the platform, which bounds its length. */
    public enum Channel {
        /** One SMS: at most {@value NotificationTexts#SMS_MAX_LENGTH} characters once filled in. */
        SMS,
        /** An e-mail subject line: at most {@value NotificationTexts#SUBJECT_MAX_LENGTH} characters. */
        EMAIL
    }

    /** A value filled into a text, with the sample the preview uses. */
    public enum Placeholder {
        DOSSIER_CODE("maHoSo", "Mã hồ sơ", "000.00.31.H29-261207-0012"),
        STEP_NAME("tenBuoc", "Tên bước xử lý", "Thẩm định hồ sơ"),
        STEP_DUE("hanXuLy", "Hạn của bước (giờ và ngày)", "16:30 07/12/2026"),
        HOURS_LATE("soGioQua", "Số giờ làm việc đã quá hạn", "3,5");

        private final String key;
        private final String description;
        private final String sample;

        Placeholder(String key, String description, String sample) {
            this.key = key;
            this.description = description;
            this.sample = sample;
        }

        /** The name written between braces in a text. */
        public String key() {
            return key;
        }

        public String description() {
            return description;
        }

        /** The value of the sample dossier the preview renders. */
        public String sample() {
            return sample;
        }
    }

    private final String label;
    private final Channel channel;
    private final String defaultText;
    private final List<Placeholder> placeholders;

    NotificationTemplate(String label, Channel channel, String defaultText, List<Placeholder> placeholders) {
        this.label = label;
        this.channel = channel;
        this.defaultText = defaultText;
        this.placeholders = placeholders;
    }

    /** What the text is, in Vietnamese, as the settings page names it. */
    public String label() {
        return label;
    }

    public Channel channel() {
        return channel;
    }

    /** The text in force while no administrator changed it. */
    public String defaultText() {
        return defaultText;
    }

    /** The placeholders this text may use. */
    public List<Placeholder> placeholders() {
        return placeholders;
    }
}
