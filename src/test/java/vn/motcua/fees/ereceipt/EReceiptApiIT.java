package vn.motcua.fees.ereceipt;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import vn.motcua.CitizenSession;
import vn.motcua.IntegrationTest;
import vn.motcua.fees.PaymentMethod;
import vn.motcua.printing.RenderedPdf;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.birthRegistration;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * Receipts through the HTTP API as officers, the citizen and anyone scanning the QR code use them:
 * who sees what, the PDF, cancellation and replacement, and refused requests as RFC 7807 problems.
 */
@IntegrationTest
class EReceiptApiIT {

    private static final String TAN_DINH_CENTER = "000.01.01.H99";
    /** "cuong", a demo citizen no other test applies with. */
    private static final String CITIZEN = "048095012345";
    private static final String OTHER_CITIZEN = "079202009002";

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    EReceipts receipts;

    private String dossierId;
    private String dossierCode;

    @BeforeEach
    void theCitizensDossierIsReceivedAtTheTanDinhCenter() throws Exception {
        JsonNode dossier = json.readTree(officer("tiepnhan.tandinh").postForEntity("/api/dossiers",
                jsonEntity(birthRegistration("received", CITIZEN)), String.class).getBody());
        dossierId = dossier.get("id").asText();
        dossierCode = dossier.get("code").asText();
    }

    private TestRestTemplate officer(String username) {
        return http.withBasicAuth(username, "test-password");
    }

    private EReceipt paidInCash(long amount) {
        return receipts.issue(new EReceiptRequest("cash-" + UUID.randomUUID(), dossierId, dossierCode, "1.001193",
                "Đăng ký khai sinh", TAN_DINH_CENTER, "Lê Hoàng Cường", amount, PaymentMethod.CASH, Instant.now()));
    }

    private static String pdfText(byte[] pdf) {
        return new RenderedPdf(pdf).words();
    }

    @Test
    void the_collecting_units_officer_lists_the_dossiers_receipts_and_prints_one_another_unit_sees_none() throws Exception {
        EReceipt receipt = paidInCash(7_000);

        JsonNode listed = json.readTree(officer("tiepnhan.tandinh").getForEntity("/api/receipts?dossierId=" + dossierId,
                String.class).getBody());
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("printedNumber").asText()).isEqualTo(receipt.printedNumber());
        assertThat(listed.get(0).get("amountInWords").asText()).isEqualTo("Bảy nghìn đồng");

        ResponseEntity<byte[]> pdf = officer("tiepnhan.tandinh").getForEntity("/api/receipts/" + receipt.id() + "/pdf",
                byte[].class);
        assertThat(pdf.getStatusCode().value()).isEqualTo(200);
        assertThat(pdf.getHeaders().getContentType()).isEqualTo(MediaType.APPLICATION_PDF);
        assertThat(pdfText(pdf.getBody())).contains("Số: " + receipt.printedNumber()).contains(receipt.series())
                .contains("7.000 đồng").contains("Bảy nghìn đồng").contains("Lê Hoàng Cường").contains(dossierCode)
                .contains("Trung tâm Phục vụ hành chính công phường Tân Định").doesNotContain("ĐÃ HỦY");

