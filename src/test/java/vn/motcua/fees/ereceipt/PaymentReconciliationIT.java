package vn.motcua.fees.ereceipt;

import java.net.http.HttpResponse;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import vn.motcua.IntegrationTest;
import vn.motcua.OfficerSession;
import vn.motcua.fees.PaymentCompleted;
import vn.motcua.fees.PaymentMethod;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.birthRegistration;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * Reconciliation of payments and receipts: a payment whose receipt was lost shows up and gets its receipt
 * with one click (API and page), a receipt without payment shows up, the orders and payments the
 * payment module flagged show up; officers see their own unit only.
 */
@IntegrationTest
class PaymentReconciliationIT {

    private static final String TAN_DINH_CENTER = "000.01.01.H99";
    private static final String CITIZEN = "079201004311";
    private static final String API = "/api/payments/reconciliation?limit=1000";

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    EReceipts receipts;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    PlatformTransactionManager transactions;

    private String dossierId;
    private String dossierCode;

    @BeforeEach
    void aDossierIsReceivedAtTheTanDinhCenter() throws Exception {
        JsonNode dossier = json.readTree(officer("tiepnhan.tandinh").postForEntity("/api/dossiers",
                jsonEntity(birthRegistration("received", CITIZEN)), String.class).getBody());
        dossierId = dossier.get("id").asText();
        dossierCode = dossier.get("code").asText();
    }

    private TestRestTemplate officer(String username) {
        return http.withBasicAuth(username, "test-password");
    }

