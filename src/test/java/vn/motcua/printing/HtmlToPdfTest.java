package vn.motcua.printing;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class HtmlToPdfTest {

    private static final HtmlToPdf RENDERER = new HtmlToPdf(PrintFonts.load());

    @Test
    void a_template_cannot_make_the_server_fetch_from_the_network() throws Exception {
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            requests.incrementAndGet();
            exchange.sendResponseHeaders(404, -1);
            exchange.close();
        });
        server.start();
        try {
            String url = "http://127.0.0.1:" + server.getAddress().getPort();
            byte[] pdf = RENDERER.render("""
                    <html><head><link rel="stylesheet" href="%1$s/print.css"/></head>
                    <body><p>Hồ sơ</p><img src="%1$s/logo.png"/><img src="file:///etc/hostname"/></body></html>
                    """.formatted(url));

            assertThat(requests).hasValue(0);
            assertThat(new RenderedPdf(pdf).words()).contains("Hồ sơ");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void text_in_no_font_family_or_in_one_the_renderer_does_not_have_still_gets_vietnamese_glyphs() {
        byte[] pdf = RENDERER.render("""
                <html><body><p>Thủ tục hành chính</p><p style="font-family: Arial, sans-serif">Trường hợp <b>đặc biệt</b></p></body></html>
                """);

        assertThat(new RenderedPdf(pdf).words()).contains("Thủ tục hành chính", "Trường hợp đặc biệt");
    }
}
