package vn.motcua.platform.web;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class WellFormedTextTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(WellFormedText.jacksonModule());

    record Applicant(String name) {
    }

    record Request(Applicant applicant, List<String> tags, Map<String, Object> details, Map<String, String> labels,
                   JsonNode extra, ObjectNode more, Object anything) {
    }

    @Test
    void vietnamese_and_emoji_are_well_formed_a_nul_or_a_lone_surrogate_is_not() {
        assertThat(WellFormedText.isWellFormed("Nguyễn Thị Ánh 😀")).isTrue();
        assertThat(WellFormedText.isWellFormed(null)).isTrue();
        assertThat(WellFormedText.isWellFormed("a\u0000b")).isFalse();
        assertThat(WellFormedText.isWellFormed("a\uD83D")).isFalse();
        assertThat(WellFormedText.isWellFormed("\uDE00a")).isFalse();
        assertThat(WellFormedText.isWellFormed("\uD83D\uDE00")).isTrue();
    }

    @Test
    void a_json_string_field_with_a_lone_surrogate_or_nul_is_refused_while_reading() throws Exception {
        assertThat(json.readValue("{\"name\": \"Lê Văn Cường\"}", Applicant.class).name()).isEqualTo("Lê Văn Cường");
        assertThatThrownBy(() -> json.readValue("{\"name\": \"L\\uD800\"}", Applicant.class))
                .isInstanceOf(WellFormedText.IllFormedText.class);
        assertThatThrownBy(() -> json.readValue("{\"name\": \"a\\u0000\"}", Applicant.class))
                .isInstanceOf(WellFormedText.IllFormedText.class);
    }

    @Test
    void well_formed_free_form_values_are_read_as_jackson_reads_them() throws Exception {
        Request request = json.readValue("""
                {"applicant": {"name": "Lê Văn Cường"}, "tags": ["Tân Định"], "details": {"tên": "Bảo 😀", "n": 1,
                 "nested": {"a": ["b", {"c": "đ"}]}}, "labels": {"k": "v"}, "extra": {"x": ["ý"]}, "more": {},
                 "anything": [1, "ă"]}""", Request.class);
        assertThat(request.details()).containsEntry("tên", "Bảo 😀").containsEntry("nested", Map.of("a", List.of("b", Map.of("c", "đ"))));
        assertThat(request.extra().path("x").path(0).asText()).isEqualTo("ý");
        assertThat(request.anything()).isEqualTo(List.of(1, "ă"));
        assertThat(json.readTree("{\"a\": null}").path("a").isNull()).isTrue();
        assertThat(json.readValue("{\"extra\": null}", Request.class).extra()).isEqualTo(NullNode.getInstance());
    }

    /** Broken text anywhere: the exception carries the path to the field (or to the object with the broken key). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"applicant\": {\"name\": \"a\\uD800\"}}                     | applicant.name        | false",
            "{\"tags\": [\"ok\", \"\\uDC00\"]}                             | tags[1]               | false",
            "{\"details\": {\"x\": \"a\\u0000\"}}                          | details.x             | false",
            "{\"details\": {\"x\": {\"y\": [1, \"\\uD83D\"]}}}             | details.x.y[1]        | false",
            "{\"details\": {\"\\uD800\": \"a\"}}                           | details               | true",
            "{\"details\": {\"x\": [{\"k\\u0000\": 1}]}}                   | details.x[0]          | true",
            "{\"labels\": {\"\\uDC00\": \"a\"}}                            | labels                | true",
            "{\"labels\": {\"k\": \"\\uDC00\"}}                            | labels.k              | false",
            "{\"extra\": {\"x\": [\"\\uD800\"]}}                           | extra.x[0]            | false",
            "{\"extra\": {\"\\u0000\": 1}}                                 | extra                 | true",
            "{\"more\": {\"a\": {\"b\": \"\\uDFFF\"}}}                     | more.a.b              | false",
            "{\"anything\": \"\\uD800\"}                                   | anything              | false"})
    void broken_text_in_any_value_or_key_is_refused_naming_where(String body, String path, boolean inKey) {
        WellFormedText.IllFormedText refused = catchThrowableOfType(WellFormedText.IllFormedText.class,
                () -> json.readValue(body, Request.class));
        assertThat(refused).as(body).isNotNull();
        assertThat(refused.inKey()).as(body).isEqualTo(inKey);
        StringBuilder shown = new StringBuilder();
        refused.getPath().forEach(step -> shown.append(step.getFieldName() != null
                ? (shown.isEmpty() ? "" : ".") + step.getFieldName() : "[" + step.getIndex() + "]"));
        assertThat(shown.toString()).as(body).isEqualTo(path);
    }

    /**
     * Bodies arrive as bytes, and Jackson's byte parser refuses an unpaired surrogate in a field name by
     * itself; the path then ends at the object holding the name, as for a NUL in a name.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"details\": {\"a\\uD800\": 1}}                             | details",
            "{\"details\": {\"x\": [0, {\"ok\": 1, \"\\uDC00\": 1}]}}  | details.x[1]",
            "{\"details\": {\"x\": {\"y\": {\"\\uD800x\": 1}}}}          | details.x.y",
            "{\"details\": {\"x\": {\"k\\u0000\": 1}}}                   | details.x",
            "{\"labels\": {\"\\uDE00\\uD83D\": \"a\"}}                  | labels",
            "{\"extra\": {\"a\": {\"b\": 1, \"\\uD800\": 2}}}            | extra.a",
            "{\"anything\": [{\"\\uDC00\": 1}]}                           | anything[0]"})
    void a_broken_field_name_read_from_bytes_is_refused_naming_its_object(String body, String path) {
        Throwable refused = catchThrowableOfType(JsonProcessingException.class,
                () -> json.readValue(body.getBytes(StandardCharsets.UTF_8), Request.class));
        assertThat(refused).as(body).isNotNull();
        assertThat(refused instanceof WellFormedText.IllFormedText illFormed ? illFormed.inKey() : WellFormedText.isBrokenName(refused))
                .as(body).isTrue();
        StringBuilder shown = new StringBuilder();
        ((JsonMappingException) refused).getPath().forEach(step -> shown.append(step.getFieldName() != null
                ? (shown.isEmpty() ? "" : ".") + step.getFieldName() : "[" + step.getIndex() + "]"));
        assertThat(shown.toString()).as(body).isEqualTo(path);
    }

    @Test
    void a_tree_read_directly_is_checked_too() {
        assertThatThrownBy(() -> json.readTree("{\"a\": [\"\\uD800\"]}")).isInstanceOf(WellFormedText.IllFormedText.class);
        assertThatThrownBy(() -> json.readValue("{\"a\": {\"\\uD800\": 1}}", Map.class)).isInstanceOf(WellFormedText.IllFormedText.class);
    }
}
