package vn.motcua.printing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import vn.motcua.files.SubmittedAs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Forms 2 (supplement request) and 3 (refusal) as the applicant reads them. */
@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class CounterNoticesPdfTest {

    private static final PrintedForms FORMS = new PrintedForms();
    private static final Instant MONDAY_MORNING = Instant.parse("2025-07-14T02:15:00Z");

    private static SupplementRequest.SupplementRequestBuilder birthRegistrationRequest() {
        return SupplementRequest.builder()
                .number("000.01.01.H99-250714-0003")
                .parentUnit("Ủy ban nhân dân phường Tân Định")
                .issuingUnit("Trung tâm Phục vụ hành chính công phường Tân Định")
                .applicantName("Nguyễn Thị Hồng Nhung")
                .procedureName("Đăng ký khai sinh")
                .documents(List.of(
                        new SupplementRequest.MissingDocument("Giấy chứng sinh hoặc văn bản thay thế", SubmittedAs.ORIGINAL),
                        new SupplementRequest.MissingDocument("Văn bản ủy quyền có chứng thực", null)))
                .reason("Hồ sơ chưa đầy đủ, hợp lệ theo quy định của thủ tục hành chính.")
                .rulesReference("Cơ sở dữ liệu quốc gia về thủ tục hành chính, thủ tục mã 1.001193")
                .requestedAt(MONDAY_MORNING)
                .officer("Nguyễn Thị Lan");
    }

    @Test
    void the_supplement_request_lists_each_missing_document_with_its_form_and_is_one_page() throws Exception {
        byte[] pdf = FORMS.render(birthRegistrationRequest().build());
        Files.write(Files.createDirectories(Path.of("target", "documents")).resolve("supplement-request.pdf"), pdf);
        RenderedPdf form = new RenderedPdf(pdf);

        assertThat(form.pageCount()).isEqualTo(1);
        assertThat(form.words()).contains("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "000.01.01.H99-250714-0003",
                "Nguyễn Thị Hồng Nhung", "Đăng ký khai sinh", "Giấy chứng sinh hoặc văn bản thay thế", "Bản chính",
                "Văn bản ủy quyền có chứng thực", "thủ tục mã 1.001193", "Nguyễn Thị Lan",
                "ỦY BAN NHÂN DÂN PHƯỜNG TÂN ĐỊNH", "ngày 14 tháng 7 năm 2025");
    }

    @Test
    void a_supplement_request_without_any_document_is_refused_before_printing() {
        assertThatThrownBy(() -> birthRegistrationRequest().documents(List.of()).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_refusal_prints_the_applicant_the_matter_and_the_specific_reasons() throws Exception {
        byte[] pdf = FORMS.render(Refusal.builder()
                .number("000.01.01.H99-250714-0004")
                .issuingUnit("Trung tâm Phục vụ hành chính công phường Tân Định")
                .applicantName("Trần Văn Đức")
                .procedureName("Cấp giấy phép xây dựng nhà ở riêng lẻ")
                .reason("Thửa đất nằm trong quy hoạch đường giao thông, không thuộc trường hợp được cấp phép")
                .refusedAt(MONDAY_MORNING)
                .officer("Nguyễn Thị Lan")
                .build());
        Files.write(Files.createDirectories(Path.of("target", "documents")).resolve("refusal.pdf"), pdf);
        RenderedPdf form = new RenderedPdf(pdf);

        assertThat(form.pageCount()).isEqualTo(1);
        assertThat(form.words()).contains("PHIẾU TỪ CHỐI TIẾP NHẬN, GIẢI QUYẾT HỒ SƠ", "000.01.01.H99-250714-0004",
                "Trần Văn Đức", "Cấp giấy phép xây dựng nhà ở riêng lẻ",
                "Thửa đất nằm trong quy hoạch đường giao thông", "Nguyễn Thị Lan");
    }
}
