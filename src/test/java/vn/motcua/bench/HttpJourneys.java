package vn.motcua.bench;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import vn.motcua.bench.DossierJourneys.Journey;
import vn.motcua.bench.DossierJourneys.Step;

/**
 * Plays a {@link Journey} against a running motcua over HTTP only, as the officers' browsers and
 * counters do: HTTP Basic as each officer, the dossier API for receipt, supplement and return, the
 * engine REST API (the Tasklist's) for the task list, claim and complete. Every call is timed into
 * {@link Latencies}; an unexpected answer fails the journey with the call and the body.
 */
public final class HttpJourneys {

    private final String baseUrl;
    private final HttpClient http;
    private final ObjectMapper json;
    private final Latencies latencies;
    private final Map<String, String> authorizations = new LinkedHashMap<>();

    /**
     * @param baseUrl the application's root, {@code http://localhost:<port>}
     * @param json    a Jackson mapper
     */
    public HttpJourneys(String baseUrl, ObjectMapper json) {
        this(baseUrl, json, new Latencies());
    }

    HttpJourneys(String baseUrl, ObjectMapper json, Latencies latencies) {
        this.baseUrl = baseUrl;
        this.json = json;
        this.latencies = latencies;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(10)).build();
    }

    /** Drives the journey from reception to the result returned; answers the dossier's id. */
    public String drive(Journey journey) throws IOException, InterruptedException {
        Step receipt = journey.receipt();
        JsonNode received = send("receipt", receipt.officer(), post("/api/dossiers", receiptBody(journey)), 201);
        String id = received.get("id").asText();
        for (Step step : journey.steps().subList(1, journey.steps().size())) {
            switch (step.action()) {
                case TASK -> completeTask(id, step);
                case SUPPLEMENT -> send("supplement", step.officer(), supplement(id, step), 200);
                case RETURN -> {
                    JsonNode returned = send("return", step.officer(), post("/api/dossiers/" + id + "/return",
                            json.writeValueAsString(Map.of("returnMethod", step.variables().get("returnMethod"),
                                    "receivedBy", step.variables().get("resultReceivedBy")))), 200);
                    if (returned.get("status").asInt() != 10) {
                        throw new IllegalStateException("dossier " + id + " returned with status " + returned);
                    }
                }
                default -> throw new IllegalStateException("unexpected step " + step);
            }
        }
        JsonNode looked = send("lookup", receipt.officer(), HttpRequest.newBuilder(uri("/api/dossiers/" + id)).GET(), 200);
        if (looked.get("status").asInt() != 10) {
            throw new IllegalStateException("dossier " + id + " is at status " + looked.get("status"));
        }
        return id;
    }

    /** GET with the officer's credentials; answers the parsed body of a 200. */
    public JsonNode get(String officer, String path) throws IOException, InterruptedException {
        return send("get", officer, HttpRequest.newBuilder(uri(path)).GET(), 200);
    }

    Latencies latencies() {
        return latencies;
    }

    /** The officer opens their list (first page, earliest due first), then the dossier's task, claims, completes. */
    private void completeTask(String dossierId, Step step) throws IOException, InterruptedException {
        send("task list", step.officer(), HttpRequest.newBuilder(uri("/engine-rest/task?candidateGroup="
                + encode(step.group()) + "&sortBy=dueDate&sortOrder=asc&maxResults=50")).GET(), 200);
        JsonNode tasks = send("task by dossier", step.officer(), HttpRequest.newBuilder(uri(
                "/engine-rest/task?processInstanceBusinessKey=" + dossierId + "&taskDefinitionKey=" + step.taskKey()))
                .GET(), 200);
        if (tasks.size() != 1) {
            throw new IllegalStateException(step.officer() + " sees " + tasks.size() + " " + step.taskKey()
                    + " tasks of dossier " + dossierId);
        }
        String taskId = tasks.get(0).get("id").asText();
        send("claim", step.officer(), post("/engine-rest/task/" + taskId + "/claim",
                json.writeValueAsString(Map.of("userId", step.officer()))), 204);
        Map<String, Object> variables = new LinkedHashMap<>();
        step.variables().forEach((name, value) -> variables.put(name, Map.of("value", value)));
        send("complete", step.officer(), post("/engine-rest/task/" + taskId + "/complete",
                json.writeValueAsString(Map.of("variables", variables))), 204);
    }

    private String receiptBody(Journey journey) throws IOException {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("procedureCode", journey.procedureCode());
        body.put("channel", "COUNTER");
        body.put("receivingUnit", journey.center());
        body.put("applicant", Map.of("name", "Nguyễn Văn Công Dân", "idNumber", journey.applicantId(),
                "phone", "0912345678", "address", "Số " + journey.number() + " đường Lê Lợi"));
        body.put("completeness", "received");
        body.put("details", journey.receipt().variables());
        return json.writeValueAsString(body);
    }

    private HttpRequest.Builder supplement(String dossierId, Step step) {
        String boundary = "----motcua" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\"cccd.jpg\"\r\n"
                + "Content-Type: image/jpeg\r\n\r\n").getBytes(StandardCharsets.UTF_8));
        body.writeBytes(new byte[]{(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3});
        body.writeBytes(("\r\n--" + boundary + "\r\nContent-Disposition: form-data; name=\"note\"\r\n"
                + "Content-Type: text/plain; charset=UTF-8\r\n\r\n" + step.variables().get("supplementNote")
                + "\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(uri("/api/dossiers/" + dossierId + "/supplement"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    }

    private HttpRequest.Builder post(String path, String jsonBody) {
        return HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(jsonBody, StandardCharsets.UTF_8));
    }

    private JsonNode send(String type, String officer, HttpRequest.Builder request, int expected)
            throws IOException, InterruptedException {
        HttpRequest built = request.header("Authorization", authorization(officer))
                .header("Accept", "application/json").timeout(Duration.ofMinutes(2)).build();
        long start = System.nanoTime();
        HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        latencies.record(type, System.nanoTime() - start);
        if (response.statusCode() != expected) {
            throw new IllegalStateException(built.method() + " " + built.uri().getRawPath() + " as " + officer
                    + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body().isEmpty() ? json.nullNode() : json.readTree(response.body());
    }

    private synchronized String authorization(String officer) {
        return authorizations.computeIfAbsent(officer, name -> "Basic " + Base64.getEncoder().encodeToString(
                (name + ":" + DossierJourneys.PASSWORD).getBytes(StandardCharsets.UTF_8)));
    }

    private URI uri(String path) {
        return URI.create(baseUrl + path);
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
