package vn.motcua.fees;

import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.CitizenSession;
import vn.motcua.IntegrationTest;
import vn.motcua.dossier.DossierService;
import vn.motcua.dossier.DossierStatus;
import vn.motcua.fees.ereceipt.EReceipts;
import vn.motcua.fees.ereceipt.EReceipt;
import vn.motcua.fees.gateway.VnpayProperties;
import vn.motcua.fees.gateway.VnpaySignature;
import vn.motcua.printing.RenderedPdf;
import vn.motcua.sla.ClockState;
import vn.motcua.sla.SlaClock;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.claimOnlyTask;
import static vn.motcua.dossier.DossierRequests.completeTask;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * Fees of a certified copy paid online through the payment gateway SIMULATOR (VNPAY 2.1.0 protocol) and
 * at the counter, on the real application: the citizen's browser, the simulator's page, its signed IPN
 * callback, the dossier's status 6 and its legal clock, which keeps running while the fee is due (no cited
 * text excludes that time from the time limit).
 */
@IntegrationTest
class OnlinePaymentIT {

    private static final String CITIZEN = "079302009003";
    private static final String TAN_DINH_CENTER = "000.01.01.H99";
    private static final String IPN = "/api/public/payments/vnpay/ipn";
    private static final Pattern HIDDEN = Pattern.compile("<input type=\"hidden\" name=\"([^\"]+)\" value=\"([^\"]*)\"");

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    DossierService dossiers;
    @Autowired
    SlaClock clock;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService tasks;
    @Autowired
    ManagementService management;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RecordedPayments published;
    @Autowired
    VnpayProperties merchant;
    @Autowired
    EReceipts receipts;