        assertThat(json.readTree(officer("tiepnhan.tanan").getForEntity("/api/receipts?dossierId=" + dossierId,
                String.class).getBody())).isEmpty();
        ResponseEntity<String> foreign = officer("tiepnhan.tanan").getForEntity("/api/receipts/" + receipt.id() + "/pdf",
                String.class);
        assertThat(foreign.getStatusCode().value()).isEqualTo(403);
        assertThat(http.getForEntity("/api/receipts?dossierId=" + dossierId, String.class).getStatusCode().value())
                .isEqualTo(401);
    }

    @Test
    void a_cancelled_receipt_is_kept_printed_as_cancelled_and_its_replacement_has_a_new_number() throws Exception {
        EReceipt receipt = paidInCash(7_000);

        ResponseEntity<String> cancelled = officer("tiepnhan.tandinh").postForEntity("/api/receipts/" + receipt.id()
                + "/cancellation", jsonEntity("{\"reason\": \"Ghi sai họ tên người nộp\"}"), String.class);
        assertThat(cancelled.getStatusCode().value()).as(cancelled.getBody()).isEqualTo(200);
        JsonNode old = json.readTree(cancelled.getBody());
        assertThat(old.get("status").asText()).isEqualTo("CANCELLED");
        assertThat(old.get("cancelledBy").asText()).isEqualTo("tiepnhan.tandinh");
        assertThat(old.get("cancelReason").asText()).isEqualTo("Ghi sai họ tên người nộp");
        assertThat(old.get("cancelledAt").isNull()).isFalse();
        assertThat(pdfText(officer("tiepnhan.tandinh").getForEntity("/api/receipts/" + receipt.id() + "/pdf",
                byte[].class).getBody())).contains("ĐÃ HỦY").contains("Ghi sai họ tên người nộp");

        ResponseEntity<String> replaced = officer("tiepnhan.tandinh").postForEntity("/api/receipts/" + receipt.id()
                        + "/replacement", jsonEntity("{\"reason\": \"Ghi sai họ tên người nộp\", \"payerName\": \"Lê Hoàng Cương\"}"),
                String.class);
        assertThat(replaced.getStatusCode().value()).as(replaced.getBody()).isEqualTo(201);
        JsonNode replacement = json.readTree(replaced.getBody());
        assertThat(replacement.get("replacesId").asText()).isEqualTo(receipt.id());
        assertThat(replacement.get("number").asInt()).isGreaterThan(receipt.number());
        assertThat(replacement.get("payerName").asText()).isEqualTo("Lê Hoàng Cương");
        assertThat(replacement.get("status").asText()).isEqualTo("ISSUED");
        assertThat(pdfText(officer("tiepnhan.tandinh").getForEntity("/api/receipts/" + replacement.get("id").asText()
                + "/pdf", byte[].class).getBody())).contains("thay thế biên lai số " + receipt.label()).doesNotContain("ĐÃ HỦY");

        JsonNode listed = json.readTree(officer("tiepnhan.tandinh").getForEntity("/api/receipts?dossierId=" + dossierId,
                String.class).getBody());
        assertThat(listed).extracting(node -> node.get("status").asText()).containsExactly("CANCELLED", "ISSUED");

        ResponseEntity<String> cancelAgain = officer("tiepnhan.tandinh").postForEntity("/api/receipts/" + receipt.id()
                + "/cancellation", jsonEntity("{\"reason\": \"lần nữa\"}"), String.class);
        ResponseEntity<String> replaceAgain = officer("tiepnhan.tandinh").postForEntity("/api/receipts/" + receipt.id()
                + "/replacement", jsonEntity("{\"reason\": \"lần nữa\"}"), String.class);
        assertThat(cancelAgain.getStatusCode().value()).isEqualTo(409);
        assertThat(replaceAgain.getStatusCode().value()).isEqualTo(409);
        assertThat(json.readTree(replaceAgain.getBody()).get("detail").asText()).contains("đã được thay thế");
    }

    @Test
    void replacing_a_valid_receipt_cancels_it_with_the_reason() {
        EReceipt receipt = paidInCash(200_000);

        ResponseEntity<String> replaced = officer("tiepnhan.tandinh").postForEntity("/api/receipts/" + receipt.id()
                + "/replacement", jsonEntity("{\"reason\": \"Sai hình thức thanh toán\"}"), String.class);

        assertThat(replaced.getStatusCode().value()).isEqualTo(201);
        EReceipt old = receipts.get(receipt.id());
        assertThat(old.status()).isEqualTo(EReceiptStatus.CANCELLED);
        assertThat(old.cancelReason()).isEqualTo("Sai hình thức thanh toán");
        assertThat(receipts.replacementOf(receipt.id())).get().extracting(EReceipt::amountInWords)
                .isEqualTo("Hai trăm nghìn đồng");
    }

    @Test
    void refused_cancellations_are_problems_and_change_nothing() throws Exception {
        EReceipt receipt = paidInCash(7_000);

        ResponseEntity<String> noReason = officer("tiepnhan.tandinh").postForEntity("/api/receipts/" + receipt.id()
                + "/cancellation", jsonEntity("{\"reason\": \"  \"}"), String.class);
        ResponseEntity<String> badJson = officer("tiepnhan.tandinh").postForEntity("/api/receipts/" + receipt.id()
                + "/cancellation", jsonEntity("{\"reason\": "), String.class);
        ResponseEntity<String> otherUnit = officer("tiepnhan.tanan").postForEntity("/api/receipts/" + receipt.id()
                + "/cancellation", jsonEntity("{\"reason\": \"không phải đơn vị mình\"}"), String.class);
        ResponseEntity<String> unknown = officer("tiepnhan.tandinh").postForEntity("/api/receipts/" + UUID.randomUUID()
                + "/cancellation", jsonEntity("{\"reason\": \"không có\"}"), String.class);

        assertThat(noReason.getStatusCode().value()).isEqualTo(400);
        assertThat(noReason.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(json.readTree(noReason.getBody()).get("detail").asText()).contains("lý do hủy");
        assertThat(badJson.getStatusCode().value()).isEqualTo(400);
        assertThat(otherUnit.getStatusCode().value()).isEqualTo(403);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(receipts.get(receipt.id()).status()).isEqualTo(EReceiptStatus.ISSUED);
    }

    @Test
    void the_qr_lookup_shows_number_date_amount_unit_and_status_but_nothing_of_the_payer_or_dossier() {
        EReceipt receipt = paidInCash(1_005_000);

        ResponseEntity<String> page = http.getForEntity("/tra-cuu-bien-lai/" + receipt.publicToken(), String.class);

        assertThat(page.getStatusCode().value()).isEqualTo(200);
        assertThat(page.getBody()).contains(receipt.printedNumber()).contains(receipt.series())
                .contains("1.005.000 đồng").contains("Một triệu không trăm linh năm nghìn đồng")
                .contains("Trung tâm Phục vụ hành chính công phường Tân Định").contains("Có hiệu lực")
                .doesNotContain("Lê Hoàng Cường").doesNotContain(dossierCode).doesNotContain(CITIZEN);

        receipts.cancel(receipt.id(), "Thu nhầm", "tiepnhan.tandinh");
        assertThat(http.getForEntity("/tra-cuu-bien-lai/" + receipt.publicToken(), String.class).getBody())
                .contains("Đã hủy").doesNotContain("Thu nhầm");

        ResponseEntity<String> guessed = http.getForEntity("/tra-cuu-bien-lai/" + receipt.id(), String.class);
        assertThat(guessed.getStatusCode().value()).isEqualTo(404);
        assertThat(guessed.getBody()).contains("Không tìm thấy biên lai");
    }

    @Test
    void the_citizen_lists_and_prints_the_receipts_of_their_own_dossier_only() throws Exception {
        EReceipt receipt = paidInCash(7_000);
        CitizenSession citizen = CitizenSession.login(port, CITIZEN, "demo");
        CitizenSession other = CitizenSession.login(port, OTHER_CITIZEN, "demo");

        HttpResponse<String> listed = citizen.get("/api/citizen/receipts?dossierId=" + dossierId);
        assertThat(listed.statusCode()).isEqualTo(200);
        assertThat(json.readTree(listed.body())).extracting(node -> node.get("id").asText()).containsExactly(receipt.id());

        String page = citizen.get("/citizen").body();
        assertThat(page).contains(receipt.label()).contains("In biên lai")
                .contains("/citizen/bien-lai/" + receipt.id() + "/pdf");

        HttpResponse<byte[]> pdf = pdf(citizen, receipt.id());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(pdfText(pdf.body())).contains(receipt.printedNumber()).contains("Bảy nghìn đồng");

        assertThat(other.get("/api/citizen/receipts?dossierId=" + dossierId).statusCode()).isEqualTo(404);
        assertThat(pdf(other, receipt.id()).statusCode()).isEqualTo(404);
        assertThat(other.get("/citizen").body()).doesNotContain(receipt.label());
    }

    private static HttpResponse<byte[]> pdf(CitizenSession citizen, String receiptId) {
        return citizen.getBytes("/citizen/bien-lai/" + receiptId + "/pdf");
    }
}
