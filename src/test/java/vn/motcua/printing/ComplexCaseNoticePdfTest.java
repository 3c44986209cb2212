package vn.motcua.printing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The notice that the complex-case limit applies, as the applicant reads it. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ComplexCaseNoticePdfTest {

    private static final PrintedForms FORMS = new PrintedForms();
    private static final Instant RECEIVED = Instant.parse("2025-07-14T02:15:00Z");
    private static final Instant ORIGINAL = Instant.parse("2025-07-21T02:15:00Z");
    private static final Instant DECIDED = Instant.parse("2025-07-16T08:30:00Z");
    private static final Instant LONGER = Instant.parse("2025-08-04T02:15:00Z");

    private static ComplexCaseNotice.ComplexCaseNoticeBuilder landUseConfirmation() {
        return ComplexCaseNotice.builder()
                .parentUnit("Ủy ban nhân dân Thành phố Hồ Chí Minh")
                .issuingUnit("Ủy ban nhân dân phường Tân Định")
                .applicantName("Phạm Minh Khôi")
                .procedureName("Xác nhận hiện trạng sử dụng đất")
                .dossierCode("000.01.01.H99-250714-0007")
                .receivedAt(RECEIVED)
                .originalAppointment(ORIGINAL)
                .reason("Xác minh hiện trạng sử dụng đất tại thực địa")
                .complexLimit("15 ngày làm việc")
                .legalBasis("Luật Đất đai số 31/2024/QH15; Nghị định số 102/2024/NĐ-CP")
                .newAppointment(LONGER)
                .decidedAt(DECIDED);
    }

    @Test
    void the_notice_tells_what_is_verified_both_appointments_and_the_legal_basis_on_one_page() throws Exception {
        byte[] pdf = FORMS.render(landUseConfirmation().build());
        Files.write(Files.createDirectories(Path.of("target", "documents")).resolve("complex-case-notice.pdf"), pdf);
        RenderedPdf notice = new RenderedPdf(pdf);

        assertThat(notice.pageCount()).isEqualTo(1);
        assertThat(notice.words()).contains("THÔNG BÁO", "Về việc áp dụng thời hạn giải quyết trường hợp phức tạp",
                "ỦY BAN NHÂN DÂN PHƯỜNG TÂN ĐỊNH", "ỦY BAN NHÂN DÂN THÀNH PHỐ HỒ CHÍ MINH", "ngày 16 tháng 7 năm 2025",
                "Kính gửi: Ông/Bà Phạm Minh Khôi", "Xác nhận hiện trạng sử dụng đất", "000.01.01.H99-250714-0007",
                "Tiếp nhận hồ sơ lúc: 09:15 ngày 14/07/2025",
                "Hẹn trả kết quả theo Giấy tiếp nhận hồ sơ và hẹn trả kết quả: 09:15 ngày 21/07/2025",
                "Nội dung cần xác minh: Xác minh hiện trạng sử dụng đất tại thực địa", "15 ngày làm việc",
                "từ ngày tiếp nhận hồ sơ đầy đủ, hợp lệ",
                "Căn cứ: Luật Đất đai số 31/2024/QH15; Nghị định số 102/2024/NĐ-CP",
                "Thời gian hẹn trả kết quả mới: 09:15 ngày 04/08/2025", "THỦ TRƯỞNG ĐƠN VỊ");
    }

    @Test
    void without_a_legal_basis_in_the_catalog_the_notice_prints_no_empty_basis_line() {
        String words = new RenderedPdf(FORMS.render(landUseConfirmation().legalBasis(" ").complexLimit(null).build()))
                .words();
        assertThat(words).doesNotContain("Căn cứ:").contains("theo thời hạn của trường hợp phức tạp.");
    }

    @Test
    void decomposed_vietnamese_is_printed_precomposed() {
        String decomposed = "Xa\u0301c minh ranh gio\u031b\u0301i thu\u031b\u0309a đâ\u0301t";
        String words = new RenderedPdf(FORMS.render(landUseConfirmation().reason(decomposed).build())).words();
        assertThat(words).contains("Xác minh ranh giới thửa đất");
    }

    @Test
    void a_new_appointment_not_after_the_original_one_is_refused_before_printing() {
        assertThatThrownBy(() -> landUseConfirmation().newAppointment(ORIGINAL).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> landUseConfirmation().reason("  ").build())
                .isInstanceOf(IllegalArgumentException.class);
    }
}
