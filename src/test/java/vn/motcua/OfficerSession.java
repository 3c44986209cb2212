package vn.motcua;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer signed in through the login page, as a browser would be: a cookie jar, the session
 * cookie and the CSRF token of our pages.
 */
public final class OfficerSession {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

    private final String baseUrl;
    private final CookieManager cookies = new CookieManager();
    private final HttpClient client;

    private OfficerSession(String baseUrl) {
        this.baseUrl = baseUrl;
        this.client = HttpClient.newBuilder()
                .cookieHandler(cookies)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Opens the login page, posts the credentials and returns the session; the login's answer is kept. */
    public static OfficerSession login(int port, String username, String password) {
        OfficerSession session = new OfficerSession("http://localhost:" + port);
        HttpResponse<String> page = session.get("/login");
        Matcher csrf = CSRF_INPUT.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("The login page has no CSRF token: " + page.body());
        }
        String form = "username=" + encode(username) + "&password=" + encode(password) + "&_csrf=" + encode(csrf.group(1));
        session.lastLogin = session.send(HttpRequest.newBuilder(session.uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        return session;
    }

    private HttpResponse<String> lastLogin;

    /** True when the login redirected to the application rather than back to the login page. */
    public boolean signedIn() {
        String location = lastLogin.headers().firstValue("Location").orElse("");
        return lastLogin.statusCode() == 302 && !location.contains("/login");
    }

    public HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).header("Accept", "application/json, text/html").GET());
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /**
     * Posts JSON to a Camunda webapp API as the Tasklist does: with the X-XSRF-TOKEN header that the
     * webapps' own CSRF protection hands out on a GET.
     */
    public HttpResponse<String> postToWebapp(String path, String json) {
        return toWebapp("POST", path, json);
    }

    /** Any method with a JSON body (or none, when {@code json} is null) to a Camunda webapp API, as {@link #postToWebapp} does. */
    public HttpResponse<String> toWebapp(String method, String path, String json) {
        HttpResponse<String> probe = get("/camunda/api/admin/auth/user/default");
        String token = probe.headers().firstValue("X-XSRF-TOKEN").orElseGet(() -> cookies.getCookieStore().getCookies()
                .stream().filter(cookie -> cookie.getName().equals("XSRF-TOKEN")).map(java.net.HttpCookie::getValue)
                .findFirst().orElseThrow(() -> new IllegalStateException("No XSRF token from the webapp")));
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/hal+json, application/json")
                .header("X-XSRF-TOKEN", token)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    /**
     * Presses a form button of one of our pages: posts to {@code action} with the CSRF token that
     * {@code page} carries, as the browser would.
     */
    public HttpResponse<String> submit(HttpResponse<String> page, String action) {
        Matcher csrf = CSRF_INPUT.matcher(page.body());
        assertThat(csrf.find()).isTrue();
        return send(HttpRequest.newBuilder(uri(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(csrf.group(1)))));
    }

    public URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
