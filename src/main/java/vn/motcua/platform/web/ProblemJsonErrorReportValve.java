package vn.motcua.platform.web;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * What Tomcat refuses before any servlet runs (an encoded '/' in the path, an unparsable request line,
 * a request line or headers over {@code server.max-http-request-header-size}) is answered by the host's
 * error report valve, as an English HTML page. For {@code /api/**} and {@code /engine-rest/**} this
 * valve answers problem+json instead; pages keep Tomcat's report. A request line Tomcat could not read
 * at all (too long, or garbled) leaves no path to tell an API call from a page: it gets problem+json
 * too, since no browser sends such a line.
 */
public class ProblemJsonErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        String uri = request.getDecodedRequestURI() == null ? request.getRequestURI() : request.getDecodedRequestURI();
        boolean unreadLine = uri == null || uri.isEmpty();
        int status = response.getStatus();
        if (status < 400 || response.isCommitted()
                || !(unreadLine || uri.startsWith("/api/") || uri.startsWith("/engine-rest/"))) {
            super.report(request, response, throwable);
            return;
        }
        String detail = status >= 500 ? "Hệ thống gặp lỗi không mong muốn."
                : unreadLine ? "Yêu cầu không hợp lệ: dòng yêu cầu (địa chỉ) quá dài hoặc không đọc được."
                : "Yêu cầu không hợp lệ: địa chỉ hoặc tiêu đề của yêu cầu quá dài hoặc không đọc được.";
        try {
            response.setContentType("application/problem+json");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("{\"type\":\"about:blank\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
                response.finishResponse();
            }
        } catch (IOException | IllegalStateException e) {
            // the client is gone: nothing to answer
        }
    }

    @Configuration(proxyBeanMethods = false)
    static class Registration {

        @Bean
        WebServerFactoryCustomizer<TomcatServletWebServerFactory> problemJsonErrorReports() {
            return factory -> factory.addContextCustomizers(context -> {
                if (context.getParent() instanceof StandardHost host) {
                    host.setErrorReportValveClass(ProblemJsonErrorReportValve.class.getName());
                }
            });
        }
    }
}
