package vn.motcua.fees;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
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
import vn.motcua.fees.ereceipt.EReceipt;
import vn.motcua.fees.ereceipt.EReceipts;
import vn.motcua.printing.RenderedPdf;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.dossier.DossierRequests.claimOnlyTask;
import static vn.motcua.dossier.DossierRequests.completeTask;
import static vn.motcua.dossier.DossierRequests.jsonEntity;

/**
 * The fees of the hand-drawn processes, on the real application: a judicial record certificate (the catalog's
 * fixed 200,000 đồng) and an individual house construction permit (the province's fee table, 75,000 đồng) wait
 * in status 6 until the receiving counter collects the fee in cash or the citizen pays online through the
 * payment gateway SIMULATOR, with the e-receipt; then the competent unit handles them.
 */
@IntegrationTest
class HandDrawnFeesIT {

    private static final String CITIZEN = "079302009003";
    private static final String TAN_AN_CENTER = "000.02.01.H99";
    private static final String TAN_DINH_CENTER = "000.01.01.H99";
    private static final String TAN_DINH_COMMUNE = "000.01.00.H99";
    private static final String JUSTICE = "000.00.10.H99";

    @LocalServerPort
    int port;
    @Autowired
    TestRestTemplate http;
    @Autowired
    ObjectMapper json;
    @Autowired
    DossierService dossiers;
    @Autowired
    TaskService tasks;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    RecordedPayments published;
    @Autowired
    EReceipts receipts;

    @Test
    void a_judicial_record_paid_online_gets_its_e_receipt_and_goes_on_to_the_result() throws Exception {
        String dossierId = receive("tiepnhan.tanan", """
                {"procedureCode": "2.000488", "channel": "COUNTER", "receivingUnit": "%s",
                 "applicant": {"name": "Ngô Thị Nộp Phí", "idNumber": "%s", "phone": "0901234567"},
                 "completeness": "received",
                 "details": {"applicantType": "citizen", "requestType": "form-1", "purpose": "Xin việc làm",
                             "copiesRequested": 1}}""".formatted(TAN_AN_CENTER, CITIZEN));
        assertThat(dossiers.get(dossierId).status()).isEqualTo(DossierStatus.FEE_DUE);
        assertThat(openTask(dossierId, "Task_Appraise")).as("the department waits for the fee").isNull();

        EReceipt receipt = payOnline(dossierId, "200.000 đồng", "20000000", 200_000L, TAN_AN_CENTER);
        assertThat(receipt.amountInWords()).isEqualTo("Hai trăm nghìn đồng");

        assertThat(dossiers.get(dossierId).status()).isEqualTo(DossierStatus.PROCESSING);
        Task appraisal = openTask(dossierId, "Task_Appraise");
        assertThat(appraisal).isNotNull();
        tasks.complete(appraisal.getId(), Map.of("appraisalOutcome", "approve", "recordFinding", "no-record"));
        tasks.complete(openTask(dossierId, "Task_Approve").getId(), Map.of("leaderDecision", "approve"));
        assertThat(dossiers.get(dossierId).status()).isEqualTo(DossierStatus.RESULT_READY);
        assertThat(dossiers.get(dossierId).handlingUnit()).isEqualTo(JUSTICE);
    }

    @Test
    void a_house_construction_permit_waits_for_its_fee_until_the_counter_collects_it_then_the_commune_handles_it()
            throws Exception {
        String dossierId = receiveHousePermit();
        assertThat(dossiers.get(dossierId).status()).isEqualTo(DossierStatus.FEE_DUE);
        assertThat(openTask(dossierId, "Task_Appraise")).isNull();

        TestRestTemplate counter = http.withBasicAuth("tiepnhan.tandinh", "test-password");
        completeTask(counter, claimOnlyTask(counter, "tiepnhan.tandinh", dossierId, "Task_CollectAtCounter"), "{}");

        Map<String, Object> payment = jdbc.sql("select method, amount_vnd, recorded_by from payment where dossier_id = ?")
                .param(dossierId).query().singleRow();
        assertThat(payment).containsEntry("method", "CASH").containsEntry("amount_vnd", 75_000L)
                .containsEntry("recorded_by", "tiepnhan.tandinh");
        EReceipt receipt = receipts.ofDossier(dossierId).get(0);
        assertThat(receipt.amount()).isEqualTo(75_000L);
        assertThat(receipt.method()).isEqualTo(PaymentMethod.CASH);
        assertThat(dossiers.get(dossierId).status()).isEqualTo(DossierStatus.PROCESSING);

        // the ward's own officers, not the Department of Construction, appraise and sign the permit
        TestRestTemplate specialist = http.withBasicAuth("hotich.tandinh", "test-password");
        String appraisal = claimOnlyTask(specialist, "hotich.tandinh", dossierId, "Task_Appraise");
        completeTask(specialist, appraisal, """
                {"appraisalOutcome": {"value": "approve"}, "siteVisitDate": {"value": "2025-11-27"},
                 "appraisalNote": {"value": "Hiện trạng phù hợp bản vẽ"}}""");
        TestRestTemplate leader = http.withBasicAuth("lanhdao.tandinh", "test-password");
        completeTask(leader, claimOnlyTask(leader, "lanhdao.tandinh", dossierId, "Task_Approve"), """
                {"leaderDecision": {"value": "approve"}}""");
        assertThat(dossiers.get(dossierId).status()).isEqualTo(DossierStatus.RESULT_READY);
        assertThat(dossiers.get(dossierId).handlingUnit()).isEqualTo(TAN_DINH_COMMUNE);
    }

