package vn.motcua.resilience;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * A steady load of online birth registrations, certified copies paid in cash at the counter, and officers'
 * work, against whatever nodes are up.
 *
 * <p>Submitters post {@code /api/dossiers/online} as the portal's technical account (and every fourth time, a
 * certified copy received at the counter, {@code /api/dossiers}) with a fresh {@code Idempotency-Key} each; a request that got no answer
 * (connection refused or reset, timeout: the node died) is sent again with the same key and the same body, on
 * the next node, until an answer comes — what a portal, a citizen's browser or a counter client does. Officers
 * take the acknowledged dossiers and complete their tasks through the engine REST API (the Tasklist's): the
 * online check (received), and for every third birth registration the appraisal, the signature and the result
 * return at the counter; the others stay in handling with their deadline timers and open steps. A certified
 * copy's fee is collected at the counter (its payment and numbered e-receipt), then the copy stays in handling.
 * A completion that got no answer is not repeated blindly: the officer reads the dossier's tasks again.
 */
final class DossierLoad {

    static final String PASSWORD = "demo";
    private static final String PORTAL_ACCOUNT = "dvcqg";

    /** A commune's one-stop counter, its committee's officers and the residence the routing table knows. */
    record Commune(String center, String residence, String suffix) {
    }

    static final List<Commune> COMMUNES = List.of(
            new Commune("000.02.01.H99", "000.02.00.H99", "tanan"),
            new Commune("000.01.01.H99", "000.01.00.H99", "tandinh"));

    /** A submission the application answered with 2xx: what the client was told. */
    record Acknowledged(String key, String id, String code, int number, Commune commune) {
        /** A certified copy received at the counter, whose fee the counter collects in cash. */
        boolean paysFee() {
            return DossierLoad.paysFee(number);
        }

        boolean goesToTheEnd() {
            return !paysFee() && number % 3 == 0;
        }

        /** A birth registration left in handling: its appraisal step open, its deadline timers waiting. */
        boolean staysInAppraisal() {
            return !paysFee() && !goesToTheEnd();
        }
    }

    static boolean paysFee(int number) {
        return number % 4 == 1;
    }

    private final String run;
    private final Supplier<List<String>> nodes;
    private final ObjectMapper json = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(3)).build();
    private final AtomicBoolean submitting = new AtomicBoolean();
    private final AtomicBoolean working = new AtomicBoolean();
    private final AtomicInteger nextNumber = new AtomicInteger();
    private final AtomicInteger roundRobin = new AtomicInteger();
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong answers2xx = new AtomicLong();
    private final AtomicLong noAnswer = new AtomicLong();
    private final AtomicLong tasksCompleted = new AtomicLong();
    private final Map<String, Acknowledged> acknowledged = new ConcurrentHashMap<>();
    private final ConcurrentLinkedQueue<Acknowledged> inbox = new ConcurrentLinkedQueue<>();
    private final Map<String, Boolean> finished = new ConcurrentHashMap<>();
    private final List<String> unexpected = Collections.synchronizedList(new ArrayList<>());
    private final List<Thread> threads = new ArrayList<>();

    /**
     * @param run   a prefix of this run's idempotency keys
     * @param nodes the base URLs of the nodes to spread requests over (read at every request)
     */
    DossierLoad(String run, Supplier<List<String>> nodes) {
        this.run = run;
        this.nodes = nodes;
    }

    void start(int submitters, int officers) {
        submitting.set(true);
        working.set(true);
        for (int i = 0; i < submitters; i++) {
            threads.add(started(new Thread(this::submitUntilStopped, "submitter-" + i)));
        }
        for (int i = 0; i < officers; i++) {
            threads.add(started(new Thread(this::workUntilStopped, "officer-" + i)));
        }
    }

    private static Thread started(Thread thread) {
        thread.start();
        return thread;
    }

    /** Stops new submissions (the ones under way are retried until answered), then lets officers drain. */
    void stop(Duration drain) throws InterruptedException {
        submitting.set(false);
        for (Thread thread : threads) {
            if (thread.getName().startsWith("submitter")) {
                thread.join();
            }
        }
        long until = System.nanoTime() + drain.toNanos();
        while (System.nanoTime() < until && !drained()) {
            Thread.sleep(500);
        }
        working.set(false);
        for (Thread thread : threads) {
            thread.join();
        }
    }

    private boolean drained() {
        return inbox.isEmpty();
    }

    String run() {
        return run;
    }

    Map<String, Acknowledged> acknowledged() {
        return Map.copyOf(acknowledged);
    }

    long requests() {
        return requests.get();
    }

    long answers2xx() {
        return answers2xx.get();
    }

    long noAnswer() {
        return noAnswer.get();
    }

    long tasksCompleted() {
        return tasksCompleted.get();
    }

    /** Answers the application gave that a correct application never gives (4xx on a valid request, 5xx). */
    List<String> unexpected() {
        return List.copyOf(unexpected);
    }

    /** The dossiers the officers took to the result returned. */
    int finishedCount() {
        return finished.size();
    }

    private void submitUntilStopped() {
        while (submitting.get()) {
            int number = nextNumber.incrementAndGet();
            Commune commune = COMMUNES.get(number % COMMUNES.size());
            String key = run + "-" + number;
            String applicantId = "0793%08d".formatted(number);
            String body = paysFee(number) ? """
                    {"procedureCode": "2.000815", "channel": "COUNTER", "receivingUnit": "%s", "completeness": "received",
                     "applicant": {"name": "Ngô Thị Nộp Phí", "idNumber": "%s", "phone": "0901234567"},
                     "details": {"documentName": "Bằng tốt nghiệp", "documentIssuer": "Trường Đại học Luật",
                                 "pageCount": %d, "copies": 1}}""".formatted(commune.center(), applicantId, 1 + number % 5)
                    : """
                    {"procedureCode": "1.001193", "receivingUnit": "%s",
                     "applicant": {"name": "Nguyễn Thị Thử Tải", "idNumber": "%s", "phone": "0912345678"},
                     "details": {"relationship": "mẹ", "childName": "Nguyễn Minh Khôi", "childBirthDate": "2025-06-30",
                                 "childSex": "nam", "birthPlace": "Bệnh viện Đa khoa tỉnh", "residenceCommune": "%s"}}"""
                    .formatted(commune.center(), applicantId, commune.residence());
            // online dossiers come from the portal's technical account (dev profile: dvcqg / demo)
            HttpResponse<String> answer = untilAnswered(paysFee(number) ? "tiepnhan." + commune.suffix() : PORTAL_ACCOUNT,
                    paysFee(number) ? "/api/dossiers" : "/api/dossiers/online", body, Map.of("Idempotency-Key", key),
                    () -> true);
            if (answer == null) {
                return;
            }
            if (answer.statusCode() / 100 == 2) {
                JsonNode dossier = read(answer);
                Acknowledged ack = new Acknowledged(key, dossier.get("id").asText(), dossier.get("code").asText(),
                        number, commune);
                acknowledged.put(key, ack);
                inbox.add(ack);
            } else {
                unexpected.add("submission " + key + ": " + answer.statusCode() + " " + answer.body());
            }
            pause(250);
        }
    }

    private void workUntilStopped() {
        while (working.get()) {
            Acknowledged dossier = inbox.poll();
            if (dossier == null) {
                pause(200);
                continue;
            }
            try {
                if (!advance(dossier)) {
                    inbox.add(dossier);
                }
            } catch (IOException nodeDown) {
                inbox.add(dossier);
                pause(300);
            }
        }
    }

    /**
     * One step of the dossier's work; true when there is nothing more to do for it. The tasks are looked up
     * each time: after a completion without an answer, the task is either still there or gone.
     */
    private boolean advance(Acknowledged dossier) throws IOException {
        String suffix = dossier.commune().suffix();
        if (dossier.paysFee()) {
            // the fee in cash at the counter: its payment and e-receipt; then the copy is certified (not here)
            if (complete(dossier, "tiepnhan." + suffix, "Task_CollectAtCounter", Map.of())) {
                return false;
            }
            return status(dossier) == 4;
        }
        if (complete(dossier, "tiepnhan." + suffix, "Task_CheckOnline", Map.of("completeness", "received"))) {
            return false;
        }
        if (!dossier.goesToTheEnd()) {
            return status(dossier) >= 2;
        }
        if (complete(dossier, "hotich." + suffix, "Task_Appraise", Map.of("appraisalOutcome", "approve",
                "registrationNumber", dossier.number() + "/2026", "appraisalNote", "Đủ điều kiện"))) {
            return false;
        }
        if (complete(dossier, "lanhdao." + suffix, "Task_Sign", Map.of("leaderDecision", "approve",
                "leaderNote", "Đồng ý"))) {
            return false;
        }
        int status = status(dossier);
        if (status == 9) {
            HttpResponse<String> returned = once("tiepnhan." + suffix, "/api/dossiers/" + dossier.id() + "/return",
                    "{\"returnMethod\": \"counter\", \"receivedBy\": \"Người nộp hồ sơ\"}", Map.of());
            expect(returned, "return of " + dossier.code(), 200, 409);
            return false;
        }
        if (status == 10) {
            finished.put(dossier.id(), true);
            return true;
        }
        pause(100);
        return false;
    }

    private boolean complete(Acknowledged dossier, String officer, String taskKey, Map<String, Object> variables)
            throws IOException {
        HttpResponse<String> found = get(officer, "/engine-rest/task?processInstanceBusinessKey=" + dossier.id()
                + "&taskDefinitionKey=" + taskKey);
        expect(found, "tasks of " + dossier.code(), 200);
        JsonNode tasks = read(found);
        if (tasks.isEmpty()) {
            return false;
        }
        String taskId = tasks.get(0).get("id").asText();
        HttpResponse<String> claimed = once(officer, "/engine-rest/task/" + taskId + "/claim",
                "{\"userId\": \"" + officer + "\"}", Map.of());
        if (claimed.statusCode() != 204) {
            return true; // completed meanwhile by an answer we never got, or claimed elsewhere: look again
        }
        Map<String, Object> wrapped = new LinkedHashMap<>();
        variables.forEach((name, value) -> wrapped.put(name, Map.of("value", value)));
        HttpResponse<String> completed = once(officer, "/engine-rest/task/" + taskId + "/complete",
                json.writeValueAsString(Map.of("variables", wrapped)), Map.of());
        if (completed.statusCode() == 204) {
            tasksCompleted.incrementAndGet();
        } else {
            expect(completed, "completion of " + taskKey + " of " + dossier.code(), 204, 404);
        }
        return true;
    }

    private int status(Acknowledged dossier) throws IOException {
        HttpResponse<String> answer = get("tiepnhan." + dossier.commune().suffix(), "/api/dossiers/" + dossier.id());
        expect(answer, "dossier " + dossier.code(), 200);
        return read(answer).get("status").asInt();
    }

    private void expect(HttpResponse<String> answer, String what, int... accepted) {
        for (int status : accepted) {
            if (answer.statusCode() == status) {
                return;
            }
        }
        unexpected.add(what + ": " + answer.statusCode() + " " + answer.body());
    }

    /** Sends until some node answers; a 5xx answer is retried too (the client does not know it failed). */
    private HttpResponse<String> untilAnswered(String officer, String path, String body, Map<String, String> headers,
                                               Supplier<Boolean> keepTrying) {
        while (keepTrying.get()) {
            try {
                HttpResponse<String> answer = once(officer, path, body, headers);
                if (answer.statusCode() / 100 != 5) {
                    return answer;
                }
                unexpected.add("POST " + path + " " + headers + ": " + answer.statusCode() + " " + answer.body());
            } catch (IOException noAnswerFromThisNode) {
                // the node died under the request or is not up: same key, same body, next node
            }
            pause(300);
        }
        return null;
    }

    private HttpResponse<String> get(String officer, String path) throws IOException {
        return send(HttpRequest.newBuilder(uri(path)).GET(), officer);
    }

    private HttpResponse<String> once(String officer, String path, String body, Map<String, String> headers)
            throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        return send(request, officer);
    }

    private HttpResponse<String> send(HttpRequest.Builder request, String officer) throws IOException {
        requests.incrementAndGet();
        try {
            HttpResponse<String> answer = http.send(request
                    .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                            (officer + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header("Accept", "application/json")
                    .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (answer.statusCode() / 100 == 2) {
                answers2xx.incrementAndGet();
            }
            return answer;
        } catch (IOException e) {
            noAnswer.incrementAndGet();
            throw e;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    /** The next node in turn: a retry after a failure goes to another node when there is one. */
    private URI uri(String path) {
        List<String> up = nodes.get();
        String node = up.get(Math.floorMod(roundRobin.getAndIncrement(), up.size()));
        return URI.create(node + path);
    }

    private JsonNode read(HttpResponse<String> answer) {
        try {
            return json.readTree(answer.body());
        } catch (IOException e) {
            throw new IllegalStateException("Not JSON: " + answer.body(), e);
        }
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
