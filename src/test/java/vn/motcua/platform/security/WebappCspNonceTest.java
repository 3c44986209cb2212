package vn.motcua.platform.security;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;

import org.camunda.bpm.webapp.impl.security.filter.headersec.HttpHeaderSecurityFilter;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterConfig;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Tasklist page is templated with the nonce its Content-Security-Policy header allows, even when another webapp
 * request passes Camunda's header filter between the header and the page (which left Tasklist blank).
 */
class WebappCspNonceTest {

    private final MockServletContext context = new MockServletContext();
    private final Filter perRequest = new WebappCspNonce.PerRequest();
    private final HttpHeaderSecurityFilter camunda = new HttpHeaderSecurityFilter();

    @Test
    void the_page_gets_the_nonce_of_its_own_header_when_another_request_comes_in_between() throws Exception {
        camunda.init(new MockFilterConfig(context));
        AtomicReference<Object> templated = new AtomicReference<>();
        FilterChain templating = (request, response) -> {
            webappRequest(new MockHttpServletResponse(), (other, otherResponse) -> { });
            templated.set(request.getServletContext().getAttribute(WebappCspNonce.NONCE_ATTRIBUTE));
        };
        MockHttpServletResponse page = new MockHttpServletResponse();

        webappRequest(page, templating);

        assertThat(templated.get()).isNotNull();
        assertThat(page.getHeader("Content-Security-Policy")).contains("'nonce-" + templated.get() + "'");
    }

    @Test
    void other_attributes_stay_those_of_the_application() throws Exception {
        context.setAttribute("shared", "value");
        AtomicReference<Object> seen = new AtomicReference<>();
        perRequest.doFilter(new MockHttpServletRequest(context), new MockHttpServletResponse(),
                (request, response) -> seen.set(request.getServletContext().getAttribute("shared")));
        assertThat(seen.get()).isEqualTo("value");
    }

    /** A request through our filter and then Camunda's header filter, whose chain goes on with {@code next}. */
    private void webappRequest(MockHttpServletResponse response, FilterChain next) throws IOException, ServletException {
        ServletRequest request = new MockHttpServletRequest(context);
        perRequest.doFilter(request, response, (ours, ourResponse) -> camunda.doFilter(ours, ourResponse, next));
    }
}
