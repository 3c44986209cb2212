package vn.motcua.platform.web;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SingleLineTextTest {

    @Test
    void line_breaks_and_control_characters_become_visible_escapes() {
        String forged = "forger\r\nMOTCUA-AUDIT LOGIN actor=quantri\u2028\u0000\u001b[31m\tx";

        String escaped = SingleLineText.escape(forged);

        assertThat(escaped).isEqualTo("forger\\r\\nMOTCUA-AUDIT LOGIN actor=quantri\\u2028\\u0000\\u001b[31m\\tx");
        assertThat(escaped.lines()).hasSize(1);
    }

    @Test
    void ordinary_vietnamese_text_and_null_are_left_alone() {
        assertThat(SingleLineText.escape("Nguyễn Văn An")).isEqualTo("Nguyễn Văn An");
        assertThat(SingleLineText.escape(null)).isNull();
    }
}
