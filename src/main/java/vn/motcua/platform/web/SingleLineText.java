package vn.motcua.platform.web;

/**
 * Text from a request (a user name, a parameter) made safe for one line of the audit trail or the log:
 * CR, LF, other control characters and Unicode line separators become visible escapes ({@code \r},
 * {@code \n}, {@code \t}, {@code \u2028} …), so that nobody can end a line and forge the next one.
 */
public final class SingleLineText {

    private SingleLineText() {
    }

    /** The text with every control or line-separating character escaped; {@code null} stays {@code null}. */
    public static String escape(String text) {
        if (text == null || text.chars().noneMatch(SingleLineText::breaksLines)) {
            return text;
        }
        StringBuilder escaped = new StringBuilder(text.length() + 16);
        text.chars().forEach(c -> {
            switch (c) {
                case '\r' -> escaped.append("\\r");
                case '\n' -> escaped.append("\\n");
                case '\t' -> escaped.append("\\t");
                default -> {
                    if (breaksLines(c)) {
                        escaped.append(String.format("\\u%04x", c));
                    } else {
                        escaped.append((char) c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    private static boolean breaksLines(int c) {
        return Character.isISOControl(c) || c == '\u2028' || c == '\u2029';
    }
}
