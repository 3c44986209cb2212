package vn.motcua.printing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FSFontUseCase;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/**
 * The fonts embedded in printed forms: Liberation Serif (SIL Open Font License 1.1, see
 * {@code fonts/LiberationFonts-LICENSE.txt}), which has every Vietnamese letter and the metrics of
 * Times New Roman, the font of Vietnamese administrative documents. A template names it
 * 'Times New Roman' or 'Liberation Serif'; it is also the renderer's first fallback, for text in
 * any other family, so that no text falls back to a built-in PDF font, which has no Vietnamese
 * glyphs (they would print as '#').
 */
final class PrintFonts {

    /** Where the font jar (com.mpobjects.jasperreports.font:jasperreports-fonts-liberation) keeps the files. */
    private static final String DIRECTORY = "com/mpobjects/jasperreports/fonts/liberation/";
    private static final List<String> FAMILIES = List.of("Times New Roman", "Liberation Serif");
    private static final Set<FSFontUseCase> USES = EnumSet.of(FSFontUseCase.DOCUMENT, FSFontUseCase.FALLBACK_PRE);

    private record Face(byte[] ttf, int weight, FontStyle style) {
    }

    private final List<Face> faces;

    private PrintFonts(List<Face> faces) {
        this.faces = faces;
    }

    /** Reads the font files once; they are shared by every rendering. */
    static PrintFonts load() {
        return new PrintFonts(List.of(
                new Face(read("LiberationSerif-Regular.ttf"), 400, FontStyle.NORMAL),
                new Face(read("LiberationSerif-Bold.ttf"), 700, FontStyle.NORMAL),
                new Face(read("LiberationSerif-Italic.ttf"), 400, FontStyle.ITALIC),
                new Face(read("LiberationSerif-BoldItalic.ttf"), 700, FontStyle.ITALIC)));
    }

    void registerWith(PdfRendererBuilder builder) {
        for (String family : FAMILIES) {
            for (Face face : faces) {
                // subset: only the glyphs used are embedded, a slip stays a few dozen kilobytes
                builder.useFont(() -> new ByteArrayInputStream(face.ttf()), family, face.weight(), face.style(), true, USES);
            }
        }
    }

    private static byte[] read(String file) {
        try (InputStream in = PrintFonts.class.getClassLoader().getResourceAsStream(DIRECTORY + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + DIRECTORY + file + " is not on the classpath");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
