package vn.motcua.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class WellFormedTextTest {

    private final ObjectMapper json = new ObjectMapper().registerModule(WellFormedText.jacksonModule());

    record Applicant(String name) {
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
                .isInstanceOf(InvalidFormatException.class);
        assertThatThrownBy(() -> json.readValue("{\"name\": \"a\\u0000\"}", Applicant.class))
                .isInstanceOf(InvalidFormatException.class);
    }
}
