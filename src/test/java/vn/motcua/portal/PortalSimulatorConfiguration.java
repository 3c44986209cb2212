package vn.motcua.portal;

import com.github.tomakehurst.wiremock.WireMockServer;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.test.context.DynamicPropertyRegistrar;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

/**
 * The National Public Service Portal SIMULATOR of the integration tests: a WireMock server on a free
 * local port speaking our assumed contract ({@code POST /auth} → a session, {@code POST /sync} →
 * {@code error_code} "00"). The application's {@code motcua.portal.base-url} points at it. Tests
 * change its answers (portal down, payload rejected) and read its request journal.
 */
@TestConfiguration(proxyBeanMethods = false)
public class PortalSimulatorConfiguration {

    static final String SESSION = "simulated-session-token";

    @Bean(destroyMethod = "stop")
    WireMockServer portalSimulator() {
        WireMockServer simulator = new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
        simulator.start();
        answerNormally(simulator);
        return simulator;
    }

    @Bean
    DynamicPropertyRegistrar portalSimulatorUrl(WireMockServer portalSimulator) {
        return registry -> registry.add("motcua.portal.base-url", portalSimulator::baseUrl);
    }

    /** The portal as it is on a good day: logs the province in and takes every sync. */
    static void answerNormally(WireMockServer simulator) {
        simulator.resetAll();
        simulator.stubFor(post(urlEqualTo("/auth"))
                .withRequestBody(equalToJson("{\"username\": \"motcua-test\", \"password\": \"portal-simulator-secret\"}"))
                .willReturn(okJson("{\"session\": \"" + SESSION + "\", \"expiresIn\": 3600}")));
        simulator.stubFor(post(urlEqualTo("/auth")).atPriority(10)
                .willReturn(aResponse().withStatus(401).withHeader("Content-Type", "application/json")
                        .withBody("{\"error_code\": \"99\", \"message\": \"Sai tài khoản\"}")));
        simulator.stubFor(post(urlEqualTo("/sync")).atPriority(5)
                .willReturn(okJson("{\"error_code\": \"00\", \"message\": \"OK\"}")));
    }
}
