package vn.motcua.printing;

import java.text.Normalizer;

/** Checks and normalizes the texts printed on forms. */
final class PrintedText {

    private PrintedText() {
    }

    static String required(String text, String field) {
        String normalized = optional(text);
        if (normalized == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return normalized;
    }

    /**
     * Trimmed NFC text, or {@code null} when blank. Some keyboards and browsers send Vietnamese
     * decomposed (base letter + combining marks); the fonts draw the precomposed letters best and
     * the PDF text layer should hold the same characters a search for the name would type.
     */
    static String optional(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        return Normalizer.normalize(text.strip(), Normalizer.Form.NFC);
    }
}
