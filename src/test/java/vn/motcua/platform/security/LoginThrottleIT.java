package vn.motcua.platform.security;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.bucket4j.TimeMeter;
import jakarta.servlet.Filter;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

import vn.motcua.IntegrationTest;
import vn.motcua.organization.OrganizationService;
import vn.motcua.organization.Role;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The login and lookup throttle over time, in front of the application's real security chain and identity
 * store, from several client addresses. Time is this test's own {@link TimeMeter}: nothing sleeps.
 */
@IntegrationTest
class LoginThrottleIT {

    private static final String OWNER_PASSWORD = "mat-khau-cua-chu-2025";

    @Autowired
    WebApplicationContext context;
    @Autowired
    ObjectMapper json;
    @Autowired
    OrganizationService organization;

    private final AtomicLong nanos = new AtomicLong();
    private MockMvc mvc;

    @BeforeEach
    void throttleOnOwnTime() {
        TimeMeter time = new TimeMeter() {
            @Override
            public long currentTimeNanos() {
                return nanos.get();
            }

            @Override
            public boolean isWallClockBased() {
                return false;
            }
        };
        var limits = new ThrottleProperties(10, 30, Duration.ofMinutes(5), 3, Duration.ofMinutes(1), 1000);
        mvc = MockMvcBuilders.webAppContextSetup(context)
                .addFilters(new ThrottlingFilter(new RequestThrottle(limits, time), new ProblemJsonSecurityResponses(json)),
                        context.getBean("springSecurityFilterChain", Filter.class))
                .build();
    }

    @Test
    void eleven_wrong_passwords_hold_the_account_back_for_one_window_and_never_lock_it() throws Exception {
        owner("chu.tai.khoan");
        for (int attempt = 0; attempt < 10; attempt++) {
            units("chu.tai.khoan", "sai-" + attempt, "10.9.0.1").andExpect(status().isUnauthorized());
        }
        units("chu.tai.khoan", "sai-10", "10.9.0.1").andExpect(status().isTooManyRequests())
                .andExpect(header().exists("Retry-After"));
        // during the window the account waits, whoever asks
        units("chu.tai.khoan", OWNER_PASSWORD, "10.9.0.2").andExpect(status().isTooManyRequests());

        nanos.addAndGet(Duration.ofMinutes(5).toNanos());

        units("chu.tai.khoan", OWNER_PASSWORD, "10.9.0.2").andExpect(status().isOk());
        mvc.perform(withAddress(post("/login").param("username", "chu.tai.khoan").param("password", OWNER_PASSWORD)
                        .with(csrf()), "10.9.0.2"))
                .andExpect(status().isFound())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).doesNotContain("/login"));
    }

    @Test
    void an_address_guessing_many_accounts_is_held_back_but_the_owner_elsewhere_signs_in() throws Exception {
        owner("chu.o.noi.khac");
        for (int attempt = 0; attempt < 30; attempt++) {
            units("khong.co.ai." + attempt, "sai", "10.9.1.1").andExpect(status().isUnauthorized());
        }
        units("chu.o.noi.khac", "sai", "10.9.1.1").andExpect(status().isTooManyRequests());
        // the form login from that address goes back to the page, which says why
        mvc.perform(withAddress(post("/login").param("username", "ai.do").param("password", "sai").with(csrf()),
                        "10.9.1.1"))
                .andExpect(status().isFound())
                .andExpect(result -> assertThat(result.getResponse().getRedirectedUrl()).endsWith("/login?throttled"));

        units("chu.o.noi.khac", OWNER_PASSWORD, "10.9.1.2").andExpect(status().isOk());
    }

    @Test
    void public_lookups_are_limited_per_address_but_the_payment_gateway_callback_never() throws Exception {
        for (int lookup = 0; lookup < 3; lookup++) {
            mvc.perform(withAddress(get("/api/public/dossiers/KHONG-CO"), "10.9.2.1"))
                    .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotEqualTo(429));
        }
        mvc.perform(withAddress(get("/api/public/dossiers/KHONG-CO"), "10.9.2.1"))
                .andExpect(status().isTooManyRequests())
                .andExpect(result -> assertThat(result.getResponse().getContentType()).startsWith("application/problem+json"))
                .andExpect(header().exists("Retry-After"))
                .andExpect(result -> assertThat(result.getResponse().getContentAsString(StandardCharsets.UTF_8))
                        .contains("Tra cứu quá nhiều lần"));
        for (String page : List.of("/tra-cuu", "/tra-cuu-bien-lai/KHONG-CO")) {
            mvc.perform(withAddress(get(page), "10.9.2.1")).andExpect(status().isTooManyRequests());
        }
        mvc.perform(withAddress(get("/api/public/dossiers/KHONG-CO"), "10.9.2.2"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotEqualTo(429));
        for (int callback = 0; callback < 5; callback++) {
            mvc.perform(withAddress(get("/api/public/payments/vnpay/ipn"), "10.9.2.1"))
                    .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotEqualTo(429));
        }

        nanos.addAndGet(Duration.ofMinutes(1).toNanos());
        mvc.perform(withAddress(get("/api/public/dossiers/KHONG-CO"), "10.9.2.1"))
                .andExpect(result -> assertThat(result.getResponse().getStatus()).isNotEqualTo(429));
    }

    private void owner(String username) {
        organization.saveOfficer(username, "Chủ Tài Khoản", "000.02.00.H99", List.of(Role.SPECIALIST), null, OWNER_PASSWORD);
    }

    private ResultActions units(String username, String password, String address) throws Exception {
        return mvc.perform(withAddress(get("/api/organization/units").with(httpBasic(username, password)), address));
    }

    private static MockHttpServletRequestBuilder withAddress(MockHttpServletRequestBuilder request, String address) {
        RequestPostProcessor remote = servletRequest -> {
            servletRequest.setRemoteAddr(address);
            return servletRequest;
        };
        return request.with(remote);
    }
}
