package vn.motcua.files;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import vn.motcua.platform.web.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class UploadedFileNameTest {

    @ParameterizedTest
    @ValueSource(strings = {"giay-khai-sinh.pdf", "Giấy chứng nhận đăng ký hộ kinh doanh (bản sao).pdf", "ảnh chụp CCCD.jpg",
            "Tờ khai số 02_2025.PNG", "x", ".hidden.pdf", "danh-muc-thu-tuc.xlsx", "Quyết định 12-QĐ.pdf", "😀 ảnh.png"})
    void an_ordinary_name_is_kept(String name) {
        assertThat(UploadedFileName.require(name)).isEqualTo(name);
    }

    @Test
    void surrounding_spaces_are_trimmed_and_decomposed_vietnamese_is_composed() {
        String decomposed = Normalizer.normalize("Đơn đề nghị.pdf", Normalizer.Form.NFD);
        assertThat(decomposed).isNotEqualTo("Đơn đề nghị.pdf");
        assertThat(UploadedFileName.require("  " + decomposed + " ")).isEqualTo("Đơn đề nghị.pdf");
    }

    @ParameterizedTest
    @ValueSource(strings = {"../../etc/passwd", "..\\..\\windows\\system32\\config", "/etc/shadow", "C:\\boot.ini", "c:boot.ini",
            "a/../../b.pdf", "thu-muc/giay-to.pdf", "thu-muc\\giay-to.pdf", ".", "..", "..pdf", "giay..pdf"})
    void a_name_with_a_path_is_refused_naming_the_file(String name) {
        assertThatThrownBy(() -> UploadedFileName.require(name)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("Tên tệp \"" + name + "\" không hợp lệ")
                .hasMessageContaining("đường dẫn");
    }

    @ParameterizedTest
    @ValueSource(strings = {"giay-to\u0000.pdf", "giay\tto.pdf", "giay-to\u007F.pdf", "\u202Efdp.exe", "a\u2066b.pdf", "\uD800.pdf",
            "x\uDC00.pdf"})
    void a_control_character_or_broken_unicode_is_refused_and_not_echoed(String name) {
        assertThatThrownBy(() -> UploadedFileName.require(name)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("ký tự điều khiển hoặc Unicode hỏng")
                .hasMessageContaining("\uFFFD")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\u0000", "\u202E", "\u2066", "\uD800", "\uDC00"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "\t"})
    void a_missing_name_is_refused(String name) {
        assertThatThrownBy(() -> UploadedFileName.require(name)).isInstanceOf(InvalidRequestException.class)
                .hasMessageStartingWith("Tệp tải lên không có tên");
        assertThatThrownBy(() -> UploadedFileName.require(null)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void a_name_longer_than_the_column_is_refused_and_shown_shortened() {
        String name = "x".repeat(UploadedFileName.MAX_LENGTH - 4) + ".pdf";
        assertThat(UploadedFileName.require(name)).isEqualTo(name);
        assertThatThrownBy(() -> UploadedFileName.require("x" + name)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("dài quá 255 ký tự")
                .hasMessageContaining("x".repeat(80) + "…\"");
    }
}
