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

/** A retried online submission never creates a second dossier, even when the retry races the first. */
@IntegrationTest
class OnlineSubmissionConcurrencyIT {

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
        ResponseEntity<String> answer = http.withBasicAuth("tiepnhan.tanan", "test-password")
                .postForEntity("/api/dossiers/online", new HttpEntity<>(body("079200000003"), headers), String.class);
        assertThat(answer.getStatusCode().value()).isEqualTo(400);
        assertThat(answer.getBody()).contains("Idempotency-Key");
    }

    private ResponseEntity<String> submit(String key, String applicantId) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", key);
        return http.withBasicAuth("tiepnhan.tanan", "test-password")
                .postForEntity("/api/dossiers/online", new HttpEntity<>(body(applicantId), headers), String.class);
    }

    private static String body(String applicantId) {
        return """
                {"procedureCode": "1.001193", "receivingUnit": "000.02.01.H99",
                 "applicant": {"name": "Lê Văn Cường", "idNumber": "%s"},
                 "details": {"childName": "Lê Minh Anh", "residenceCommune": "xa-tan-an"}}""".formatted(applicantId);
    }
}
