package vn.motcua;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A citizen signing in with VNeID, as a browser would, against the VNeID simulator of the test profile:
 * one cookie jar for the application and the simulator (they share the server), every redirect followed
 * by hand and recorded, the simulator's login form filled in on the way.
 */
public final class CitizenSession {

    private static final Pattern CSRF_INPUT = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");
    private static final int MAX_REDIRECTS = 10;

    private final String baseUrl;
    private final HttpClient client;
    private final List<URI> visited = new ArrayList<>();
    private HttpResponse<String> landing;

    private CitizenSession(int port) {
        this.baseUrl = "http://localhost:" + port;
        this.client = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** A browser with nobody signed in. */
    public static CitizenSession anonymous(int port) {
        return new CitizenSession(port);
    }

    /**
     * Opens "Hồ sơ của tôi", is sent to the citizen login page, clicks the VNeID button, signs in at the
     * simulator and follows the redirects back; {@link #landing()} is where the browser ended.
     */
    public static CitizenSession login(int port, String citizenId, String password) {
        CitizenSession session = new CitizenSession(port);
        session.signIn(citizenId, password);
        return session;
    }

    /** The same flow in this browser (which may already hold other logins). */
    public HttpResponse<String> signIn(String citizenId, String password) {
        HttpResponse<String> loginPage = follow(get("/citizen"));
        if (!loginPage.body().contains("/oauth2/authorization/vneid")) {
            throw new IllegalStateException("Not the citizen login page: " + loginPage.uri() + " " + loginPage.body());
        }
        HttpResponse<String> simulatorPage = follow(get("/oauth2/authorization/vneid"));
        landing = follow(submitSimulatorLogin(simulatorPage, citizenId, password));
        return landing;
    }

    /** Fills in and posts the simulator's login form shown on {@code loginPage}; the answer is not followed. */
    public HttpResponse<String> submitSimulatorLogin(HttpResponse<String> loginPage, String citizenId,
                                                     String password) {
        String form = "username=" + encode(citizenId) + "&password=" + encode(password)
                + "&_csrf=" + encode(csrfTokenOf(loginPage));
        return send(HttpRequest.newBuilder(loginPage.uri())
                .header("Content-Type", "application/x-www-form-urlencoded")
                .header("Accept", "text/html")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** Signs an officer in through the officers' login page, in this same browser. True when it worked. */
    public boolean signInAsOfficer(String username, String password) {
        HttpResponse<String> page = get("/login");
        String form = "username=" + encode(username) + "&password=" + encode(password)
                + "&_csrf=" + encode(csrfTokenOf(page));
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        String location = login.headers().firstValue("Location").orElse("");
        return login.statusCode() == 302 && !location.contains("/login");
    }

    /** Where the last sign-in ended. */
    public HttpResponse<String> landing() {
        return landing;
    }

    /** True when the sign-in ended on the citizen's dossier page. */
    public boolean signedIn() {
        return landing != null && landing.statusCode() == 200 && "/citizen".equals(landing.uri().getPath());
    }

    /** Every URL the browser was redirected to, in order. */
    public List<URI> visited() {
        return List.copyOf(visited);
    }

    public HttpResponse<String> get(String path) {
        return get(uri(path), "application/json, text/html");
    }

    /** Posts the page's form to {@code path} with the CSRF token found in {@code page}. */
    public HttpResponse<String> postForm(String path, HttpResponse<String> page) {
        return send(HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("_csrf=" + encode(csrfTokenOf(page)))));
    }

    /** Posts JSON to {@code path} as the citizen pages' scripts would, with the CSRF token found in {@code page}. */
    public HttpResponse<String> postJson(String path, String json, Map<String, String> headers,
                                         HttpResponse<String> page) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/json")
                .header("Accept", "application/json")
                .header("X-CSRF-TOKEN", csrfTokenOf(page))
                .POST(HttpRequest.BodyPublishers.ofString(json));
        headers.forEach(request::header);
        return send(request);
    }

    /** A file (a PDF) of this browser's session, as bytes. */
    public HttpResponse<byte[]> getBytes(String path) {
        try {
            return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private HttpResponse<String> get(URI uri, String accept) {
        return send(HttpRequest.newBuilder(uri).header("Accept", accept).GET());
    }

    /** Follows redirects from {@code response} as a browser would, recording each URL. */
    public HttpResponse<String> follow(HttpResponse<String> response) {
        HttpResponse<String> current = response;
        for (int hop = 0; hop < MAX_REDIRECTS; hop++) {
            if (current.statusCode() / 100 != 3) {
                return current;
            }
            URI next = current.uri().resolve(current.headers().firstValue("Location")
                    .orElseThrow(() -> new IllegalStateException("A redirect without Location")));
            visited.add(next);
            current = get(next, "text/html");
        }
        throw new IllegalStateException("More than " + MAX_REDIRECTS + " redirects: " + visited);
    }

    private static String csrfTokenOf(HttpResponse<String> page) {
        Matcher csrf = CSRF_INPUT.matcher(page.body());
        if (!csrf.find()) {
            throw new IllegalStateException("No CSRF token on " + page.uri() + ": " + page.body());
        }
        return csrf.group(1);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
