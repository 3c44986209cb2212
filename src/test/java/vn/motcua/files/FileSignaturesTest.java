package vn.motcua.files;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.junit.jupiter.api.Test;

import vn.motcua.platform.web.InvalidRequestException;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.motcua.files.SampleFiles.ELF;
import static vn.motcua.files.SampleFiles.HTML;
import static vn.motcua.files.SampleFiles.JPEG;
import static vn.motcua.files.SampleFiles.PDF;
import static vn.motcua.files.SampleFiles.PNG;

/** The signature check: a file's bytes, declared type and extension agree, else a 400 naming the file. */
class FileSignaturesTest {

    @Test
    void genuine_documents_pass() {
        assertThatCode(() -> FileSignatures.requireDocument("giấy khai sinh.pdf", "application/pdf", PDF)).doesNotThrowAnyException();
        assertThatCode(() -> FileSignatures.requireDocument("cccd.JPG", "image/jpeg", JPEG)).doesNotThrowAnyException();
        assertThatCode(() -> FileSignatures.requireDocument("anh.jpeg", "image/jpeg", JPEG)).doesNotThrowAnyException();
        assertThatCode(() -> FileSignatures.requireDocument("so-do.png", "image/png", PNG)).doesNotThrowAnyException();
        assertThatCode(() -> FileSignatures.requireDocument("ban chup", "image/png", PNG)).doesNotThrowAnyException();
    }

    @Test
    void a_web_page_sent_as_a_pdf_is_refused_naming_the_file() {
        assertThatThrownBy(() -> FileSignatures.requireDocument("giay-chung-sinh.pdf", "application/pdf", HTML))
                .isInstanceOf(InvalidRequestException.class)
                .hasMessage("Nội dung tệp \"giay-chung-sinh.pdf\" không phải là tệp PDF như đã khai báo (application/pdf)"
                        + " mà là trang web HTML; hãy tải lên đúng tệp.");
    }

    @Test
    void a_program_sent_as_a_png_is_refused() {
        assertThatThrownBy(() -> FileSignatures.requireDocument("anh.png", "image/png", ELF))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("\"anh.png\"")
                .hasMessageContaining("chương trình chạy được");
    }

    @Test
    void a_jpeg_declared_as_png_is_refused_by_its_bytes_and_by_its_extension() {
        assertThatThrownBy(() -> FileSignatures.requireDocument("cccd.png", "image/png", JPEG))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("mà là ảnh JPEG");
        assertThatThrownBy(() -> FileSignatures.requireDocument("cccd.jpg", "image/png", PNG))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("phần mở rộng \".jpg\"");
    }

    @Test
    void a_catalog_workbook_must_be_an_ooxml_zip_and_a_csv_utf8_text() throws IOException {
        byte[] sample = Files.readAllBytes(Path.of("processes/catalog/import/sample-catalog.xlsx"));
        assertThatCode(() -> FileSignatures.requireXlsx("danh-muc.xlsx", null, sample)).doesNotThrowAnyException();
        byte[] text = "STT;Mã thủ tục;Tên thủ tục\n1;1.001193;Đăng ký khai sinh\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> FileSignatures.requireXlsx("danh-muc.xlsx", "application/vnd.openxmlformats-officedocument"
                + ".spreadsheetml.sheet", text)).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("\"danh-muc.xlsx\" không phải là bảng tính XLSX");
        assertThatThrownBy(() -> FileSignatures.requireXlsx("danh-muc.xlsx", null, zipWith("word/document.xml")))
                .isInstanceOf(InvalidRequestException.class);

        assertThatCode(() -> FileSignatures.requireCsv("danh-muc.csv", "text/csv", text)).doesNotThrowAnyException();
        assertThatThrownBy(() -> FileSignatures.requireCsv("danh-muc.csv", "text/csv",
                "Mã thủ tục".getBytes(StandardCharsets.ISO_8859_1))).isInstanceOf(InvalidRequestException.class)
                .hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> FileSignatures.requireCsv("danh-muc.csv", "text/csv", new byte[]{'a', 0, 'b'}))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> FileSignatures.requireCsv("danh-muc.csv", "image/png", text))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("image/png");
    }

    private static byte[] zipWith(String part) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write("<Types/>".getBytes(StandardCharsets.UTF_8));
            zip.putNextEntry(new ZipEntry(part));
            zip.write("<document/>".getBytes(StandardCharsets.UTF_8));
        }
        return out.toByteArray();
    }
}
