package vn.motcua.dossier;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Request bodies of the dossier API as the tests send them. */
public final class DossierRequests {

    private DossierRequests() {
    }

    /** A birth registration received at the Tân Định ward center. */
    public static String birthRegistration(String completeness, String idNumber) {
        return """
                {"procedureCode": "1.001193", "channel": "COUNTER", "receivingUnit": "000.01.01.H99",
                 "applicant": {"name": "Trần Thị Bình", "idNumber": "%s", "phone": "0901234567"},
                 "completeness": "%s", "missingDocuments": "Giấy chứng sinh", "refusalReason": "Không thuộc thẩm quyền",
                 "details": {"childName": "Trần Gia Bảo", "childBirthDate": "2025-11-20", "childSex": "nam",
                             "birthPlace": "Bệnh viện tỉnh", "residenceCommune": "phuong-tan-dinh"}}""".formatted(idNumber, completeness);
    }

    public static HttpEntity<String> jsonEntity(String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>(body, headers);
    }
}
