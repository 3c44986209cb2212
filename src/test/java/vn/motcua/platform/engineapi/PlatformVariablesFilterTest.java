package vn.motcua.platform.engineapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** What counts as a read-only field sent back unchanged by the Tasklist (dropped rather than refused). */
class PlatformVariablesFilterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_same_text_number_flag_or_absence_is_unchanged() throws Exception {
        assertThat(PlatformVariablesFilter.sameValue("HS-01", submitted("\"HS-01\""))).isTrue();
        assertThat(PlatformVariablesFilter.sameValue(3, submitted("3.0"))).isTrue();
        assertThat(PlatformVariablesFilter.sameValue(3L, submitted("3"))).isTrue();
        assertThat(PlatformVariablesFilter.sameValue(true, submitted("true"))).isTrue();
        assertThat(PlatformVariablesFilter.sameValue(null, submitted("null"))).isTrue();
    }

    @Test
    void a_date_time_form_js_re_serialised_to_the_minute_is_unchanged() throws Exception {
        assertThat(PlatformVariablesFilter.sameValue("2026-12-16T10:30:00Z", submitted("\"2026-12-16T10:30Z\""))).isTrue();
        assertThat(PlatformVariablesFilter.sameValue("2026-12-16T10:30:00Z", submitted("\"2026-12-16T17:30+07:00\""))).isTrue();
        assertThat(PlatformVariablesFilter.sameValue("2026-12-16T10:30:00Z", submitted("\"2026-12-17T10:30Z\""))).isFalse();
    }

    @Test
    void another_value_or_type_is_a_change() throws Exception {
        assertThat(PlatformVariablesFilter.sameValue("HS-01", submitted("\"HS-02\""))).isFalse();
        assertThat(PlatformVariablesFilter.sameValue("3", submitted("3"))).isFalse();
        assertThat(PlatformVariablesFilter.sameValue(null, submitted("\"x\""))).isFalse();
        assertThat(PlatformVariablesFilter.sameValue("x", submitted("null"))).isFalse();
    }

    private static JsonNode submitted(String value) throws Exception {
        return JSON.readTree("{\"value\": " + value + "}");
    }
}
