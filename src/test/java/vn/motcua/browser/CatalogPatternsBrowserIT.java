package vn.motcua.browser;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.history.HistoricVariableInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.ResponseEntity;

import vn.motcua.IntegrationTest;
import vn.motcua.catalog.importing.CatalogUploads;
import vn.motcua.catalog.Catalog;
import vn.motcua.sla.Deadlines;
import vn.motcua.sla.TimeLimit;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One dossier of each procedure pattern a catalog record can ask for, generated from records a designer imports in
 * the national record's layout, played in Chromium through the Camunda Tasklist as the officers play it: the counter
 * starts the procedure from "Bắt đầu quy trình" and fills the generated reception form (receiving center, applicant,
 * the declaration's fields, the fee line, the documents checklist); each step is then done in Tasklist by an officer
 * of the unit the pattern routes it to, until the counter returns the result and the dossier is at status 10.
 * Screenshots of each step go to target/browser-screenshots/catalog-patterns-*.png.
 */
@IntegrationTest
class CatalogPatternsBrowserIT {

    private static final String PASSWORD = "test-password";

    private static final String COMPLEX_CASE = "2.900301";
    private static final String COMPLEX_CASE_NAME = "Xác nhận hiện trạng sử dụng nhà ở (thử nghiệm Tasklist)";
    private static final String FEE_TABLE = "1.900302";
    private static final String FEE_TABLE_NAME = "Cấp giấy phép theo bảng phí (thử nghiệm Tasklist)";
    private static final String SEQUENCE = "1.900303";
    private static final String SEQUENCE_NAME = "Thẩm định có lấy ý kiến Sở Xây dựng (thử nghiệm Tasklist)";
    private static final String FEE_AT_RESULT = "1.900304";
    private static final String FEE_AT_RESULT_NAME = "Cấp chứng chỉ nộp lệ phí khi nhận (thử nghiệm Tasklist)";

    private static final String COUNTER_WORK = "Việc tại bộ phận một cửa";
    private static final String UNIT_HANDLING = "Hồ sơ đang xử lý của đơn vị";
    private static final String TO_APPROVE = "Hồ sơ chờ lãnh đạo duyệt";
    private static final String APPRAISE = "Thẩm định hồ sơ";
    private static final String SIGN = "Phê duyệt, ký kết quả";
    private static final String COLLECT_FEE = "Thu phí, lệ phí tại quầy";
    private static final String RETURN = "Trả kết quả cho công dân";
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("HH:mm dd/MM/yyyy")
            .withZone(WorkingTimeCalculator.ZONE);

    /** A dossier as the test finds it once the counter has started it. */
    private record Dossier(String id, String code, String applicantName) {
    }

    @LocalServerPort
    int port;

    @Autowired
    TestRestTemplate http;

    @Autowired
    ObjectMapper json;

    @Autowired
    HistoryService history;

    @Autowired
    Catalog catalog;

    @Autowired
    Deadlines deadlines;

    /** One browser per officer for the whole class: the journeys share the Tân An counter and the departments. */
    private static final Map<String, Tasklist> OFFICERS = new LinkedHashMap<>();
    /** Officers whose Tasklist was opened and has shown nothing since: their start page is already fresh. */
    private static final Set<Tasklist> FRESH = new HashSet<>();

    @BeforeEach
    void importThePatternsAsDesigner() throws Exception {
        if (catalog.inForce(FEE_AT_RESULT, LocalDate.now(WorkingTimeCalculator.ZONE)).isPresent()) {
            return;
        }
        String csv = """
                Mã thủ tục;Tên thủ tục;Cấp thực hiện;Lĩnh vực;Cơ quan thực hiện;Cơ quan phối hợp;Thời hạn giải quyết;\
                Thời hạn trường hợp phức tạp;Phí, lệ phí;Thành phần hồ sơ;Trường thông tin tờ khai;Quyết định công bố;\
                Mức độ DVC
                %s;%s;Cấp xã;Thử nghiệm Tasklist;Ủy ban nhân dân cấp xã;;5 ngày làm việc;15 ngày làm việc;Miễn phí;\
                "Đơn đề nghị xác nhận | 1 | bản chính
                Giấy tờ chứng minh quyền sử dụng nhà ở | 1 | bản sao";"Diện tích sử dụng (m²) | số
                Ngày bắt đầu sử dụng | ngày";903/QĐ-UBND;Một phần
                %s;%s;Cấp tỉnh;Thử nghiệm Tasklist;Sở Xây dựng;;10 ngày làm việc;;"Cá nhân: 100.000 đồng/giấy phép
                Tổ chức: 200.000 đồng/giấy phép";Đơn đề nghị cấp giấy phép | 1 | bản chính;;903/QĐ-UBND;Toàn trình
                %s;%s;Cấp tỉnh;Thử nghiệm Tasklist;Sở Tư pháp;Sở Xây dựng;10 ngày làm việc;;Miễn phí;\
                Đơn đề nghị thẩm định | 1 | bản chính;;903/QĐ-UBND;Một phần
                %s;%s;Cấp tỉnh;Thử nghiệm Tasklist;Sở Tư pháp;;10 ngày làm việc;;\
                Nộp khi nhận kết quả. Lệ phí: 150.000 đồng/chứng chỉ;Đơn đề nghị cấp chứng chỉ | 1 | bản chính;;\
                903/QĐ-UBND;Một phần
                """.formatted(COMPLEX_CASE, COMPLEX_CASE_NAME, FEE_TABLE, FEE_TABLE_NAME, SEQUENCE, SEQUENCE_NAME,
                FEE_AT_RESULT, FEE_AT_RESULT_NAME);
        JsonNode report = CatalogUploads.imported(as("thietke"), "mau-tasklist.csv", csv);
        assertThat(report.get("problems")).as(report.toString()).isEmpty();
        assertThat(report.get("written").asBoolean()).as(report.toString()).isTrue();
    }

    @AfterEach
    void keepWhatEachOfficerSaw() {
        OFFICERS.values().forEach(tasklist -> tasklist.screenshot("catalog-patterns-last-" + tasklist.officer()));
    }

    @AfterAll
    static void closeBrowsers() {
        OFFICERS.values().forEach(Tasklist::close);
        OFFICERS.clear();
    }

    @Test
    void a_commune_dossier_needing_verification_gets_the_complex_case_appointment_and_is_returned_at_the_ward() throws Exception {
        Tasklist counter = officer("tiepnhan.tandinh");
        Dossier dossier = receive(counter, COMPLEX_CASE_NAME, "phường Tân Định", "complex", form -> {
            form.type("toKhaiDienTichSuDungM2", "86");
            form.date("toKhaiNgayBatDauSuDung", "03/15/2019");
            form.tick("docGiayTo1");
            form.tick("docGiayTo2");
        });
        assertThat(((Number) history(dossier, "toKhaiDienTichSuDungM2")).intValue()).as("the declared area").isEqualTo(86);
        assertThat(history(dossier, "toKhaiNgayBatDauSuDung")).as("the declared date").isEqualTo("2019-03-15");
        JsonNode received = dossier("tiepnhan.tandinh", dossier);
        Instant receivedAt = Instant.parse(received.get("receivedAt").asText());
        assertThat(Instant.parse(received.get("appointmentAt").asText())).as("the normal limit")
                .isEqualTo(deadlines.deadline(receivedAt, TimeLimit.workingDays(5)));

        // the ward's specialist finds that the case needs verification on site
        Tasklist specialist = officer("hotich.tandinh");
        work(specialist, UNIT_HANDLING, dossier, APPRAISE, "complex-02-specialist-asks-verification", form -> {
            form.assertNoEnglish("generated appraisal form");
            form.choose("appraisalOutcome", "Cần xác minh, kiểm tra thực địa");
            form.type("complexCaseReason", "Xác minh hiện trạng sử dụng nhà ở tại thực địa.");
        });

        // the appointment moves to the complex-case limit, on the API and on the dossier's page at the counter
        Instant later = deadlines.deadline(receivedAt, TimeLimit.workingDays(15));
        assertThat(Instant.parse(dossier("tiepnhan.tandinh", dossier).get("appointmentAt").asText())).isEqualTo(later);
        FRESH.remove(counter);
        counter.visit("/ho-so/" + dossier.id());
        counter.waitForText("Thời gian hẹn trả kết quả");
        assertThat(counter.text()).contains("Thời gian hẹn trả kết quả: " + SHOWN.format(later));
        counter.screenshot("catalog-patterns-complex-03-later-appointment");

        work(specialist, UNIT_HANDLING, dossier, "Xác minh, kiểm tra thực địa", "complex-04-specialist-verifies",
                form -> form.type("stepNote", "Đã xác minh tại thực địa, đúng hiện trạng."));
        work(specialist, UNIT_HANDLING, dossier, APPRAISE, "complex-05-specialist-approves", form -> {
            assertThat(form.text()).as("the verification's note").contains("Đã xác minh tại thực địa, đúng hiện trạng.");
            form.choose("appraisalOutcome", "Đề xuất giải quyết");
        });
        sign(officer("lanhdao.tandinh"), dossier, "complex");
        returnResult(counter, dossier, "complex");
    }

    @Test
    void a_department_dossier_received_at_a_commune_pays_the_fee_line_chosen_at_reception_before_handling() throws Exception {
        Tasklist counter = officer("tiepnhan.tanan");
        Dossier dossier = receive(counter, FEE_TABLE_NAME, "xã Tân An", "fee-table", form -> {
            form.select("feeLine", "Tổ chức");
            form.tick("docGiayTo1");
        });
        assertThat(dossier("tiepnhan.tanan", dossier).get("status").asInt()).as("waiting for the fee").isEqualTo(6);

        work(counter, COUNTER_WORK, dossier, COLLECT_FEE, "fee-table-02-counter-collects", form ->
                assertThat(form.text()).as("the amount of the chosen line").contains("Số tiền phải nộp: 200.000 đồng"));
        JsonNode receipts = json.readTree(as("tiepnhan.tanan").getForEntity("/api/receipts?dossierId=" + dossier.id(),
                String.class).getBody());
        assertThat(receipts.findValues("amount").stream().map(JsonNode::asLong)).containsExactly(200_000L);

        work(officer("chuyenvien.xaydung"), UNIT_HANDLING, dossier, APPRAISE, "fee-table-03-department-appraises", form -> {
            form.choose("appraisalOutcome", "Đề xuất giải quyết");
            form.type("stepNote", "Đủ điều kiện cấp giấy phép.");
        });
        sign(officer("lanhdao.xaydung"), dossier, "fee-table");
        returnResult(counter, dossier, "fee-table");
    }

    @Test
    void the_consulted_department_gives_its_opinion_between_the_appraisal_and_the_signature() throws Exception {
        Tasklist counter = officer("tiepnhan.tanan");
        Dossier dossier = receive(counter, SEQUENCE_NAME, "xã Tân An", "sequence", form -> form.tick("docGiayTo1"));

        work(officer("chuyenvien.tuphap"), UNIT_HANDLING, dossier, APPRAISE, "sequence-02-justice-appraises", form -> {
            form.choose("appraisalOutcome", "Đề xuất giải quyết");
            form.type("stepNote", "Đề nghị Sở Xây dựng cho ý kiến về quy hoạch.");
        });
        work(officer("chuyenvien.xaydung"), UNIT_HANDLING, dossier, "Cho ý kiến phối hợp: Sở Xây dựng",
                "sequence-03-construction-consulted", form -> {
                    assertThat(form.text()).as("what the justice department asks")
                            .contains("Đề nghị Sở Xây dựng cho ý kiến về quy hoạch.");
                    form.type("stepNote", "Sở Xây dựng thống nhất, phù hợp quy hoạch.");
                });
        work(officer("lanhdao.tuphap"), TO_APPROVE, dossier, SIGN, "sequence-leader-signs", form -> {
            assertThat(form.text()).as("the consulted department's opinion")
                    .contains("Sở Xây dựng thống nhất, phù hợp quy hoạch.");
            form.choose("leaderDecision", "Đồng ý, ký ban hành");
        });
        returnResult(counter, dossier, "sequence");
    }

    @Test
    void a_fee_due_with_the_result_is_collected_after_the_signature_and_before_the_return() throws Exception {
        Tasklist counter = officer("tiepnhan.tanan");
        Dossier dossier = receive(counter, FEE_AT_RESULT_NAME, "xã Tân An", "fee-at-result", form -> form.tick("docGiayTo1"));
        assertThat(dossier("tiepnhan.tanan", dossier).get("status").asInt()).as("handled before any fee").isEqualTo(4);

        work(officer("chuyenvien.tuphap"), UNIT_HANDLING, dossier, APPRAISE, "fee-at-result-02-justice-appraises",
                form -> form.choose("appraisalOutcome", "Đề xuất giải quyết"));
        sign(officer("lanhdao.tuphap"), dossier, "fee-at-result");
        assertThat(dossier("tiepnhan.tanan", dossier).get("status").asInt()).as("the fee falls due").isEqualTo(6);

        work(counter, COUNTER_WORK, dossier, COLLECT_FEE, "fee-at-result-04-counter-collects", form ->
                assertThat(form.text()).contains("Số tiền phải nộp: 150.000 đồng"));
        returnResult(counter, dossier, "fee-at-result");
    }

    /**
     * The counter starts the procedure from Tasklist's start dialog and fills the generated reception form: the
     * receiving center, the applicant, what the procedure adds ({@code fill}), and "Hồ sơ đầy đủ".
     */
    private Dossier receive(Tasklist counter, String procedureName, String center, String journey,
                            Consumer<Tasklist> fill) {
        String applicantName = "Phạm Minh Khôi " + ThreadLocalRandom.current().nextInt(100, 999);
        String applicantId = "0792" + ThreadLocalRandom.current().nextLong(10_000_000L, 99_999_999L);
        if (!FRESH.remove(counter)) {
            counter.home();
        }
        counter.startProcess(procedureName);
        counter.assertNoEnglish("generated start form");
        counter.select("receivingUnit", center);
        counter.type("applicantName", applicantName);
        counter.type("applicantId", applicantId);
        counter.type("applicantPhone", "0912345678");
        counter.type("applicantAddress", "25 Lê Lợi");
        fill.accept(counter);
        counter.choose("completeness", "Hồ sơ đầy đủ");
        counter.screenshot("catalog-patterns-" + journey + "-01-start-form");
        counter.submitStart();
        String processInstanceId = history.createHistoricVariableInstanceQuery().variableName("applicantId")
                .variableValueEquals("applicantId", applicantId).list().stream()
                .map(HistoricVariableInstance::getProcessInstanceId).findFirst()
                .orElseThrow(() -> new AssertionError("no process for applicant " + applicantId));
        return new Dossier(String.valueOf(variable(processInstanceId, "dossierId")),
                (String) variable(processInstanceId, "dossierCode"), applicantName);
    }

    /** The officer opens the dossier's task from their filter, claims it, fills its form and completes it. */
    private static void work(Tasklist officer, String filter, Dossier dossier, String taskName, String screenshot,
                             Consumer<Tasklist> fill) {
        if (!FRESH.remove(officer)) {
            officer.home(); // Tasklist does not refresh its list by itself
        }
        officer.openFilter(filter);
        officer.openTask(dossier.code(), taskName);
        officer.claim();
        fill.accept(officer);
        officer.screenshot("catalog-patterns-" + screenshot);
        officer.complete();
    }

    private static void sign(Tasklist leader, Dossier dossier, String journey) {
        work(leader, TO_APPROVE, dossier, SIGN, journey + "-leader-signs", form -> {
            form.assertNoEnglish("generated signing form");
            form.choose("leaderDecision", "Đồng ý, ký ban hành");
        });
    }

    /** The counter hands the result over in person; the dossier is then at status 10. */
    private void returnResult(Tasklist counter, Dossier dossier, String journey) throws Exception {
        work(counter, COUNTER_WORK, dossier, RETURN, journey + "-counter-returns", form -> {
            form.select("returnMethod", "Trả trực tiếp");
            form.type("resultReceivedBy", dossier.applicantName());
        });
        assertThat(dossier(counter.officer(), dossier).get("status").asInt()).as("result returned").isEqualTo(10);
    }

    private Tasklist officer(String username) {
        return OFFICERS.computeIfAbsent(username, name -> {
            Tasklist tasklist = Tasklist.open(port, name, PASSWORD);
            FRESH.add(tasklist);
            return tasklist;
        });
    }

    private Object history(Dossier dossier, String name) {
        String processInstanceId = history.createHistoricVariableInstanceQuery().variableName("dossierCode")
                .variableValueEquals("dossierCode", dossier.code()).singleResult().getProcessInstanceId();
        return variable(processInstanceId, name);
    }

    private Object variable(String processInstanceId, String name) {
        HistoricVariableInstance variable = history.createHistoricVariableInstanceQuery()
                .processInstanceId(processInstanceId).variableName(name).singleResult();
        assertThat(variable).as("variable %s of %s", name, processInstanceId).isNotNull();
        return variable.getValue();
    }

    private JsonNode dossier(String officer, Dossier dossier) throws Exception {
        ResponseEntity<String> answer = as(officer).getForEntity("/api/dossiers/" + dossier.id(), String.class);
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return json.readTree(answer.getBody());
    }

    private TestRestTemplate as(String officer) {
        return http.withBasicAuth(officer, PASSWORD);
    }
}
