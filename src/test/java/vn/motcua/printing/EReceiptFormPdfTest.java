package vn.motcua.printing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;

import com.google.zxing.BarcodeFormat;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The electronic receipt as PDF: what the payer reads on it, and what a phone's QR scanner opens. */
class EReceiptFormPdfTest {

    private static final PrintedForms FORMS = new PrintedForms();

    private static EReceiptForm.EReceiptFormBuilder certifiedCopyFee() {
        return EReceiptForm.builder()
                .parentUnit("Ủy ban nhân dân phường Tân Định")
                .collectingUnit("Trung tâm Phục vụ hành chính công phường Tân Định")
                .taxCode("0312345678")
                .templateCode("01BLP0-001")
                .series("AA-26E")
                .number("0000001")
                .payerName("Nguyễn Thị Hồng Nhung")
                .procedureName("Chứng thực bản sao từ bản chính giấy tờ, văn bản")
                .dossierCode("000.01.01.H99-261125-0007")
                .feeName("Phí chứng thực")
                .amount(7_000)
                .amountInWords("Bảy nghìn đồng")
                .paymentMethod("Tiền mặt")
                .issuedAt(Instant.parse("2026-11-25T02:15:00Z"))
                .lookupUrl("http://localhost:8080/tra-cuu-bien-lai/abcDEF123");
    }

    @Test
    void the_receipt_shows_its_number_the_amount_in_figures_and_in_words_and_the_payer() throws Exception {
        byte[] pdf = FORMS.render(certifiedCopyFee().build());
        Path directory = Files.createDirectories(Path.of("target", "documents"));
        Files.write(directory.resolve("e-receipt.pdf"), pdf);

        RenderedPdf receipt = new RenderedPdf(pdf);

        assertThat(receipt.pageCount()).isEqualTo(1);
        assertThat(receipt.words()).contains("BIÊN LAI ĐIỆN TỬ", "01BLP0-001", "AA-26E", "0000001", "7.000 đồng",
                "Bảy nghìn đồng", "Nguyễn Thị Hồng Nhung", "000.01.01.H99-261125-0007", "Tiền mặt",
                "09:15 ngày 25/11/2026").doesNotContain("ĐÃ HỦY");
        assertThat(receipt.decode(BarcodeFormat.QR_CODE)).isEqualTo("http://localhost:8080/tra-cuu-bien-lai/abcDEF123");
    }

    @Test
    void a_cancelled_receipt_is_stamped_with_its_reason_and_a_replacement_names_the_one_it_replaces() {
        String cancelled = new RenderedPdf(FORMS.render(certifiedCopyFee().cancelled(true)
                .cancelReason("Ghi sai họ tên người nộp").build())).words();
        String replacement = new RenderedPdf(FORMS.render(certifiedCopyFee().number("0000002")
                .replacesNumber("AA-26E số 0000001").build())).words();

        assertThat(cancelled).contains("ĐÃ HỦY", "Ghi sai họ tên người nộp");
        assertThat(replacement).contains("0000002", "thay thế biên lai số AA-26E số 0000001").doesNotContain("ĐÃ HỦY");
    }

    @Test
    void a_receipt_without_payer_is_refused() {
        assertThatThrownBy(() -> certifiedCopyFee().payerName(" ").build()).isInstanceOf(IllegalArgumentException.class);
    }
}
