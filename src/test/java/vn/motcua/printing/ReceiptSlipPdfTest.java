package vn.motcua.printing;

import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.List;

import com.google.zxing.BarcodeFormat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import vn.motcua.files.SubmittedAs;
import vn.motcua.printing.ReceiptSlip.ReceivedDocument;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class ReceiptSlipPdfTest {

    private static final PrintedForms FORMS = new PrintedForms();

    private static RenderedPdf slip;

    @BeforeAll
    static void render_the_birth_registration_slip() throws Exception {
        byte[] pdf = FORMS.render(SampleSlips.birthRegistration().build());
        slip = new RenderedPdf(pdf);
        // for a person to look at: the layout and the diacritics
        Path directory = Files.createDirectories(Path.of("target", "documents"));
        Files.write(directory.resolve("receipt-slip.pdf"), pdf);
        slip.writeFirstPage(directory.resolve("receipt-slip.png"));
    }

    @Test
    void the_slip_is_one_page() {
        assertThat(slip.pageCount()).isEqualTo(1);
    }

    @Test
    void vietnamese_names_are_in_the_text_layer_with_every_diacritic() {
        assertThat(slip.words()).contains(
                "Nguyễn Thị Hồng Nhung",
                "Đăng ký khai sinh",
                "Trung tâm Phục vụ hành chính công phường Tân Định",
                "ỦY BAN NHÂN DÂN PHƯỜNG TÂN ĐỊNH",
                "Số 12, đường Trần Quang Khải",
                "Giấy chứng nhận kết hôn của cha, mẹ",
                "Bản sao có chứng thực",
                "Nguyễn Thị Lan");
    }

    @Test
    void every_font_of_the_slip_is_the_embedded_liberation_serif() {
        // subset fonts are named "ABCDEF+LiberationSerif-Bold"
        assertThat(slip.fonts()).isNotEmpty().allMatch(font -> font.matches("[A-Z]{6}\\+LiberationSerif(-\\w+)? \\(embedded\\)"));
    }

    @Test
    void the_slip_has_the_national_header_title_and_signature_blocks_of_form_1() {
        assertThat(slip.words()).contains(
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Độc lập - Tự do - Hạnh phúc",
                "Tân Định, ngày 14 tháng 7 năm 2025",
                "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ",
                "Mã hồ sơ: " + SampleSlips.DOSSIER_CODE,
                "NGƯỜI NỘP HỒ SƠ",
                "NGƯỜI TIẾP NHẬN HỒ SƠ");
    }

    @Test
    void times_are_printed_in_vietnam_local_time() {
        assertThat(slip.words()).contains(
                "Bộ phận tiếp nhận và trả kết quả: Trung tâm Phục vụ hành chính công phường Tân Định",
                "Tiếp nhận hồ sơ của: Nguyễn Thị Hồng Nhung",
                "4. Thời gian nhận hồ sơ: 09:15 ngày 14/07/2025",
                "5. Thời gian trả kết quả giải quyết hồ sơ: 16:30 ngày 14/07/2025");
    }

    @Test
    void the_qr_code_decodes_to_the_public_lookup_url() throws Exception {
        assertThat(slip.decode(BarcodeFormat.QR_CODE)).isEqualTo(SampleSlips.LOOKUP_URL);
    }

    @Test
    void the_barcode_decodes_to_the_dossier_code() throws Exception {
        assertThat(slip.decode(BarcodeFormat.CODE_128)).isEqualTo(SampleSlips.DOSSIER_CODE);
    }

    @Test
    void markup_in_an_applicants_name_is_printed_as_text() {
        String name = "<script>alert('x')</script> & <b>Lê</b>";
        ReceiptSlip withMarkup = SampleSlips.birthRegistration().applicantName(name).build();

        String html = FORMS.receiptSlipHtml(withMarkup);
        assertThat(html).doesNotContain("<script>").doesNotContain("<b>Lê</b>")
                .contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &lt;b&gt;Lê&lt;/b&gt;");

        assertThat(new RenderedPdf(FORMS.render(withMarkup)).words()).contains(name);
    }

    @Test
    void decomposed_vietnamese_input_is_printed_as_precomposed_letters() {
        String decomposed = Normalizer.normalize("Trần Thị Ngọc Diệp", Normalizer.Form.NFD);
        ReceiptSlip slip = SampleSlips.birthRegistration().applicantName(decomposed).build();

        assertThat(new RenderedPdf(FORMS.render(slip)).words()).contains("Trần Thị Ngọc Diệp");
    }

    @Test
    void a_slip_with_only_the_required_fields_renders() {
        ReceiptSlip minimal = ReceiptSlip.builder()
                .dossierCode("000.02.01.H99-250801-0042")
                .receivingUnit("Trung tâm Phục vụ hành chính công xã Tân An")
                .applicantName("Phạm Văn Đức")
                .procedureName("Chứng thực bản sao từ bản chính")
                .documents(List.of(new ReceivedDocument("Bản chính giấy tờ cần chứng thực", 1, SubmittedAs.ORIGINAL)))
                .receivedAt(SampleSlips.birthRegistration().build().receivedAt())
                .appointmentAt(SampleSlips.birthRegistration().build().appointmentAt())
                .lookupUrl("https://dichvucong.mau.gov.vn/tra-cuu?ma=000.02.01.H99-250801-0042")
                .build();

        RenderedPdf pdf = new RenderedPdf(FORMS.render(minimal));

        assertThat(pdf.pageCount()).isEqualTo(1);
        assertThat(pdf.words()).contains("Phạm Văn Đức", "Chứng thực bản sao từ bản chính", "ngày 14 tháng 7 năm 2025");
    }
}
