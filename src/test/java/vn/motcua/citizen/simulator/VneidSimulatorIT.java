package vn.motcua.citizen.simulator;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.util.UriComponentsBuilder;

import vn.motcua.CitizenSession;
import vn.motcua.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The VNeID simulator as an OpenID Connect provider, driven by hand as a relying party would: it issues
 * the citizen's ID claim in the ID token and in userinfo, and redirects only to the application it runs in.
 */
@IntegrationTest
class VneidSimulatorIT {

    private static final String AN = "079201001234";

    @LocalServerPort
    int port;

    @Value("${spring.security.oauth2.client.registration.vneid.client-id}")
    String clientId;

    @Value("${spring.security.oauth2.client.registration.vneid.client-secret}")
    String clientSecret;

    @Autowired
    ObjectMapper json;

    @Test
    void the_id_token_and_userinfo_carry_the_citizen_id_name_and_an_opaque_subject() throws Exception {
        CitizenSession browser = CitizenSession.anonymous(port);
        String issuer = "http://localhost:" + port + "/vneid-simulator";
        String callback = "http://localhost:" + port + "/login/oauth2/code/vneid";

        HttpResponse<String> loginPage = browser.follow(browser.send(HttpRequest.newBuilder(authorize(callback))
                .header("Accept", "text/html").GET()));
        assertThat(loginPage.uri().getPath()).isEqualTo("/vneid-simulator/login");
        HttpResponse<String> signedIn = browser.submitSimulatorLogin(loginPage, AN, "demo");
        HttpResponse<String> authorized = browser.send(HttpRequest.newBuilder(
                URI.create(signedIn.headers().firstValue("Location").orElseThrow())).header("Accept", "text/html").GET());
        // the code goes to the application's callback; read it off the redirect instead of following it
        URI callbackUri = URI.create(authorized.headers().firstValue("Location").orElseThrow());
        assertThat(callbackUri.toString()).startsWith(callback + "?");
        var parameters = UriComponentsBuilder.fromUri(callbackUri).build().getQueryParams();
        assertThat(parameters.getFirst("state")).isEqualTo("state-1");

        HttpResponse<String> tokenResponse = browser.send(HttpRequest.newBuilder(browser.uri("/vneid-simulator/oauth2/token"))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        (clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("grant_type=authorization_code&code="
                        + encode(parameters.getFirst("code")) + "&redirect_uri=" + encode(callback))));
        assertThat(tokenResponse.statusCode()).as(tokenResponse.body()).isEqualTo(200);
        JsonNode tokens = json.readTree(tokenResponse.body());

        JsonNode idToken = json.readTree(Base64.getUrlDecoder().decode(tokens.path("id_token").asText().split("\\.")[1]));
        assertThat(idToken.path("iss").asText()).isEqualTo(issuer);
        assertThat(idToken.path("aud").toString()).contains(clientId);
        assertThat(idToken.path("nonce").asText()).isEqualTo("nonce-1");
        assertThat(idToken.path("citizen_id").asText()).isEqualTo(AN);
        assertThat(idToken.path("name").asText()).isEqualTo("Nguyễn Văn An");
        String subject = idToken.path("sub").asText();
        assertThat(subject).isNotBlank().isNotEqualTo(AN);

        HttpResponse<String> userInfoResponse = browser.send(HttpRequest.newBuilder(browser.uri("/vneid-simulator/userinfo"))
                .header("Authorization", "Bearer " + tokens.path("access_token").asText()).GET());
        assertThat(userInfoResponse.statusCode()).as(userInfoResponse.body()).isEqualTo(200);
        JsonNode userInfo = json.readTree(userInfoResponse.body());
        assertThat(userInfo.path("sub").asText()).isEqualTo(subject);
        assertThat(userInfo.path("citizen_id").asText()).isEqualTo(AN);
        assertThat(userInfo.path("name").asText()).isEqualTo("Nguyễn Văn An");
        assertThat(userInfo.path("birthdate").asText()).isEqualTo("2001-03-15");
    }

    @Test
    void it_never_redirects_a_code_to_another_origin() {
        CitizenSession browser = CitizenSession.anonymous(port);
        HttpResponse<String> loginPage = browser.follow(browser.send(HttpRequest.newBuilder(
                authorize("http://localhost:" + port + "/login/oauth2/code/vneid")).header("Accept", "text/html").GET()));
        browser.submitSimulatorLogin(loginPage, AN, "demo");

        HttpResponse<String> elsewhere = browser.send(HttpRequest.newBuilder(
                authorize("http://attacker.example/login/oauth2/code/vneid")).header("Accept", "text/html").GET());

        assertThat(elsewhere.statusCode()).isEqualTo(400);
        assertThat(elsewhere.headers().firstValue("Location")).isEmpty();
    }

    private URI authorize(String redirectUri) {
        return URI.create("http://localhost:" + port + "/vneid-simulator/oauth2/authorize?response_type=code"
                + "&client_id=" + encode(clientId) + "&scope=" + encode("openid profile") + "&state=state-1"
                + "&nonce=nonce-1&redirect_uri=" + encode(redirectUri));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
