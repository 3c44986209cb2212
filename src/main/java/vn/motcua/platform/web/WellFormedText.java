package vn.motcua.platform.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.deser.std.JsonNodeDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

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
            throw new InvalidRequestException(refusal(field));
        }
    }

    static String refusal(String field) {
        return "Trường \"" + field + "\" chứa ký tự không hợp lệ (ký tự NUL hoặc Unicode hỏng).";
    }

    /**
     * Refuses such text anywhere in a JSON request body, as a value or as a key: String fields and
     * collections, map keys, and free-form values ({@code Object}, {@code Map<String, Object>},
     * {@code JsonNode}), whose nested maps and lists Jackson reads without the String deserializer. The
     * body is a 400 naming the field ({@link ApiProblemHandler}).
     */
    @SuppressWarnings("unchecked")
    public static SimpleModule jacksonModule() {
        SimpleModule module = new SimpleModule("motcua-well-formed-text");
        module.addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String value = super.deserialize(parser, context);
                if (!isWellFormed(value)) {
                    throw new IllFormedText(parser, false);
                }
                return value;
            }
        });
        module.addKeyDeserializer(String.class, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext context) throws IOException {
                if (!isWellFormed(key)) {
                    throw new IllFormedText(context.getParser(), true);
                }
                return key;
            }
        });
        // JsonNode types get no deserializer modifier from Jackson: replace them
        for (Class<? extends JsonNode> tree : List.of(JsonNode.class, ObjectNode.class, ArrayNode.class)) {
            module.addDeserializer((Class<JsonNode>) tree,
                    (JsonDeserializer<JsonNode>) (JsonDeserializer<?>) new CheckedTree(JsonNodeDeserializer.getDeserializer(tree)));
        }
        module.setDeserializerModifier(new BeanDeserializerModifier() {
            @Override
            public JsonDeserializer<?> modifyDeserializer(DeserializationConfig config, BeanDescription description,
                                                          JsonDeserializer<?> deserializer) {
                return description.getBeanClass() == Object.class ? new CheckedTree(deserializer) : deserializer;
            }
        });
        return module;
    }

    /**
     * Whether Jackson's parser itself refused the body for an unpaired surrogate in a field name: reading
     * bytes (as for every HTTP body) it does so before any deserializer sees the name.
     */
    static boolean isBrokenName(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JsonParseException parse && parse.getOriginalMessage() != null
                    && parse.getOriginalMessage().contains("surrogate") && parse.getOriginalMessage().contains("field name")) {
                return true;
            }
        }
        return false;
    }

    /** Text that is not well-formed in a JSON body; Jackson adds the path to it on the way out. */
    static final class IllFormedText extends JsonMappingException {

        private final boolean inKey;

        IllFormedText(JsonParser parser, boolean inKey) {
            super(parser, inKey ? "Field name with a NUL or an unpaired surrogate" : "Text with a NUL or an unpaired surrogate");
            this.inKey = inKey;
        }

        /** Whether a key of the object at the path is ill-formed, rather than the value at the path. */
        boolean inKey() {
            return inKey;
        }
    }

    /** A free-form value (untyped or a JSON tree), read as Jackson does, then checked key by key, text by text. */
    private static final class CheckedTree extends DelegatingDeserializer {

        CheckedTree(JsonDeserializer<?> standard) {
            super(standard);
        }

        @Override
        protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> newDelegatee) {
            return new CheckedTree(newDelegatee);
        }

        @Override
        public Object deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            JsonStreamContext start = parser.getParsingContext();
            boolean container = parser.isExpectedStartObjectToken() || parser.isExpectedStartArrayToken();
            Object value;
            try {
                value = super.deserialize(parser, context);
            } catch (IllFormedText e) {
                // Jackson's untyped reader applies our String deserializer to nested text without adding the path
                prependInnerPath(e, parser.getParsingContext(), start, container, false);
                throw e;
            } catch (JsonParseException e) {
                if (!isBrokenName(e)) {
                    throw e;
                }
                IllFormedText illFormed = new IllFormedText(parser, true);
                prependInnerPath(illFormed, parser.getParsingContext(), start, container, true);
                throw illFormed;
            }
            check(value, parser);
            return value;
        }

        /**
         * The path from the value's start to where the parser stands: the broken text, or the object whose
         * field name is broken (its context still holds the previous field's name, which is skipped).
         */
        private static void prependInnerPath(IllFormedText e, JsonStreamContext at, JsonStreamContext start, boolean container,
                                             boolean inName) {
            for (JsonStreamContext step = at; step != null && (container || step != start); step = step.getParent()) {
                if (inName && step == at) {
                    // the object whose field name is broken: the path ends here
                } else if (step.inObject() && step.getCurrentName() != null) {
                    e.prependPath(Map.class, step.getCurrentName());
                } else if (step.inArray()) {
                    e.prependPath(List.class, step.getCurrentIndex());
                }
                if (step == start) {
                    break;
                }
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public Object deserialize(JsonParser parser, DeserializationContext context, Object intoValue) throws IOException {
            Object value = ((JsonDeserializer<Object>) _delegatee).deserialize(parser, context, intoValue);
            check(value, parser);
            return value;
        }

        private static void check(Object value, JsonParser parser) throws IllFormedText {
            if (value instanceof String text && !isWellFormed(text)
                    || value instanceof JsonNode node && node.isTextual() && !isWellFormed(node.textValue())) {
                throw new IllFormedText(parser, false);
            }
            if (value instanceof Map<?, ?> map) {
                for (Map.Entry<?, ?> entry : map.entrySet()) {
                    checkEntry(map, String.valueOf(entry.getKey()), entry.getValue(), parser);
                }
            } else if (value instanceof ObjectNode object) {
                for (var fields = object.fields(); fields.hasNext(); ) {
                    var entry = fields.next();
                    checkEntry(object, entry.getKey(), entry.getValue(), parser);
                }
            } else if (value instanceof Iterable<?> items) { // List or ArrayNode
                int index = 0;
                for (Object item : items) {
                    try {
                        check(item, parser);
                    } catch (IllFormedText e) {
                        e.prependPath(items, index);
                        throw e;
                    }
                    index++;
                }
            }
        }

        private static void checkEntry(Object container, String key, Object value, JsonParser parser) throws IllFormedText {
            if (!isWellFormed(key)) {
                throw new IllFormedText(parser, true);
            }
            try {
                check(value, parser);
            } catch (IllFormedText e) {
                e.prependPath(container, key);
                throw e;
            }
        }
    }
}
