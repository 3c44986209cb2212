package vn.motcua.portal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/** Online submissions forwarded by the portal's technical account land once, however often delivered. */
@IntegrationTest
class PortalSubmissionIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Test
    void the_same_submission_delivered_twice_creates_one_dossier_and_answers_the_same_dossier_code() throws Exception {
        String reference = "G22.99-" + System.nanoTime();
        ResponseEntity<String> first = portal().postForEntity("/api/portal/submissions",
                jsonEntity(submission(reference, "079201005001")), String.class);
        ResponseEntity<String> again = portal().postForEntity("/api/portal/submissions",
                jsonEntity(submission(reference, "079201005001")), String.class);

        assertThat(first.getStatusCode().value()).as(first.getBody()).isEqualTo(201);
        assertThat(again.getStatusCode().value()).as(again.getBody()).isEqualTo(200);
        JsonNode created = json.readTree(first.getBody());
        JsonNode repeated = json.readTree(again.getBody());
        assertThat(created.get("MaHoSo").asText()).matches("000\\.02\\.01\\.H99-\\d{6}-\\d{4}");
        assertThat(repeated.get("MaHoSo").asText()).isEqualTo(created.get("MaHoSo").asText());
        assertThat(created.get("TrangThaiHoSo").asInt()).as("a new online submission").isEqualTo(1);
        String dossierId = created.get("dossierId").asText();
        assertThat(jdbc.sql("select count(*) from dossier where applicant_id_number = ? and channel = 'ONLINE'")
                .param("079201005001").query(Long.class).single()).isEqualTo(1);
        // the applicant signed in with VNeID at the portal: the 766 flag travels back with the status
        assertThat(jdbc.sql("select vneid_authenticated from portal_outbox where dossier_id = ? and seq = 1")
                .param(dossierId).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select channel from portal_outbox where dossier_id = ? and seq = 1")
                .param(dossierId).query(String.class).single()).isEqualTo("ONLINE");
    }

    @Test
    void the_same_submission_delivered_five_times_at_once_creates_one_dossier() throws Exception {
        String reference = "G22.99-" + System.nanoTime();
        String applicantId = String.format("0792%08d", System.nanoTime() % 100_000_000L);
        int deliveries = 5;
        ExecutorService pool = Executors.newFixedThreadPool(deliveries);
        CountDownLatch go = new CountDownLatch(1);
        List<ResponseEntity<String>> answers = new ArrayList<>();
        try {
            List<Future<ResponseEntity<String>>> futures = new ArrayList<>();
            for (int i = 0; i < deliveries; i++) {
                futures.add(pool.submit(() -> {
                    go.await();
                    return portal().postForEntity("/api/portal/submissions", jsonEntity(submission(reference, applicantId)),
                            String.class);
                }));
            }
            go.countDown();
            for (var future : futures) {
                answers.add(future.get(1, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(answers).extracting(answer -> answer.getStatusCode().value()).as(answers.toString())
                .containsOnlyOnce(201).filteredOn(status -> status != 201).containsOnly(200);
        assertThat(answers).extracting(answer -> json.readTree(answer.getBody()).get("MaHoSo").asText()).containsOnly(
                json.readTree(answers.get(0).getBody()).get("MaHoSo").asText());
        assertThat(jdbc.sql("select count(*) from dossier where applicant_id_number = ?").param(applicantId)
                .query(Long.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("select count(*) from portal_submission where portal_reference = ?").param(reference)
                .query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void the_same_reference_with_other_content_is_a_conflict_and_creates_nothing() {
        String reference = "G22.99-" + System.nanoTime();
        assertThat(portal().postForEntity("/api/portal/submissions", jsonEntity(submission(reference, "079201005002")),
                String.class).getStatusCode().value()).isEqualTo(201);
        ResponseEntity<String> other = portal().postForEntity("/api/portal/submissions",
                jsonEntity(submission(reference, "079201005003")), String.class);
        assertThat(other.getStatusCode().value()).isEqualTo(409);
        assertThat(jdbc.sql("select count(*) from dossier where applicant_id_number = ?").param("079201005003")
                .query(Long.class).single()).isZero();
    }

    @Test
    void a_malformed_submission_is_a_400_problem_and_creates_nothing() throws Exception {
        ResponseEntity<String> broken = portal().postForEntity("/api/portal/submissions",
                jsonEntity("{\"MaHoSoQG\": \"G22.99-x\", \"ChuHoSo\": "), String.class);
        assertThat(broken.getStatusCode().value()).isEqualTo(400);
        assertThat(broken.getHeaders().getContentType().toString()).contains("application/problem+json");

        ResponseEntity<String> incomplete = portal().postForEntity("/api/portal/submissions",
                jsonEntity("{\"MaHoSoQG\": \"G22.99-incomplete\", \"MaTTHC\": \"1.001193\", \"ChuHoSo\": {\"HoTen\": \"\"}}"),
                String.class);
        assertThat(incomplete.getStatusCode().value()).isEqualTo(400);
        JsonNode problem = json.readTree(incomplete.getBody());
        assertThat(problem.get("detail").asText()).contains("Dữ liệu chưa hợp lệ");
        assertThat(problem.get("errors").toString()).contains("receivingUnit").contains("applicant.name");

        ResponseEntity<String> unknownProcedure = portal().postForEntity("/api/portal/submissions",
                jsonEntity(submission("G22.99-" + System.nanoTime(), "079201005004").replace("1.001193", "9.999999")),
                String.class);
        assertThat(unknownProcedure.getStatusCode().value()).isEqualTo(400);
        assertThat(jdbc.sql("select count(*) from portal_submission where portal_reference = 'G22.99-incomplete'")
                .query(Long.class).single()).isZero();
    }

    @Test
    void only_the_portals_technical_account_may_submit() {
        String body = submission("G22.99-" + System.nanoTime(), "079201005005");
        assertThat(http.postForEntity("/api/portal/submissions", jsonEntity(body), String.class)
                .getStatusCode().value()).isEqualTo(401);
        assertThat(http.withBasicAuth("tiepnhan.tanan", "test-password").postForEntity("/api/portal/submissions",
                jsonEntity(body), String.class).getStatusCode().value()).as("an officer is not the portal").isEqualTo(401);
        assertThat(http.withBasicAuth("dvcqg", "wrong").postForEntity("/api/portal/submissions",
                jsonEntity(body), String.class).getStatusCode().value()).isEqualTo(401);
        assertThat(portal().getForEntity("/api/portal/outbox", String.class).getStatusCode().value())
                .as("the portal's account sees nothing else").isIn(401, 403);
        assertThat(jdbc.sql("select count(*) from dossier where applicant_id_number = ?").param("079201005005")
                .query(Long.class).single()).isZero();
    }

    private TestRestTemplate portal() {
        return http.withBasicAuth("dvcqg", "portal-test-secret");
    }

    private static String submission(String reference, String applicantId) {
        return """
                {"MaHoSoQG": "%s", "MaTTHC": "1.001193", "MaDonViTiepNhan": "000.02.01.H99",
                 "ChuHoSo": {"HoTen": "Lê Văn Cường", "SoGiayTo": "%s", "SoDienThoai": "0912345678"},
                 "XacThucVNeID": true,
                 "ThongTinKhac": {"childName": "Lê Minh Anh", "residenceCommune": "000.02.00.H99"}}""".formatted(reference, applicantId);
    }
}
