package vn.motcua.dossier;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A retried submission never creates a second dossier, even when the retry races the first: online, where the
 * key is required, and at the counter, where a double-clicked "Tiếp nhận" sends the same key twice.
 */
@IntegrationTest
class SubmissionIdempotencyIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void fifty_parallel_submissions_of_which_ten_are_retries_create_forty_dossiers_with_forty_codes() throws Exception {
        String run = Long.toString(System.nanoTime());
        List<Callable<ResponseEntity<String>>> submissions = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String key = run + "-" + i;
            String applicantId = String.format("0792%08d", i);
            submissions.add(() -> submit(key, applicantId));
            if (i < 10) {
                submissions.add(() -> submit(key, applicantId)); // the retry of a citizen's double click
            }
        }
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<ResponseEntity<String>> answers = new ArrayList<>();
        try {
            for (Future<ResponseEntity<String>> answer : pool.invokeAll(submissions)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }

        assertThat(answers).allSatisfy(answer -> assertThat(answer.getStatusCode().value()).isIn(200, 201));
        Set<String> ids = new HashSet<>();
        Set<String> codes = new HashSet<>();
        for (ResponseEntity<String> answer : answers) {
            var dossier = json.readTree(answer.getBody());
            ids.add(dossier.get("id").asText());
            codes.add(dossier.get("code").asText());
            assertThat(dossier.get("status").asInt()).isEqualTo(1);
        }
        assertThat(ids).hasSize(40);
        assertThat(codes).hasSize(40);
        assertThat(jdbc.sql("select count(*) from dossier where idempotency_key like ?").param(run + "-%")
                .query(Long.class).single()).isEqualTo(40);
    }

    @Test
    void reusing_a_key_for_a_different_dossier_is_a_conflict() {
        String key = "conflict-" + System.nanoTime();
        assertThat(submit(key, "079200000001").getStatusCode().value()).isEqualTo(201);
        ResponseEntity<String> other = submit(key, "079200000002");
        assertThat(other.getStatusCode().value()).isEqualTo(409);
    }

    @Test
    void an_online_submission_without_idempotency_key_is_refused() {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> answer = http.withBasicAuth("dvcqg", "portal-test-secret")
                .postForEntity("/api/dossiers/online", new HttpEntity<>(body("079200000003"), headers), String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).contains("Idempotency-Key");
    }

    @Test
    void a_counter_receipt_clicked_three_times_at_once_receives_one_dossier_with_one_appointment() throws Exception {
        String key = "counter-" + System.nanoTime();
        String body = """
                {"procedureCode": "1.001193", "channel": "COUNTER", "receivingUnit": "000.02.01.H99",
                 "completeness": "received",
                 "applicant": {"name": "Lê Văn Cường", "idNumber": "079200000009"},
                 "details": {"childName": "Lê Minh Anh", "residenceCommune": "000.02.00.H99"}}""";
        ExecutorService pool = Executors.newFixedThreadPool(3);
        List<ResponseEntity<String>> answers = new ArrayList<>();
        try {
            List<Callable<ResponseEntity<String>>> clicks = List.of(() -> receive(key, body), () -> receive(key, body),
                    () -> receive(key, body));
            for (Future<ResponseEntity<String>> answer : pool.invokeAll(clicks)) {
                answers.add(answer.get());
            }
        } finally {
            pool.shutdown();
        }

        assertThat(answers).extracting(answer -> answer.getStatusCode().value()).containsOnlyOnce(201)
                .containsOnly(200, 201);
        assertThat(answers).extracting(answer -> json.readTree(answer.getBody()).get("code").asText())
                .containsOnly(json.readTree(answers.get(0).getBody()).get("code").asText());
        String id = json.readTree(answers.get(0).getBody()).get("id").asText();
        assertThat(jdbc.sql("select count(*) from dossier where idempotency_key = ?").param(key).query(Long.class)
                .single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from dossier where id = ? and received_at is not null"
                + " and appointment_at is not null").param(id).query(Integer.class).single())
                .as("received at once, with its appointment").isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from dossier_status_change where dossier_id = ? and status = 2")
                .param(id).query(Integer.class).single()).as("received once").isEqualTo(1);

        ResponseEntity<String> otherDossier = receive(key, body.replace("079200000009", "079200000010"));
        assertThat(otherDossier.getStatusCode().value()).isEqualTo(409);
        ResponseEntity<String> tooLong = receive("k".repeat(101), body);
        assertThat(tooLong.getStatusCode().value()).isEqualTo(400);
        assertThat(tooLong.getHeaders().getContentType()).hasToString("application/problem+json");
    }

    private ResponseEntity<String> receive(String key, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", key);
        return http.withBasicAuth("tiepnhan.tanan", "test-password")
                .postForEntity("/api/dossiers", new HttpEntity<>(body, headers), String.class);
    }

    private ResponseEntity<String> submit(String key, String applicantId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", key);
        return http.withBasicAuth("dvcqg", "portal-test-secret")
                .postForEntity("/api/dossiers/online", new HttpEntity<>(body(applicantId), headers), String.class);
    }

    private static String body(String applicantId) {
        return """
                {"procedureCode": "1.001193", "receivingUnit": "000.02.01.H99",
                 "applicant": {"name": "Lê Văn Cường", "idNumber": "%s"},
                 "details": {"childName": "Lê Minh Anh", "residenceCommune": "000.02.00.H99"}}""".formatted(applicantId);
    }
}
