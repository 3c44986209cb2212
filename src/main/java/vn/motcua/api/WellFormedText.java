package vn.motcua.api;

import java.io.IOException;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;

/**
 * Text we can store: no NUL (PostgreSQL refuses it, the request would end in a 500) and no unpaired
 * UTF-16 surrogate (a JSON {@code "\uD800"} decodes to one; the database would silently keep a '?').
 */
public final class WellFormedText {

    private WellFormedText() {
    }

    /** Whether the text may be stored as it is. */
    public static boolean isWellFormed(String text) {
        if (text == null) {
            return true;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return false;
            }
            if (Character.isHighSurrogate(c)) {
                if (i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(i + 1))) {
                    return false;
                }
                i++;
            } else if (Character.isLowSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    /** The check as an API error, naming the field. */
    public static void require(String field, String text) {
        if (!isWellFormed(text)) {
            throw new InvalidRequestException("Trường \"" + field + "\" chứa ký tự không hợp lệ (ký tự NUL hoặc Unicode hỏng).");
        }
    }

    /** Refuses such text in every String field of a JSON request body: a 400 like any unreadable body. */
    public static SimpleModule jacksonModule() {
        return new SimpleModule("motcua-well-formed-text").addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String value = super.deserialize(parser, context);
                if (!isWellFormed(value)) {
                    return (String) context.handleWeirdStringValue(String.class, value,
                            "chứa ký tự NUL hoặc Unicode hỏng");
                }
                return value;
            }
        });
    }
}
