package vn.motcua.platform.security;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;

import vn.motcua.OfficerSession;

/** Calls to the engine's two REST APIs as a caller makes them: /engine-rest with HTTP Basic, or the Tasklist's API in a session. */
final class EngineApiCalls {

    static final String PASSWORD = "test-password";

    private EngineApiCalls() {
    }

    /** A caller of /engine-rest with HTTP Basic credentials. */
    static Api engineRest(int port, String user) {
        HttpClient client = HttpClient.newHttpClient();
        return (method, path, json) -> {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/engine-rest/" + path))
                    .header("Authorization", basic(user)).header("Content-Type", "application/json")
                    .method(method, json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json));
            return Answer.of(client.send(request.build(), HttpResponse.BodyHandlers.ofString()));
        };
    }

    /** An officer signed in to the Tasklist, calling its engine API (with its X-XSRF-TOKEN) as it does. */
    static Api tasklist(int port, String user) {
        return tasklist(OfficerSession.login(port, user, PASSWORD));
    }

    static Api tasklist(OfficerSession session) {
        return (method, path, json) -> Answer.of(session.toWebapp(method, "/camunda/api/engine/engine/default/" + path, json));
    }

    static String basic(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8));
    }

    @FunctionalInterface
    interface Api {
        Answer send(String method, String path, String json) throws Exception;
    }

    record Answer(int status, String body, String contentType) {
        static Answer of(HttpResponse<String> response) {
            return new Answer(response.statusCode(), response.body(), response.headers().firstValue("Content-Type").orElse(""));
        }
    }
}
