package vn.motcua.notification;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.platform.web.InvalidRequestException;

/**
 * The texts messages are sent with: the one an administrator stored (table {@code notification_text}),
 * else the template's default. Read from the database at each message, so a change applies to the next
 * message on every node. A text may use only its template's placeholders, and an SMS must fit one message
 * once filled with the sample dossier's values.
 *
 * <p>Example: {@code "Hồ sơ {maHoSo} quá hạn"} with {@code maHoSo = 000.00.31.H29-261207-0012} renders
 * "Hồ sơ 000.00.31.H29-261207-0012 quá hạn"; {@code "{maSoThue}"} is refused as an unknown placeholder.
 */
@Service
public class NotificationTexts {

    /** The longest SMS, filled in: one 160-character message. */
    public static final int SMS_MAX_LENGTH = 160;
    /** The longest e-mail subject, filled in. */
    public static final int SUBJECT_MAX_LENGTH = 250;

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

    private final JdbcClient jdbc;
    private final AuditTrail audit;

    NotificationTexts(JdbcClient jdbc, AuditTrail audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /**
     * A text as the settings page shows it.
     *
     * @param updatedBy who stored the text in force; {@code null} while the default applies
     */
    public record View(NotificationTemplate template, String label, NotificationTemplate.Channel channel, String text,
                       String defaultText, List<PlaceholderView> placeholders, String preview, String updatedBy,
                       Instant updatedAt) {
    }

    /** A placeholder as the page lists it: {@code {maHoSo}} — Mã hồ sơ. */
    public record PlaceholderView(String key, String description, String sample) {
    }

    private record Stored(String text, String updatedBy, Instant updatedAt) {
    }

    /** Every text, in the order of {@link NotificationTemplate}. */
    @Transactional(readOnly = true)
    public List<View> all() {
        Map<NotificationTemplate, Stored> stored = new EnumMap<>(NotificationTemplate.class);
        jdbc.sql("select template_name, template_text, updated_by, updated_at from notification_text")
                .query((rs, row) -> Map.entry(rs.getString(1), new Stored(rs.getString(2), rs.getString(3),
                        rs.getTimestamp(4).toInstant())))
                .list()
                .forEach(row -> known(row.getKey()).ifPresent(template -> stored.put(template, row.getValue())));
        return List.of(NotificationTemplate.values()).stream().map(template -> {
            Stored text = stored.get(template);
            return view(template, text == null ? template.defaultText() : text.text(),
                    text == null ? null : text.updatedBy(), text == null ? null : text.updatedAt());
        }).toList();
    }

    /** The text in force for a template. */
    public String text(NotificationTemplate template) {
        return jdbc.sql("select template_text from notification_text where template_name = ?").param(template.name())
                .query(String.class).optional().orElse(template.defaultText());
    }

    /** The text in force filled with these values; a placeholder without a value is left empty. */
    public String render(NotificationTemplate template, Map<NotificationTemplate.Placeholder, String> values) {
        return fill(text(template), values);
    }

    /**
     * A text filled with the sample dossier, after the checks a change must pass.
     *
     * @throws InvalidRequestException when the text is empty, uses an unknown placeholder or is too long
     */
    public String preview(NotificationTemplate template, String text) {
        return check(template, text);
    }

    /** Stores a new text for a template after {@link #preview}'s checks, and audits the change. */
    @Transactional
    public View change(NotificationTemplate template, String text, String editor, String remoteAddress) {
        check(template, text);
        String before = text(template);
        Instant now = Instant.now();
        int updated = jdbc.sql("update notification_text set template_text = ?, updated_by = ?, updated_at = ? where template_name = ?")
                .params(text, editor, Timestamp.from(now), template.name()).update();
        if (updated == 0) {
            jdbc.sql("insert into notification_text (template_name, template_text, updated_by, updated_at) values (?, ?, ?, ?)")
                    .params(template.name(), text, editor, Timestamp.from(now)).update();
        }
        audit.record(now, editor, AuditAction.SETTING_CHANGED, "Mẫu thông báo: " + template.label(),
                "\"" + before + "\" → \"" + text + "\"", remoteAddress);
        return view(template, text, editor, now);
    }

    /** The template of a name the API or page sent, or a 400 naming the known ones. */
    public static NotificationTemplate template(String name) {
        return known(name).orElseThrow(() -> new InvalidRequestException("Không có mẫu thông báo \"" + name
                + "\"; các mẫu: " + List.of(NotificationTemplate.values()).stream().map(Enum::name)
                .collect(Collectors.joining(", ")) + "."));
    }

    private static Optional<NotificationTemplate> known(String name) {
        return List.of(NotificationTemplate.values()).stream().filter(template -> template.name().equals(name))
                .findFirst();
    }

    private View view(NotificationTemplate template, String text, String updatedBy, Instant updatedAt) {
        return new View(template, template.label(), template.channel(), text, template.defaultText(),
                template.placeholders().stream().map(p -> new PlaceholderView("{" + p.key() + "}", p.description(),
                        p.sample())).toList(),
                fill(text, samples(template)), updatedBy, updatedAt);
    }

    /** Checks a text and returns it filled with the sample dossier. */
    private static String check(NotificationTemplate template, String text) {
        if (text == null || text.isBlank()) {
            throw new InvalidRequestException("Nội dung mẫu thông báo không được để trống.");
        }
        if (text.length() > 2000) {
            throw new InvalidRequestException("Nội dung mẫu thông báo dài tối đa 2000 ký tự.");
        }
        String allowed = template.placeholders().stream().map(p -> "{" + p.key() + "}").collect(Collectors.joining(", "));
        Matcher matcher = PLACEHOLDER.matcher(text);
        while (matcher.find()) {
            if (template.placeholders().stream().noneMatch(p -> p.key().equals(matcher.group(1)))) {
                throw new InvalidRequestException("Biến " + matcher.group() + " không có trong mẫu này; các biến dùng được: "
                        + allowed + ".");
            }
        }
        if (PLACEHOLDER.matcher(text).replaceAll("").matches(".*[{}].*")) {
            throw new InvalidRequestException("Dấu ngoặc { } không khớp: mỗi biến viết trong một cặp ngoặc, ví dụ "
                    + "{" + template.placeholders().get(0).key() + "}.");
        }
        String filled = fill(text, samples(template));
        int limit = template.channel() == NotificationTemplate.Channel.SMS ? SMS_MAX_LENGTH : SUBJECT_MAX_LENGTH;
        if (filled.length() > limit) {
            throw new InvalidRequestException((template.channel() == NotificationTemplate.Channel.SMS
                    ? "Tin nhắn SMS quá dài: " : "Tiêu đề e-mail quá dài: ") + filled.length()
                    + " ký tự khi điền hồ sơ mẫu, tối đa " + limit + " ký tự.");
        }
        return filled;
    }

    private static Map<NotificationTemplate.Placeholder, String> samples(NotificationTemplate template) {
        Map<NotificationTemplate.Placeholder, String> values = new EnumMap<>(NotificationTemplate.Placeholder.class);
        template.placeholders().forEach(p -> values.put(p, p.sample()));
        return values;
    }

    private static String fill(String text, Map<NotificationTemplate.Placeholder, String> values) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = values.entrySet().stream().filter(entry -> entry.getKey().key().equals(matcher.group(1)))
                    .map(Map.Entry::getValue).findFirst().orElse("");
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? "" : value));
        }
        matcher.appendTail(filled);
        return filled.toString();
    }
}
