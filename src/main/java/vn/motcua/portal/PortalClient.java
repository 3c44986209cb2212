package vn.motcua.portal;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.stereotype.Component;

/**
 * The adapter to the National Public Service Portal: JSON over HTTPS against <em>our assumed
 * contract</em> (docs/domain.md, "National Public Service Portal"). A session token is obtained from the
 * configured username and password, kept until it expires, and obtained again once when the portal
 * answers 401.
 *
 * <p>Each call ends in one {@link Outcome}: {@link Accepted} ({@code error_code} "00"),
 * {@link Rejected} (the portal refused this payload: a 4xx other than 401/408/429, or an
 * {@code error_code} other than "00" — sending it again would not help) or {@link Failed} (the portal
 * could not be reached or had a temporary problem: worth another attempt later).
 */
@Component
public class PortalClient {

    /** What became of one sync call. */
    public sealed interface Outcome permits Accepted, Rejected, Failed {
    }

    /** The portal took the change. */
    public record Accepted() implements Outcome {
    }

    /** The portal refused the payload; {@code message} is the portal's own words. */
    public record Rejected(String message) implements Outcome {
    }

    /** Not delivered for a reason that may pass (portal down, timeout, 5xx, 429). */
    public record Failed(String message) implements Outcome {
    }

    private record Session(String token, Instant expiresAt) {
    }

    private static final int MESSAGE_LIMIT = 1500;

    private final PortalProperties properties;
    private final ObjectMapper json;
    private final HttpClient http;
    private final Clock clock;
    private Session session;

    PortalClient(PortalProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.json = json;
        this.http = HttpClient.newBuilder().connectTimeout(properties.connectTimeout())
                .followRedirects(HttpClient.Redirect.NEVER).build();
        this.clock = Clock.systemUTC();
    }

    /** Sends one status change. Never throws for the portal's behaviour: every answer is an outcome. */
    public Outcome send(OutboxRow row) {
        try {
            String token = token(false);
            HttpResponse<String> answer = post(properties.syncPath(),
                    PortalPayloads.syncRequest(properties.syncService(), token, row), token);
            if (answer.statusCode() == 401) {
                token = token(true);
                answer = post(properties.syncPath(),
                        PortalPayloads.syncRequest(properties.syncService(), token, row), token);
            }
            return outcome(answer);
        } catch (LoginFailed e) {
            return new Failed(e.getMessage());
        } catch (IOException e) {
            return new Failed("Không kết nối được Cổng Dịch vụ công quốc gia: " + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : " " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Failed("Gửi sang Cổng Dịch vụ công quốc gia bị ngắt.");
        }
    }

    private Outcome outcome(HttpResponse<String> answer) {
        int status = answer.statusCode();
        String message = portalMessage(answer.body());
        if (status >= 200 && status < 300) {
            String code = errorCode(answer.body());
            if ("00".equals(code) || "0".equals(code)) {
                return new Accepted();
            }
            return new Rejected("Cổng Dịch vụ công quốc gia từ chối (mã " + code + "): " + message);
        }
        if (status == 401 || status == 408 || status == 429 || status >= 500) {
            return new Failed("Cổng Dịch vụ công quốc gia chưa nhận (HTTP " + status + "): " + message);
        }
        return new Rejected("Cổng Dịch vụ công quốc gia từ chối (HTTP " + status + "): " + message);
    }

    private synchronized String token(boolean renew) throws IOException, InterruptedException {
        if (!renew && session != null && clock.instant().isBefore(session.expiresAt())) {
            return session.token();
        }
        session = null;
        HttpResponse<String> answer = post(properties.authPath(),
                Map.of("username", nullToEmpty(properties.username()), "password", nullToEmpty(properties.password())),
                null);
        JsonNode body = parse(answer.body());
        String token = body == null ? null : text(body, "session");
        if (answer.statusCode() != 200 || token == null || token.isBlank()) {
            throw new LoginFailed("Đăng nhập Cổng Dịch vụ công quốc gia không thành công (HTTP "
                    + answer.statusCode() + "): " + portalMessage(answer.body()));
        }
        Duration lifetime = body.hasNonNull("expiresIn") && body.get("expiresIn").asLong() > 0
                ? Duration.ofSeconds(body.get("expiresIn").asLong()) : properties.tokenLifetime();
        // renew a little before the portal's own expiry
        session = new Session(token, clock.instant().plus(lifetime.minus(lifetime.dividedBy(10))));
        return token;
    }

    private HttpResponse<String> post(String path, Object body, String token) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(endpoint(path))
                .timeout(properties.readTimeout())
                .header("Content-Type", "application/json; charset=utf-8")
                .header("Accept", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json.writeValueAsString(body), StandardCharsets.UTF_8));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private URI endpoint(String path) {
        String base = properties.baseUrl().toString();
        return URI.create((base.endsWith("/") ? base.substring(0, base.length() - 1) : base) + path);
    }

    private String errorCode(String body) {
        JsonNode node = parse(body);
        return node == null ? "?" : String.valueOf(text(node, "error_code"));
    }

    private String portalMessage(String body) {
        JsonNode node = parse(body);
        String message = node == null ? body : text(node, "message");
        if (message == null || message.isBlank()) {
            message = body == null || body.isBlank() ? "(không có nội dung)" : body;
        }
        return message.length() > MESSAGE_LIMIT ? message.substring(0, MESSAGE_LIMIT) : message;
    }

    private JsonNode parse(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        try {
            JsonNode node = json.readTree(body);
            return node != null && node.isObject() ? node : null;
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    private static String text(JsonNode node, String field) {
        return node.hasNonNull(field) ? node.get(field).asText() : null;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The portal refused our login: not the payload's fault, so another attempt is worth it later. */
    private static final class LoginFailed extends IOException {
        LoginFailed(String message) {
            super(message);
        }
    }
}
