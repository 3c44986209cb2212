package vn.motcua.monitoring;

import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;

/** Request bodies of dossiers received at the Tân Định ward counter. */
final class CounterDossiers {

    private CounterDossiers() {
    }

    static HttpEntity<String> birthRegistration(String completeness, String idNumber) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        return new HttpEntity<>("""
                {"procedureCode": "1.001193", "channel": "COUNTER", "receivingUnit": "000.01.01.H99",
                 "applicant": {"name": "Trần Thị Bình", "idNumber": "%s", "phone": "0901234567"},
                 "completeness": "%s", "missingDocuments": "Giấy chứng sinh", "refusalReason": "Không thuộc thẩm quyền",
                 "details": {"childName": "Trần Gia Bảo", "childBirthDate": "2025-11-20", "childSex": "nam",
                             "birthPlace": "Bệnh viện tỉnh", "residenceCommune": "000.01.00.H99"}}""".formatted(idNumber, completeness),
                headers);
    }
}
