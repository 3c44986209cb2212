package vn.motcua.dossier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/** Request bodies of the dossier API, and the officer's task calls on {@code /engine-rest}, as the tests send them. */
public final class DossierRequests {

    private static final ObjectMapper JSON = new ObjectMapper();

    private DossierRequests() {
    }

    /** A birth registration received at the Tân Định ward center. */
    public static String birthRegistration(String completeness, String idNumber) {
        return """
                {"procedureCode": "1.001193", "channel": "COUNTER", "receivingUnit": "000.01.01.H99",
                 "applicant": {"name": "Trần Thị Bình", "idNumber": "%s", "phone": "0901234567"},
                 "completeness": "%s", "missingDocuments": "Giấy chứng sinh", "refusalReason": "Không thuộc thẩm quyền",
                 "details": {"childName": "Trần Gia Bảo", "childBirthDate": "2025-11-20", "childSex": "nam",
                             "birthPlace": "Bệnh viện tỉnh", "residenceCommune": "000.01.00.H99"}}""".formatted(idNumber, completeness);
    }

    /** The same birth registration received at the Tân An commune center, for a resident of Tân An. */
    public static String birthRegistrationAtTanAn(String completeness, String idNumber) {
        return birthRegistration(completeness, idNumber)
                .replace("000.01.01.H99", "000.02.01.H99").replace("000.01.00.H99", "000.02.00.H99");
    }

    public static HttpEntity<String> jsonEntity(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }

    /** The officer's only open task of the dossier with that key, claimed by them ({@code officerHttp} signs in as them). */
    public static String claimOnlyTask(TestRestTemplate officerHttp, String officer, String dossierId, String taskKey)
            throws Exception {
        JsonNode tasks = JSON.readTree(officerHttp.getForEntity("/engine-rest/task?processInstanceBusinessKey="
                + dossierId + "&taskDefinitionKey=" + taskKey, String.class).getBody());
        assertThat(tasks).as(officer + " sees " + taskKey).hasSize(1);
        String taskId = tasks.get(0).get("id").asText();
        assertThat(officerHttp.postForEntity("/engine-rest/task/" + taskId + "/claim",
                jsonEntity("{\"userId\": \"" + officer + "\"}"), String.class).getStatusCode().value()).isEqualTo(204);
        return taskId;
    }

    /** Completes a task with form variables in the REST API's format ({@code {"name": {"value": …}}}). */
    public static void completeTask(TestRestTemplate officerHttp, String taskId, String variables) {
        ResponseEntity<String> answer = officerHttp.postForEntity("/engine-rest/task/" + taskId + "/complete",
                jsonEntity("{\"variables\": " + variables + "}"), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(204);
    }
}
