package vn.motcua.dossier;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.motcua.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * A submission's free-form details (the counter's and the online channel's {@code details}, the portal's
 * {@code ThongTinKhac}) become process variables, so none may name a variable the platform owns: 400
 * problem+json naming the field, and no dossier, file or process is created.
 */
@IntegrationTest
class SubmissionDetailsIT {

    @Autowired
    TestRestTemplate http;

    @Autowired
    DossierRepository dossiers;

    @Autowired
    ObjectMapper json;

    @Test
    void the_counter_cannot_route_or_price_a_dossier_through_its_details() throws Exception {
        for (String key : new String[] {"handlingUnit", "feeAmount", "dossierId", "receptionOfficer", "apologyAt"}) {
            String applicantId = OnlineChannelIT.newCitizenId();
            String body = DossierRequests.birthRegistration("received", applicantId)
                    .replace("\"details\": {", "\"details\": {\"" + key + "\": \"000.03.00.H99\", ");

            ResponseEntity<String> answer = http.withBasicAuth("tiepnhan.tandinh", "test-password")
                    .postForEntity("/api/dossiers", jsonEntity(body), String.class);

            refused(answer, key);
            assertThat(dossiers.findByApplicant(applicantId)).as(key).isEmpty();
        }
    }

    @Test
    void the_online_channel_cannot_set_a_platform_variable_through_its_details() throws Exception {
        String applicantId = OnlineChannelIT.newCitizenId();
        String body = OnlineChannelIT.body(applicantId).replace("\"details\": {", "\"details\": {\"completeness\": \"received\", ");
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("Idempotency-Key", "details-" + applicantId);

        ResponseEntity<String> answer = http.withBasicAuth("dvcqg", "portal-test-secret")
                .postForEntity("/api/dossiers/online", new HttpEntity<>(body, headers), String.class);

        refused(answer, "completeness");
        assertThat(dossiers.findByApplicant(applicantId)).isEmpty();
    }

    @Test
    void the_portals_thong_tin_khac_cannot_set_a_platform_variable() throws Exception {
        String applicantId = OnlineChannelIT.newCitizenId();
        String body = """
                {"MaHoSoQG": "G22.99-%d", "MaTTHC": "1.001193", "MaDonViTiepNhan": "000.02.01.H99",
                 "ChuHoSo": {"HoTen": "Lê Văn Cường", "SoGiayTo": "%s", "SoDienThoai": "0912345678"},
                 "XacThucVNeID": true,
                 "ThongTinKhac": {"childName": "Lê Minh Anh", "handlingUnit": "000.03.00.H99"}}"""
                .formatted(System.nanoTime(), applicantId);

        ResponseEntity<String> answer = http.withBasicAuth("dvcqg", "portal-test-secret")
                .postForEntity("/api/portal/submissions", jsonEntity(body), String.class);

        refused(answer, "handlingUnit");
        assertThat(dossiers.findByApplicant(applicantId)).isEmpty();
    }

    @Test
    void details_of_the_procedures_own_fields_are_still_accepted() {
        String applicantId = OnlineChannelIT.newCitizenId();
        ResponseEntity<String> answer = http.withBasicAuth("tiepnhan.tandinh", "test-password").postForEntity(
                "/api/dossiers", jsonEntity(DossierRequests.birthRegistration("received", applicantId)), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
    }

    private void refused(ResponseEntity<String> answer, String key) throws Exception {
        assertThat(answer.getStatusCode().value()).as(key + ": " + answer.getBody()).isEqualTo(400);
        assertThat(answer.getHeaders().getContentType())
                .matches(type -> type.isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON));
        assertThat(json.readTree(answer.getBody()).get("detail").asText()).contains("\"" + key + "\"");
    }
}
