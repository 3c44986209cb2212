package vn.motcua.printing;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/** Reads a rendered PDF back as a person or a scanner would: its text, its pages as images, its codes. */
public final class RenderedPdf {

    private static final int VIEW_DPI = 150;
    /** As a 300 dpi office printer prints it: the barcode's 0.2 mm bars need more than 150 dpi. */
    private static final int PRINT_DPI = 300;

    private final byte[] pdf;

    public RenderedPdf(byte[] pdf) {
        this.pdf = pdf;
    }

    int pageCount() {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return document.getNumberOfPages();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The fonts of the first page, as "BaseFont (embedded)" or "BaseFont (not embedded)". */
    List<String> fonts() {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            PDResources resources = document.getPage(0).getResources();
            List<String> fonts = new ArrayList<>();
            for (COSName name : resources.getFontNames()) {
                PDFont font = resources.getFont(name);
                fonts.add(font.getName() + (font.isEmbedded() ? " (embedded)" : " (not embedded)"));
            }
            return fonts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text layer, what copy-paste and search see. */
    String text() {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text layer with every run of white space as one space: what wraps where is the layout's business. */
    public String words() {
        return text().replaceAll("\\s+", " ");
    }

    BufferedImage firstPage() {
        return firstPage(VIEW_DPI);
    }

    private BufferedImage firstPage(int dpi) {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFRenderer(document).renderImageWithDPI(0, dpi, ImageType.RGB);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the first page as a PNG, for a person to look at. */
    Path writeFirstPage(Path png) throws IOException {
        ImageIO.write(firstPage(), "png", png.toFile());
        return png;
    }

    /** The content of the first code of the format found on the first page, printed at 300 dpi. */
    String decode(BarcodeFormat format) throws NotFoundException {
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(firstPage(PRINT_DPI))));
        return new MultiFormatReader().decode(bitmap, Map.of(
                DecodeHintType.POSSIBLE_FORMATS, List.of(format),
                DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
    }
}