    /** A payment row as the payment module writes it, without its event: its receipt is "lost". */
    private String paymentWithoutEvent(long amount, boolean correlated) {
        String id = UUID.randomUUID().toString();
        jdbc.sql("""
                insert into payment (id, dossier_id, method, amount_vnd, payer_name, paid_at, recorded_by, correlated)
                values (?, ?, 'CASH', ?, 'Trần Văn Đối', ?, 'tiepnhan.tandinh', ?)""")
                .params(id, dossierId, amount, Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MILLIS)), correlated)
                .update();
        return id;
    }

    /** A payment recorded as the payment module records it: the row and its event in one transaction. */
    private String paymentWithReceipt(long amount) {
        return new TransactionTemplate(transactions).execute(status -> {
            String id = paymentWithoutEvent(amount, true);
            events.publishEvent(new PaymentCompleted(id, dossierId, dossierCode, "1.001193", "Đăng ký khai sinh",
                    TAN_DINH_CENTER, "Trần Văn Đối", amount, PaymentMethod.CASH, Instant.now()));
            return id;
        });
    }

    private JsonNode report(String username) throws Exception {
        ResponseEntity<String> answer = officer(username).getForEntity(API, String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return json.readTree(answer.getBody());
    }

    private static List<String> ids(JsonNode rows, String field) {
        return StreamSupport.stream(rows.spliterator(), false).map(row -> row.get(field).asText()).toList();
    }

    private int lastNumber(EReceipt like) {
        return jdbc.sql("select max(receipt_number) from e_receipt where unit_code = ? and series = ? and receipt_year = ?")
                .params(like.unitCode(), like.series(), like.year()).query(Integer.class).single();
    }

    @Test
    void a_payment_whose_receipt_is_missing_is_listed_and_gets_the_next_number_with_one_click() throws Exception {
        String recorded = paymentWithReceipt(7_000);
        String lost = paymentWithoutEvent(15_000, true);

        JsonNode report = report("giamsat.tinh");
        JsonNode missing = report.get("paymentsWithoutReceipt");
        assertThat(ids(missing, "paymentId")).contains(lost).doesNotContain(recorded);
        JsonNode row = StreamSupport.stream(missing.spliterator(), false)
                .filter(item -> item.get("paymentId").asText().equals(lost)).findFirst().orElseThrow();
        assertThat(row.get("dossierCode").asText()).isEqualTo(dossierCode);
        assertThat(row.get("amount").asLong()).isEqualTo(15_000);
        assertThat(row.get("method").asText()).isEqualTo("CASH");
        assertThat(row.get("unitCode").asText()).isEqualTo(TAN_DINH_CENTER);
        assertThat(row.get("at").isNull()).isFalse();
        assertThat(row.get("description").asText()).isEqualTo("Đã ghi nhận thanh toán nhưng chưa có biên lai");

        assertThat(ids(report("tiepnhan.tandinh").get("paymentsWithoutReceipt"), "paymentId")).contains(lost);
        assertThat(ids(report("tiepnhan.tanan").get("paymentsWithoutReceipt"), "paymentId")).doesNotContain(lost);
        assertThat(http.getForEntity(API, String.class).getStatusCode().value()).isEqualTo(401);

        assertThat(officer("tiepnhan.tanan").postForEntity("/api/payments/reconciliation/" + lost + "/receipt", null,
                String.class).getStatusCode().value()).isEqualTo(403);
        ResponseEntity<String> unknown = officer("tiepnhan.tandinh").postForEntity("/api/payments/reconciliation/"
                + UUID.randomUUID() + "/receipt", null, String.class);
        assertThat(unknown.getStatusCode().value()).isEqualTo(404);
        assertThat(unknown.getHeaders().getContentType().toString()).isEqualTo("application/problem+json");
        assertThat(json.readTree(unknown.getBody()).get("detail").asText()).isEqualTo("Không tìm thấy khoản thanh toán.");

        EReceipt before = receipts.ofPayment(recorded).orElseThrow();
        int last = lastNumber(before);
        ResponseEntity<String> issued = officer("tiepnhan.tandinh").postForEntity("/api/payments/reconciliation/" + lost
                + "/receipt", null, String.class);
        assertThat(issued.getStatusCode().value()).as(issued.getBody()).isEqualTo(201);
        JsonNode receipt = json.readTree(issued.getBody());
        assertThat(receipt.get("number").asInt()).isEqualTo(last + 1);
        assertThat(receipt.get("paymentId").asText()).isEqualTo(lost);
        assertThat(receipt.get("amountInWords").asText()).isEqualTo("Mười lăm nghìn đồng");
        assertThat(receipt.get("dossierCode").asText()).isEqualTo(dossierCode);
        assertThat(issued.getHeaders().getLocation().toString()).endsWith("/api/receipts/" + receipt.get("id").asText());

        ResponseEntity<String> again = officer("giamsat.tinh").postForEntity("/api/payments/reconciliation/" + lost
                + "/receipt", null, String.class);
        assertThat(again.getStatusCode().value()).isEqualTo(200);
        assertThat(json.readTree(again.getBody()).get("id").asText()).isEqualTo(receipt.get("id").asText());
        assertThat(lastNumber(before)).as("no second number").isEqualTo(last + 1);
        assertThat(ids(report("giamsat.tinh").get("paymentsWithoutReceipt"), "paymentId")).doesNotContain(lost);
    }

    @Test
    void a_receipt_without_payment_and_the_flagged_orders_and_payments_are_listed_to_their_unit() throws Exception {
        EReceipt orphan = receipts.issue(new EReceiptRequest("lost-" + UUID.randomUUID(), dossierId, dossierCode,
                "1.001193", "Đăng ký khai sinh", TAN_DINH_CENTER, "Trần Văn Đối", 7_000, PaymentMethod.CASH,
                Instant.now()));
        String uncorrelated = paymentWithReceipt(7_000);
        jdbc.sql("update payment set correlated = false where id = ?").param(uncorrelated).update();
        String orderRef = "LATE" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.sql("""
                insert into payment_order (order_ref, dossier_id, amount_vnd, gateway, state, created_at, expires_at,
                  closed_at, paid_after_expiry)
                values (?, ?, 7000, 'vnpay', 'EXPIRED', ?, ?, ?, true)""")
                .params(orderRef, dossierId, now, now, now).update();

        JsonNode report = report("giamsat.tinh");
        JsonNode row = StreamSupport.stream(report.get("receiptsWithoutPayment").spliterator(), false)
                .filter(item -> item.get("receiptId").asText().equals(orphan.id())).findFirst().orElseThrow();
        assertThat(row.get("dossierCode").asText()).isEqualTo(dossierCode);
        assertThat(row.get("description").asText()).isEqualTo("Biên lai không ứng với khoản thanh toán nào đã ghi nhận");
        assertThat(ids(report.get("receiptsWithoutPayment"), "receiptId"))
                .as("a payment's receipt is not an orphan").doesNotContain(receipts.ofPayment(uncorrelated).orElseThrow().id());
        JsonNode flagged = report.get("flagged");
        assertThat(StreamSupport.stream(flagged.spliterator(), false)
                .filter(item -> orderRef.equals(item.get("orderRef").asText()))
                .map(item -> item.get("problem").asText())).containsExactly("PAID_AFTER_EXPIRY");
        assertThat(StreamSupport.stream(flagged.spliterator(), false)
                .filter(item -> uncorrelated.equals(item.get("paymentId").asText()))
                .map(item -> item.get("problem").asText())).containsExactly("UNCORRELATED");

        JsonNode otherUnit = report("tiepnhan.tanan");
        assertThat(ids(otherUnit.get("receiptsWithoutPayment"), "receiptId")).doesNotContain(orphan.id());
        assertThat(ids(otherUnit.get("flagged"), "dossierId")).doesNotContain(dossierId);
        assertThat(ids(report("tiepnhan.tandinh").get("receiptsWithoutPayment"), "receiptId")).contains(orphan.id());
    }

    @Test
    void the_supervisors_page_lists_the_rows_and_issues_the_missing_receipt_with_one_click() {
        String lost = paymentWithoutEvent(25_000, true);

        OfficerSession supervisor = OfficerSession.login(port, "giamsat.tinh", "test-password");
        HttpResponse<String> page = supervisor.get("/giam-sat/thanh-toan");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Đối soát thanh toán và biên lai").contains(dossierCode).contains("25.000 đ")
                .contains("Lập biên lai").contains("/giam-sat/thanh-toan/" + lost + "/bien-lai");

        HttpResponse<String> posted = supervisor.submit(page, "/giam-sat/thanh-toan/" + lost + "/bien-lai");
        assertThat(posted.statusCode()).isEqualTo(302);
        EReceipt receipt = receipts.ofPayment(lost).orElseThrow();
        assertThat(receipt.amount()).isEqualTo(25_000);
        String after = supervisor.get("/giam-sat/thanh-toan").body();
        assertThat(after).contains("Đã lập biên lai " + receipt.label() + " cho hồ sơ " + dossierCode)
                .doesNotContain("/giam-sat/thanh-toan/" + lost + "/bien-lai");

        assertThat(supervisor.get("/giam-sat/cong-dvcqg").body()).contains("/giam-sat/thanh-toan");
        OfficerSession counter = OfficerSession.login(port, "tiepnhan.tandinh", "test-password");
        assertThat(counter.get("/giam-sat/thanh-toan").statusCode()).isEqualTo(403);
    }
}