    @Test
    void a_certified_copy_of_five_pages_costs_7000_dong_paid_online_and_the_clock_keeps_running_while_it_waits()
            throws Exception {
        String dossierId = receiveCertifiedCopy(5);
        String processInstanceId = dossiers.get(dossierId).processInstanceId();
        int lastNumber = lastReceiptNumber(TAN_DINH_CENTER);

        assertThat(dossiers.get(dossierId).status()).isEqualTo(DossierStatus.FEE_DUE);
        ClockState waiting = clock.state(processInstanceId).orElseThrow();
        assertThat(waiting.state()).isEqualTo(ClockState.State.RUNNING);
        assertThat(waiting.pauses()).isEmpty();

        CitizenSession browser = CitizenSession.login(port, CITIZEN, "demo");
        HttpResponse<String> myDossiers = browser.get("/citizen");
        assertThat(myDossiers.body()).contains("7.000 đồng").contains("Thanh toán trực tuyến")
                .contains("/citizen/dossiers/" + dossierId + "/thanh-toan");

        HttpResponse<String> toGateway = browser.postForm("/citizen/dossiers/" + dossierId + "/thanh-toan", myDossiers);
        assertThat(toGateway.statusCode()).isEqualTo(302);
        URI gatewayUrl = toGateway.uri().resolve(toGateway.headers().firstValue("Location").orElseThrow());
        assertThat(gatewayUrl.getPath()).isEqualTo("/payment-simulator/pay");
        Map<String, String> order = query(gatewayUrl);
        assertThat(order).containsEntry("vnp_Amount", "700000").containsEntry("vnp_Version", "2.1.0")
                .containsEntry("vnp_Command", "pay").containsEntry("vnp_CurrCode", "VND")
                .containsKeys("vnp_TxnRef", "vnp_ExpireDate", "vnp_CreateDate", "vnp_SecureHash");
        assertThat(order.get("vnp_ReturnUrl")).endsWith("/thanh-toan/ket-qua");

        HttpResponse<String> simulatorPage = browser.follow(toGateway);
        assertThat(simulatorPage.body()).contains("MÔ PHỎNG").contains("7.000 đồng");
        HttpResponse<String> returned = browser.follow(pay(browser, simulatorPage, "paid"));

        assertThat(returned.uri().getPath()).isEqualTo("/thanh-toan/ket-qua");
        assertThat(returned.body()).contains("Thanh toán thành công");
        assertThat(dossiers.get(dossierId).status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(dossierId).taskDefinitionKey("Task_Certify")
                .count()).isEqualTo(1);
        ClockState after = clock.state(processInstanceId).orElseThrow();
        assertThat(after.state()).isEqualTo(ClockState.State.RUNNING);
        // the time waited for the fee counts: the deadline is still the appointment of the reception
        assertThat(after.pauses()).isEmpty();
        assertThat(after.deadline()).isEqualTo(waiting.deadline()).isEqualTo(after.appointment());

        List<PaymentCompleted> events = published.of(dossierId);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).amount()).isEqualTo(7000L);
        assertThat(events.get(0).method()).isEqualTo(PaymentMethod.ONLINE);
        assertThat(events.get(0).unitCode()).isEqualTo(TAN_DINH_CENTER);
        assertThat(events.get(0).payerName()).isEqualTo("Ngô Thị Nộp Phí");
        assertThat(jdbc.sql("select paid_online from monitoring_dossier where dossier_id = ?").param(dossierId)
                .query(Boolean.class).single()).isTrue();

        assertThat(jdbc.sql("select paid_online from portal_outbox where dossier_id = ? order by seq desc limit 1")
                .param(dossierId).query(Boolean.class).single()).as("the portal learns it was paid online").isTrue();

        EReceipt receipt = receipts.ofPayment(events.get(0).paymentId()).orElseThrow();
        assertThat(receipt.number()).as("the next number of the centre's series, no gap").isEqualTo(lastNumber + 1);
        assertThat(receipt.amount()).isEqualTo(7000L);
        assertThat(receipt.amountInWords()).isEqualTo("Bảy nghìn đồng");
        assertThat(receipt.method()).isEqualTo(PaymentMethod.ONLINE);
        assertThat(new RenderedPdf(receipts.pdf(receipt)).words()).contains(receipt.printedNumber()).contains("7.000")
                .contains("Bảy nghìn đồng");
    }

    /** The highest receipt number of the unit's series this year, 0 before its first receipt. */
    private int lastReceiptNumber(String unitCode) {
        return jdbc.sql("select coalesce(max(receipt_number), 0) from e_receipt where unit_code = ? and receipt_year = ?")
                .params(unitCode, LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).getYear())
                .query(Integer.class).single();
    }

    @Test
    void a_callback_delivered_three_times_pays_once_and_forged_ones_are_rejected_and_logged() throws Exception {
        String dossierId = receiveCertifiedCopy(5);
        Map<String, String> order = query(startOnline(CitizenSession.login(port, CITIZEN, "demo"), dossierId));
        Map<String, String> paid = callback(order, "00", order.get("vnp_Amount"));

        assertThat(ipn(sign(paid))).isEqualTo("00");
        assertThat(ipn(sign(paid))).isEqualTo("02");
        assertThat(ipn(sign(paid))).isEqualTo("02");
        String forged = sign(paid).replaceAll("vnp_SecureHash=[0-9a-f]{4}", "vnp_SecureHash=0000");
        assertThat(ipn(forged)).isEqualTo("97");
        assertThat(ipn(sign(callback(order, "00", "100000")))).isEqualTo("04");
        Map<String, String> unknown = new LinkedHashMap<>(paid);
        unknown.put("vnp_TxnRef", "KHONGCODONHANG");
        assertThat(ipn(sign(unknown))).isEqualTo("01");

        assertThat(jdbc.sql("select count(*) from payment where dossier_id = ?").param(dossierId).query(Long.class)
                .single()).isEqualTo(1L);
        assertThat(jdbc.sql("select state from payment_order where order_ref = ?").param(order.get("vnp_TxnRef"))
                .query(String.class).single()).isEqualTo("PAID");
        assertThat(published.of(dossierId)).hasSize(1);
        assertThat(receipts.ofDossier(dossierId)).as("one receipt").hasSize(1);
        assertThat(jdbc.sql("select verdict || ':' || rsp_code from payment_callback_log where order_ref = ? order by id")
                .param(order.get("vnp_TxnRef")).query(String.class).list())
                .containsExactly("PAID:00", "ALREADY_CONFIRMED:02", "ALREADY_CONFIRMED:02", "INVALID_SIGNATURE:97",
                        "INVALID_AMOUNT:04");
        assertThat(jdbc.sql("select count(*) from payment_callback_log where order_ref = 'KHONGCODONHANG' and rsp_code = '01'")
                .query(Long.class).single()).isGreaterThanOrEqualTo(1L);
        assertThat(dossiers.get(dossierId).status()).isEqualTo(DossierStatus.PROCESSING);
    }

    @Test
    void the_same_callback_delivered_five_times_at_once_pays_once_with_one_receipt() throws Exception {
        String dossierId = receiveCertifiedCopy(3);
        Map<String, String> order = query(startOnline(CitizenSession.login(port, CITIZEN, "demo"), dossierId));
        Map<String, String> paid = callback(order, "00", order.get("vnp_Amount"));
        paid.put("vnp_TransactionNo", Long.toString(System.nanoTime() % 100_000_000L)); // this test's own gateway number
        String signed = sign(paid);

        int deliveries = 5;
        ExecutorService pool = Executors.newFixedThreadPool(deliveries);
        CountDownLatch go = new CountDownLatch(1);
        List<String> codes = new ArrayList<>();
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < deliveries; i++) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return ipn(signed);
                }));
            }
            go.countDown();
            for (var answer : answers) {
                codes.add(answer.get(1, TimeUnit.MINUTES));
            }
        } finally {
            pool.shutdownNow();
        }

        assertThat(codes).as("one recorded, the others already confirmed").containsOnlyOnce("00")
                .filteredOn(code -> !code.equals("00")).containsOnly("02");
        assertThat(jdbc.sql("select count(*) from payment where dossier_id = ?").param(dossierId).query(Long.class)
                .single()).isEqualTo(1L);
        assertThat(published.of(dossierId)).as("one PaymentCompleted").hasSize(1);
        assertThat(receipts.ofDossier(dossierId)).as("one receipt").hasSize(1);
        assertThat(dossiers.get(dossierId).status()).isEqualTo(DossierStatus.PROCESSING);
    }

    @Test
    void the_counter_officer_collects_the_fee_in_cash() throws Exception {
        String dossierId = receiveCertifiedCopy(3);
        TestRestTemplate officer = http.withBasicAuth("tiepnhan.tandinh", "test-password");

        String taskId = claimOnlyTask(officer, "tiepnhan.tandinh", dossierId, "Task_CollectAtCounter");
        completeTask(officer, taskId, "{}");

        Map<String, Object> payment = jdbc.sql("select method, amount_vnd, recorded_by, order_ref from payment where dossier_id = ?")
                .param(dossierId).query().singleRow();
        assertThat(payment).containsEntry("method", "CASH").containsEntry("amount_vnd", 5000L)
                .containsEntry("recorded_by", "tiepnhan.tandinh");
        assertThat(payment.get("order_ref")).isNull();
        assertThat(published.of(dossierId)).singleElement()
                .satisfies(event -> assertThat(event.method()).isEqualTo(PaymentMethod.CASH));
        assertThat(dossiers.get(dossierId).status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(jdbc.sql("select paid_online from monitoring_dossier where dossier_id = ?").param(dossierId)
                .query(Boolean.class).single()).isFalse();

        CitizenSession browser = CitizenSession.login(port, CITIZEN, "demo");
        HttpResponse<String> nothingDue = postApi(browser, "/api/citizen/dossiers/" + dossierId + "/payment");
        assertThat(nothingDue.statusCode()).isEqualTo(409);
        assertThat(json.readTree(nothingDue.body()).get("detail").asText())
                .isEqualTo("Hồ sơ không có khoản phí, lệ phí đang chờ nộp.");
        assertThat(jdbc.sql("select count(*) from payment_order where dossier_id = ?").param(dossierId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void an_unpaid_order_expires_the_dossier_waits_at_the_counter_again_and_a_late_success_pays_nothing()
            throws Exception {
        String dossierId = receiveCertifiedCopy(5);
        CitizenSession browser = CitizenSession.login(port, CITIZEN, "demo");
        Map<String, String> order = query(startOnline(browser, dossierId));
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(dossierId)
                .taskDefinitionKey("Task_CollectAtCounter").count()).as("counter task while paying online").isZero();

        Job expiry = management.createJobQuery().processInstanceId(feeProcess(dossierId)).timers().singleResult();
        assertThat(Duration.between(Instant.now(), expiry.getDuedate().toInstant()))
                .isBetween(Duration.ofMinutes(14), Duration.ofMinutes(15));
        management.executeJob(expiry.getId());

        assertThat(jdbc.sql("select state from payment_order where order_ref = ?").param(order.get("vnp_TxnRef"))
                .query(String.class).single()).isEqualTo("EXPIRED");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(dossierId)
                .taskDefinitionKey("Task_CollectAtCounter").count()).isEqualTo(1);
        assertThat(dossiers.get(dossierId).status()).isEqualTo(DossierStatus.FEE_DUE);

        assertThat(ipn(sign(callback(order, "00", order.get("vnp_Amount"))))).isEqualTo("02");
        assertThat(jdbc.sql("select paid_after_expiry from payment_order where order_ref = ?")
                .param(order.get("vnp_TxnRef")).query(Boolean.class).single()).isTrue();
        assertThat(jdbc.sql("select count(*) from payment where dossier_id = ?").param(dossierId).query(Long.class)
                .single()).isZero();
        assertThat(published.of(dossierId)).isEmpty();
        assertThat(dossiers.get(dossierId).status()).isEqualTo(DossierStatus.FEE_DUE);

        // a new order can be started, and a cancelled one sends the dossier back to the counter at once
        HttpResponse<String> simulatorPage = browser.follow(browser.postForm(
                "/citizen/dossiers/" + dossierId + "/thanh-toan", browser.get("/citizen")));
        HttpResponse<String> returned = browser.follow(pay(browser, simulatorPage, "cancelled"));
        assertThat(returned.body()).contains("chưa được thanh toán");
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(dossierId)
                .taskDefinitionKey("Task_CollectAtCounter").count()).isEqualTo(1);
    }

    @Test
    void malformed_callbacks_are_answered_with_a_protocol_code_and_logged_never_with_a_server_error() throws Exception {
        String dossierId = receiveCertifiedCopy(2);
        Map<String, String> order = query(startOnline(CitizenSession.login(port, CITIZEN, "demo"), dossierId));

        ResponseEntity<String> empty = http.getForEntity(IPN, String.class);
        assertThat(empty.getStatusCode().value()).isEqualTo(200);
        assertThat(json.readTree(empty.getBody()).get("RspCode").asText()).isEqualTo("97");

        assertThat(ipn(sign(callback(order, "00", "12abc")))).isEqualTo("99");
        Map<String, String> badDate = callback(order, "00", order.get("vnp_Amount"));
        badDate.put("vnp_PayDate", "hôm qua");
        assertThat(ipn(sign(badDate))).isEqualTo("99");
        Map<String, String> noReference = callback(order, "00", order.get("vnp_Amount"));
        noReference.remove("vnp_TxnRef");
        assertThat(ipn(sign(noReference))).isEqualTo("99");

        assertThat(jdbc.sql("select count(*) from payment_callback_log where order_ref = ? and rsp_code = '99'")
                .param(order.get("vnp_TxnRef")).query(Long.class).single()).isEqualTo(2L);
        assertThat(jdbc.sql("select state from payment_order where order_ref = ?").param(order.get("vnp_TxnRef"))
                .query(String.class).single()).isEqualTo("PENDING");

        // another citizen's dossier cannot be paid by this one, and the simulator refuses a forged order
        CitizenSession stranger = CitizenSession.login(port, "079202009002", "demo");
        assertThat(stranger.postForm("/citizen/dossiers/" + dossierId + "/thanh-toan", stranger.get("/citizen"))
                .statusCode()).isEqualTo(404);
        HttpResponse<String> strangerApi = postApi(stranger, "/api/citizen/dossiers/" + dossierId + "/payment");
        assertThat(strangerApi.statusCode()).isEqualTo(404);
        assertThat(strangerApi.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(stranger.get("/payment-simulator/pay?vnp_TxnRef=X&vnp_Amount=100&vnp_SecureHash=00").statusCode())
                .isEqualTo(400);
    }

    private String receiveCertifiedCopy(int pages) throws Exception {
        String body = """
                {"procedureCode": "2.000815", "channel": "COUNTER", "receivingUnit": "%s",
                 "applicant": {"name": "Ngô Thị Nộp Phí", "idNumber": "%s", "phone": "0901234567"},
                 "completeness": "received",
                 "details": {"documentName": "Bằng tốt nghiệp", "documentIssuer": "Trường Đại học Luật",
                             "pageCount": %d, "copies": 1}}""".formatted(TAN_DINH_CENTER, CITIZEN, pages);
        ResponseEntity<String> answer = http.withBasicAuth("tiepnhan.tandinh", "test-password")
                .postForEntity("/api/dossiers", jsonEntity(body), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
        return json.readTree(answer.getBody()).get("id").asText();
    }

    private URI startOnline(CitizenSession browser, String dossierId) {
        HttpResponse<String> answer = browser.postForm("/citizen/dossiers/" + dossierId + "/thanh-toan",
                browser.get("/citizen"));
        assertThat(answer.statusCode()).isEqualTo(302);
        return answer.uri().resolve(answer.headers().firstValue("Location").orElseThrow());
    }

    /** A POST to the citizen API with the CSRF token of the citizen's page, as the page's script would send it. */
    private static HttpResponse<String> postApi(CitizenSession browser, String path) {
        Matcher token = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"").matcher(browser.get("/citizen").body());
        assertThat(token.find()).isTrue();
        return browser.send(HttpRequest.newBuilder(browser.uri(path)).header("X-CSRF-TOKEN", token.group(1))
                .header("Accept", "application/json").POST(HttpRequest.BodyPublishers.noBody()));
    }

    private String feeProcess(String dossierId) {
        return runtime.createProcessInstanceQuery().processInstanceBusinessKey(dossierId)
                .processDefinitionKey(FeePayments.FEE_PROCESS).singleResult().getId();
    }

    /** Clicks a button of the simulator's page: the form's hidden fields, its CSRF token and the outcome. */
    static HttpResponse<String> pay(CitizenSession browser, HttpResponse<String> simulatorPage, String outcome) {
        StringBuilder form = new StringBuilder("outcome=" + outcome);
        Matcher field = HIDDEN.matcher(simulatorPage.body());
        while (field.find()) {
            form.append('&').append(field.group(1)).append('=').append(encode(unescape(field.group(2))));
        }
        assertThat(form).contains("_csrf=").contains("vnp_SecureHash=");
        return browser.send(HttpRequest.newBuilder(browser.uri("/payment-simulator/pay"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString())));
    }

    /** The IPN the gateway would send for the order, before signing. */
    private static Map<String, String> callback(Map<String, String> order, String responseCode, String amount) {
        Map<String, String> callback = new LinkedHashMap<>();
        callback.put("vnp_Amount", amount);
        callback.put("vnp_BankCode", "NCB");
        callback.put("vnp_OrderInfo", order.get("vnp_OrderInfo"));
        callback.put("vnp_PayDate", "20251125093000");
        callback.put("vnp_ResponseCode", responseCode);
        callback.put("vnp_TmnCode", order.get("vnp_TmnCode"));
        callback.put("vnp_TransactionNo", "14226112");
        callback.put("vnp_TransactionStatus", responseCode);
        callback.put("vnp_TxnRef", order.get("vnp_TxnRef"));
        return callback;
    }

    private String sign(Map<String, String> callback) {
        return new VnpaySignature(merchant.hashSecret()).signedQuery(callback);
    }

    private String ipn(String query) throws Exception {
        ResponseEntity<String> answer = http.getForEntity(URI.create("http://localhost:" + port + IPN + "?" + query),
                String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        JsonNode body = json.readTree(answer.getBody());
        assertThat(body.has("Message")).isTrue();
        return body.get("RspCode").asText();
    }

    static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            values.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return values;
    }

    private static String unescape(String html) {
        return html.replace("&amp;", "&").replace("&quot;", "\"").replace("&#39;", "'").replace("&lt;", "<")
                .replace("&gt;", ">");
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
