package vn.motcua.files;

import java.text.Normalizer;
import java.util.Optional;
import java.util.regex.Pattern;

import vn.motcua.platform.web.InvalidRequestException;
import vn.motcua.platform.web.WellFormedText;

/**
 * The name a client gave a file it uploads (dossier documents, catalog imports). It is stored and shown
 * as it is, so it must be a plain file name: a name carrying a path ({@code /} or {@code \}, {@code ..},
 * a drive such as {@code C:}), a control character, a bidirectional override that disguises the
 * extension, broken Unicode, or nothing at all is refused rather than silently cut, and the whole request
 * with it. Vietnamese letters (composed to NFC, as macOS sends them decomposed), spaces and the
 * usual punctuation are welcome.
 */
public final class UploadedFileName {

    /** The columns that keep file names hold 255 characters. */
    public static final int MAX_LENGTH = 255;

    private static final Pattern DRIVE = Pattern.compile("^[A-Za-z]:");
    private static final int SHOWN_LENGTH = 80;

    private UploadedFileName() {
    }

    /** The name to store (trimmed, NFC), or a 400 naming the file and saying why it is refused. */
    public static String require(String original) {
        String name = original == null ? "" : original.strip();
        problem(name).ifPresent(reason -> {
            throw new InvalidRequestException(name.isEmpty() ? "Tệp tải lên không có tên: " + reason
                    : "Tên tệp \"" + shown(name) + "\" không hợp lệ: " + reason);
        });
        return Normalizer.normalize(name, Normalizer.Form.NFC);
    }

    /** Why the (stripped) name is refused, in Vietnamese; empty when it is a plain file name. */
    static Optional<String> problem(String name) {
        if (name.isEmpty()) {
            return Optional.of("hãy đặt tên cho tệp (ví dụ \"giay-khai-sinh.pdf\") rồi tải lên lại.");
        }
        if (name.equals(".") || name.indexOf('/') >= 0 || name.indexOf('\\') >= 0 || name.contains("..") || DRIVE.matcher(name).find()) {
            return Optional.of("tên tệp không được chứa đường dẫn (/, \\, .., ổ đĩa như C:); chỉ gửi tên của tệp.");
        }
        if (!WellFormedText.isWellFormed(name) || name.chars().anyMatch(UploadedFileName::isControl)) {
            return Optional.of("tên tệp chứa ký tự điều khiển hoặc Unicode hỏng.");
        }
        if (name.length() > MAX_LENGTH) {
            return Optional.of("tên tệp dài quá " + MAX_LENGTH + " ký tự.");
        }
        return Optional.empty();
    }

    /** ISO controls, and the bidirectional embeddings, overrides and isolates (U+202E before "fdp.exe" shows it as "exe.pdf"). */
    private static boolean isControl(int c) {
        return Character.isISOControl(c) || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    /** The name as the answer can show it: controls and lone surrogates as U+FFFD, long names shortened. */
    private static String shown(String name) {
        StringBuilder shown = new StringBuilder();
        for (int i = 0; i < name.length() && shown.length() < SHOWN_LENGTH; i++) {
            char c = name.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < name.length() && Character.isLowSurrogate(name.charAt(i + 1))) {
                shown.append(c).append(name.charAt(++i));
            } else if (Character.isSurrogate(c) || isControl(c)) {
                shown.append('\uFFFD');
            } else {
                shown.append(c);
            }
        }
        return shown.length() < name.length() ? shown + "…" : shown.toString();
    }
}