    @Test
    void a_house_construction_permit_paid_online_gets_its_e_receipt_and_the_commune_handles_it() throws Exception {
        String dossierId = receiveHousePermit();

        EReceipt receipt = payOnline(dossierId, "75.000 đồng", "7500000", 75_000L, TAN_DINH_CENTER);
        assertThat(receipt.amountInWords()).isEqualTo("Bảy mươi lăm nghìn đồng");

        assertThat(dossiers.get(dossierId).status()).isEqualTo(DossierStatus.PROCESSING);
        assertThat(tasks.createTaskQuery().processInstanceBusinessKey(dossierId).taskDefinitionKey("Task_Appraise")
                .taskCandidateGroup(TAN_DINH_COMMUNE + ":specialist").count()).isEqualTo(1);
    }

    /**
     * The citizen pays the dossier's fee on "Hồ sơ của tôi" through the simulator; the payment is recorded once,
     * as ONLINE, for the receiving center, and its numbered e-receipt prints the amount.
     */
    private EReceipt payOnline(String dossierId, String shownAmount, String gatewayAmount, long amount, String center)
            throws Exception {
        CitizenSession browser = CitizenSession.login(port, CITIZEN, "demo");
        HttpResponse<String> myDossiers = browser.get("/citizen");
        assertThat(myDossiers.body()).contains(shownAmount).contains("/citizen/dossiers/" + dossierId + "/thanh-toan");
        HttpResponse<String> toGateway = browser.postForm("/citizen/dossiers/" + dossierId + "/thanh-toan", myDossiers);
        assertThat(toGateway.statusCode()).isEqualTo(302);
        URI gatewayUrl = toGateway.uri().resolve(toGateway.headers().firstValue("Location").orElseThrow());
        assertThat(OnlinePaymentIT.query(gatewayUrl)).containsEntry("vnp_Amount", gatewayAmount);

        HttpResponse<String> simulatorPage = browser.follow(toGateway);
        assertThat(simulatorPage.body()).contains("MÔ PHỎNG").contains(shownAmount);
        HttpResponse<String> returned = browser.follow(OnlinePaymentIT.pay(browser, simulatorPage, "paid"));
        assertThat(returned.body()).contains("Thanh toán thành công");

        List<PaymentCompleted> events = published.of(dossierId);
        assertThat(events).hasSize(1);
        assertThat(events.get(0).amount()).isEqualTo(amount);
        assertThat(events.get(0).method()).isEqualTo(PaymentMethod.ONLINE);
        assertThat(events.get(0).unitCode()).isEqualTo(center);
        EReceipt receipt = receipts.ofPayment(events.get(0).paymentId()).orElseThrow();
        assertThat(receipt.amount()).isEqualTo(amount);
        assertThat(receipt.method()).isEqualTo(PaymentMethod.ONLINE);
        assertThat(new RenderedPdf(receipts.pdf(receipt)).words()).contains(receipt.printedNumber())
                .contains(receipt.amountInWords());
        return receipt;
    }

    private String receiveHousePermit() throws Exception {
        return receive("tiepnhan.tandinh", """
                {"procedureCode": "1.009994", "channel": "COUNTER", "receivingUnit": "%s",
                 "applicant": {"name": "Ngô Thị Nộp Phí", "idNumber": "%s", "phone": "0901234567"},
                 "completeness": "received",
                 "details": {"constructionAddress": "Số 5 đường Hai Bà Trưng, phường Tân Định",
                             "landParcel": "Thửa đất số 112, tờ bản đồ số 7", "landCertificateNumber": "DH 123456",
                             "floorCount": 4, "totalFloorArea": 320.5}}""".formatted(TAN_DINH_CENTER, CITIZEN));
    }

    private String receive(String officer, String body) throws Exception {
        ResponseEntity<String> answer = http.withBasicAuth(officer, "test-password")
                .postForEntity("/api/dossiers", jsonEntity(body), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(201);
        return json.readTree(answer.getBody()).get("id").asText();
    }

    private Task openTask(String dossierId, String taskKey) {
        return tasks.createTaskQuery().processInstanceBusinessKey(dossierId).taskDefinitionKey(taskKey).singleResult();
    }
}
