package vn.motcua.printing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.Objects;

import com.openhtmltopdf.extend.FSCacheEx;
import com.openhtmltopdf.extend.FSCacheValue;
import com.openhtmltopdf.extend.impl.FSDefaultCacheStore;
import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.CacheStore;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

/** Renders an XHTML page with CSS for print to PDF, with the embedded fonts. */
final class HtmlToPdf {

    private final PrintFonts fonts;
    private final String baseUri;
    /** Font metrics outlive a rendering: measuring the fonts again for every form is wasted time. */
    private final FSCacheEx<String, FSCacheValue> fontMetrics = new FSDefaultCacheStore();

    HtmlToPdf(PrintFonts fonts) {
        RendererLogging.install();
        this.fonts = fonts;
        URL templates = Objects.requireNonNull(HtmlToPdf.class.getClassLoader().getResource(PrintTemplates.DIRECTORY),
                PrintTemplates.DIRECTORY + " is not on the classpath");
        this.baseUri = templates.toExternalForm();
    }

    byte[] render(String xhtml) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        PdfRendererBuilder builder = new PdfRendererBuilder();
        fonts.registerWith(builder);
        builder.useCacheStore(CacheStore.PDF_FONT_METRICS, fontMetrics);
        // a template may use data: images and files beside it (a province's logo), nothing from
        // the network or elsewhere on disk
        builder.useExternalResourceAccessControl((uri, type) -> isAllowed(uri),
                ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        builder.withHtmlContent(xhtml, baseUri);
        builder.withProducer("motcua");
        builder.toStream(pdf);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pdf.toByteArray();
    }

    private boolean isAllowed(String uri) {
        return uri != null && (uri.startsWith("data:") || (uri.startsWith(baseUri) && !uri.contains("..")));
    }
}
