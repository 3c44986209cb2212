package vn.motcua.process.generated;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.IntegrationTest;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.importing.CatalogImports;
import vn.motcua.design.generation.CatalogProcesses;
import vn.motcua.design.generation.CatalogProcesses.Status;
import vn.motcua.process.EngineProcessTest;
import vn.motcua.process.ProcessDriver;
import vn.motcua.sla.Deadlines;
import vn.motcua.sla.TimeLimit;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each pattern and trait a catalog record can ask for, imported in the national record's layout and deployed by the
 * application itself ({@link CatalogProcesses}), runs a dossier from reception to the returned result: agencies
 * consulted in sequence, the complex-case limit (verification moves the appointment, the dossier is not late and no
 * apology falls due), a fee table whose line is chosen at reception, and a fee paid before the result (never by a
 * refused applicant).
 */
@IntegrationTest
class CatalogPatternsIT extends EngineProcessTest {

    private static final String SEQUENCE = "1.900101";
    private static final String COMPLEX_CASE = "2.900102";
    private static final String FEE_TABLE = "1.900103";
    private static final String FEE_AT_RESULT = "1.900104";
    private static final String VERSIONED = "1.900105";
    private static final String AGRICULTURE_DEPARTMENT = "000.00.11.H99";

    @Autowired
    private CatalogImports imports;

    @Autowired
    private CatalogProcesses processes;

    @Autowired
    private Catalog catalog;

    @Autowired
    private Deadlines deadlines;

    @Autowired
    private JdbcClient jdbc;

    private final LocalDate today = LocalDate.now(WorkingTimeCalculator.ZONE);

    @BeforeEach
    void importThePatterns() {
        if (catalog.inForce(FEE_AT_RESULT, today).isPresent()) {
            return;
        }
        String day = today.format(DateTimeFormatter.ofPattern("dd/MM/yyyy"));
        String csv = """
                Mã thủ tục;Tên thủ tục;Cấp thực hiện;Lĩnh vực;Cơ quan thực hiện;Cơ quan phối hợp;Thời hạn giải quyết;\
                Thời hạn trường hợp phức tạp;Phí, lệ phí;Thành phần hồ sơ;Trường thông tin tờ khai;Quyết định công bố;\
                Ngày ban hành quyết định;Ngày hiệu lực;Mức độ DVC
                %1$s;Thẩm định hồ sơ mẫu có lấy ý kiến;Cấp tỉnh;Thử nghiệm mẫu;Sở Tư pháp;\
                "Sở Xây dựng; Sở Nông nghiệp và Môi trường";10 ngày làm việc;;Miễn phí;Đơn đề nghị | 1 | bản chính;;\
                901/QĐ-UBND;%5$s;%5$s;Một phần
                %2$s;Xác nhận hiện trạng mẫu;Cấp xã;Thử nghiệm mẫu;Ủy ban nhân dân cấp xã;;5 ngày làm việc;\
                15 ngày làm việc;Miễn phí;Đơn đề nghị | 1 | bản chính | Mẫu số 01;"Diện tích (m²) | số
                Ngày bắt đầu sử dụng | ngày";901/QĐ-UBND;%5$s;%5$s;Một phần
                %3$s;Cấp giấy phép mẫu theo bảng phí;Cấp tỉnh;Thử nghiệm mẫu;Sở Xây dựng;;10 ngày làm việc;;\
                "Cá nhân: 100.000 đồng/giấy phép
                Tổ chức: 200.000 đồng/giấy phép";Đơn đề nghị | 1 | bản chính;;901/QĐ-UBND;%5$s;%5$s;Toàn trình
                %4$s;Cấp chứng chỉ mẫu nộp phí khi nhận;Cấp tỉnh;Thử nghiệm mẫu;Sở Tư pháp;;10 ngày làm việc;;\
                Nộp khi nhận kết quả. Lệ phí: 150.000 đồng/chứng chỉ;Đơn đề nghị | 1 | bản chính;;901/QĐ-UBND;%5$s;%5$s;\
                Một phần
                """.formatted(SEQUENCE, COMPLEX_CASE, FEE_TABLE, FEE_AT_RESULT, day);
        var report = imports.importFile("mau-cac-kieu.csv", csv.getBytes(StandardCharsets.UTF_8),
                new CatalogImports.Options(false, today, false, false), "catalog-patterns-it");
        assertThat(report.problems()).isEmpty();
        assertThat(report.written()).isTrue();
    }

    @Test
    void the_record_decides_the_pattern_and_what_it_adds() {
        Map<String, Status> byCode = processes.statuses(today).stream()
                .collect(Collectors.toMap(Status::code, Function.identity()));
        assertThat(byCode.get(SEQUENCE).pattern()).isEqualTo("AGENCIES_IN_SEQUENCE");
        assertThat(byCode.get(COMPLEX_CASE).pattern()).isEqualTo("COMMUNE");
        assertThat(byCode.get(COMPLEX_CASE).traits()).containsExactly("COMPLEX_CASE", "FREE");
        assertThat(byCode.get(FEE_TABLE).traits()).containsExactly("FEE_TABLE");
        assertThat(byCode.get(FEE_AT_RESULT).traits()).containsExactly("FEE_BEFORE_RESULT", "FIXED_FEE");
        assertThat(List.of(SEQUENCE, COMPLEX_CASE, FEE_TABLE, FEE_AT_RESULT))
                .allSatisfy(code -> assertThat(byCode.get(code).how()).isEqualTo(CatalogProcesses.How.GENERATED));

        Procedure complex = catalog.inForce(COMPLEX_CASE, today).orElseThrow();
        assertThat(complex.limit().extendedWorkingDays()).isEqualTo(15);
        assertThat(complex.details().decision().number()).isEqualTo("901/QĐ-UBND");
        assertThat(complex.details().declarationFields()).extracting(Procedure.DeclarationField::type)
                .containsExactly(Procedure.FieldType.NUMBER, Procedure.FieldType.DATE);
        assertThat(complex.requiredDocuments().get(0).template()).isEqualTo("Mẫu số 01");

        // nothing changed: starting again deploys none of them
        assertThat(processes.deploy().changed()).doesNotContain(SEQUENCE, COMPLEX_CASE, FEE_TABLE, FEE_AT_RESULT);
    }

    @Test
    void the_coordinating_agencies_give_their_opinion_in_order_before_the_implementing_agency_signs() {
        ProcessInstance dossier = driver.start(Procedure.generatedProcessKey(SEQUENCE),
                ProcessDriver.dossierVariables(SEQUENCE, ProcessDriver.TAN_AN_CENTER, "received"));

        assertThat(driver.candidateGroups(dossier, "Task_Appraise"))
                .containsExactly(ProcessDriver.JUSTICE_DEPARTMENT + ":specialist");
        driver.complete(dossier, "Task_Appraise", "appraisalOutcome", "approve");
        assertThat(driver.candidateGroups(dossier, "Task_Consult1"))
                .containsExactly(ProcessDriver.CONSTRUCTION_DEPARTMENT + ":specialist");
        driver.complete(dossier, "Task_Consult1", "stepNote", "Thống nhất");
        assertThat(driver.candidateGroups(dossier, "Task_Consult2")).containsExactly(AGRICULTURE_DEPARTMENT + ":specialist");
        driver.complete(dossier, "Task_Consult2", "stepNote", "Thống nhất");
        assertThat(driver.candidateGroups(dossier, "Task_Sign"))
                .containsExactly(ProcessDriver.JUSTICE_DEPARTMENT + ":leader");
        driver.complete(dossier, "Task_Sign", "leaderDecision", "approve");
        driver.returnResult(dossier, ProcessDriver.TAN_AN_CENTER, "common-result-return");

        BpmnAwareTests.assertThat(dossier).isEnded();
        assertThat(driver.statusTrail(dossier)).isEqualTo(List.of(2, 4, 9, 10));
    }

    @Test
    void verification_applies_the_complex_case_limit_so_the_dossier_is_neither_late_nor_apologised_for() {
        ProcessInstance dossier = driver.start(Procedure.generatedProcessKey(COMPLEX_CASE),
                ProcessDriver.dossierVariables(COMPLEX_CASE, ProcessDriver.TAN_DINH_CENTER, "received"));
        Instant receivedAt = clock(dossier, "received_at");
        Instant normal = clock(dossier, "appointment_at");
        assertThat(normal).isEqualTo(deadlines.deadline(receivedAt, TimeLimit.workingDays(5)));
        Instant apologyBefore = driver.apologyTimer(dossier).getDuedate().toInstant();

        driver.complete(dossier, "Task_Appraise", "appraisalOutcome", "verify",
                "complexCaseReason", "Xác minh hiện trạng sử dụng tại thực địa");

        assertThat(driver.candidateGroups(dossier, "Task_Verify"))
                .containsExactly(ProcessDriver.TAN_DINH_COMMUNE + ":specialist");
        Instant longer = deadlines.deadline(receivedAt, TimeLimit.workingDays(15));
        assertThat(clock(dossier, "appointment_at")).isEqualTo(longer);
        assertThat(jdbc.sql("select appointment_at from dossier where process_instance_id = ?").param(dossier.getId())
                .query(OffsetDateTime.class).single().toInstant()).isEqualTo(longer);
        assertThat(driver.variable(dossier, "appointmentAt")).isEqualTo(longer.toString());
        // the apology moves with the appointment: one working day before the new one, not the old one
        Instant apologyAfter = driver.apologyTimer(dossier).getDuedate().toInstant();
        assertThat(apologyAfter).isAfter(normal);
        assertThat(deadlines.workingTimeBetween(apologyBefore, apologyAfter))
                .isEqualTo(deadlines.workingTimeBetween(normal, longer));

        driver.complete(dossier, "Task_Verify", "stepNote", "Đã xác minh, đúng hiện trạng");
        driver.complete(dossier, "Task_Appraise", "appraisalOutcome", "approve");
        driver.complete(dossier, "Task_Sign", "leaderDecision", "approve");
        driver.returnResult(dossier, ProcessDriver.TAN_DINH_CENTER, "common-result-return");

        BpmnAwareTests.assertThat(dossier).isEnded().hasNotPassed("CallActivity_Apology");
        assertThat(jdbc.sql("select timeliness from sla_clock where process_instance_id = ?").param(dossier.getId())
                .query(String.class).single()).isNotEqualTo("LATE");
    }

    @Test
    void the_fee_is_the_line_of_the_table_chosen_at_reception_and_is_paid_before_handling() {
        Map<String, Object> variables = ProcessDriver.dossierVariables(FEE_TABLE, ProcessDriver.PROVINCE_CENTER, "received");
        variables.put("feeLine", "muc-2");
        ProcessInstance dossier = driver.start(Procedure.generatedProcessKey(FEE_TABLE), variables);

        assertThat(driver.variable(dossier, "feeAmount")).isEqualTo(200_000L);
        driver.payFeeAtCounter(dossier, ProcessDriver.PROVINCE_CENTER);
        assertThat(jdbc.sql("select count(*) from e_receipt where dossier_id = ? and amount = 200000")
                .param(driver.variable(dossier, "dossierId")).query(Long.class).single()).isEqualTo(1L);
        driver.complete(dossier, "Task_Appraise", "appraisalOutcome", "approve");
        driver.complete(dossier, "Task_Sign", "leaderDecision", "approve");
        driver.returnResult(dossier, ProcessDriver.PROVINCE_CENTER, "common-result-return");

        assertThat(driver.statusTrail(dossier)).isEqualTo(List.of(2, 6, 4, 9, 10));
    }

    @Test
    void a_fee_due_with_the_result_is_paid_before_the_result_is_returned_and_never_by_a_refused_applicant() {
        ProcessInstance granted = driver.start(Procedure.generatedProcessKey(FEE_AT_RESULT),
                ProcessDriver.dossierVariables(FEE_AT_RESULT, ProcessDriver.TAN_AN_CENTER, "received"));
        driver.complete(granted, "Task_Appraise", "appraisalOutcome", "approve");
        driver.complete(granted, "Task_Sign", "leaderDecision", "approve");
        assertThat(driver.variable(granted, "feeAmount")).isEqualTo(150_000L);
        driver.payFeeAtCounter(granted, ProcessDriver.TAN_AN_CENTER);
        driver.returnResult(granted, ProcessDriver.TAN_AN_CENTER, "common-result-return");
        assertThat(driver.statusTrail(granted)).isEqualTo(List.of(2, 4, 6, 9, 10));

        ProcessInstance refused = driver.start(Procedure.generatedProcessKey(FEE_AT_RESULT),
                ProcessDriver.dossierVariables(FEE_AT_RESULT, ProcessDriver.TAN_AN_CENTER, "received"));
        driver.complete(refused, "Task_Appraise", "appraisalOutcome", "refuse", "stepNote", "Không đủ điều kiện");
        driver.returnResult(refused, ProcessDriver.TAN_AN_CENTER, "common-result-return");
        assertThat(driver.timesPassed(refused, "CallActivity_FeePayment")).isZero();
        BpmnAwareTests.assertThat(refused).isEnded();
    }

    @Test
    void a_new_version_goes_live_on_its_effective_date_and_earlier_dossiers_keep_theirs() {
        LocalDate effective = today.plusDays(3);
        String row = """
                Mã thủ tục;Tên thủ tục;Cấp thực hiện;Lĩnh vực;Cơ quan thực hiện;Thời hạn giải quyết;Phí, lệ phí;\
                Quyết định công bố;Ngày ban hành quyết định;Ngày hiệu lực
                %s;Cấp giấy phép mẫu theo phiên bản;Cấp tỉnh;Thử nghiệm phiên bản;Sở Tư pháp;%s ngày làm việc;Miễn phí;\
                %s;%s;%s
                """;
        DateTimeFormatter shown = DateTimeFormatter.ofPattern("dd/MM/yyyy");
        for (String csv : List.of(row.formatted(VERSIONED, 10, "901/QĐ-UBND", today.format(shown), today.format(shown)),
                row.formatted(VERSIONED, 7, "977/QĐ-UBND", today.format(shown), effective.format(shown)))) {
            assertThat(imports.importFile("phien-ban.csv", csv.getBytes(StandardCharsets.UTF_8),
                    new CatalogImports.Options(false, today, false, false), "catalog-patterns-it").written()).isTrue();
        }
        Procedure next = catalog.version(VERSIONED, 2).orElseThrow();
        assertThat(next.validFrom()).isEqualTo(effective);
        assertThat(next.details().decision().number()).isEqualTo("977/QĐ-UBND");
        String processKey = Procedure.generatedProcessKey(VERSIONED);

        // imported, not live: today's dossiers get version 1 and the process deployed for it
        assertThat(catalog.inForce(VERSIONED, today).orElseThrow().version()).isEqualTo(1);
        assertThat(latestVersionTag(processKey)).startsWith("v1-");
        ProcessInstance before = driver.start(processKey,
                ProcessDriver.dossierVariables(VERSIONED, ProcessDriver.TAN_AN_CENTER, "received"));
        assertThat(jdbc.sql("select procedure_version from dossier where process_instance_id = ?")
                .param(before.getId()).query(Integer.class).single()).isEqualTo(1);

        // the night the new version takes effect: its process goes live, the earlier dossier keeps its own
        assertThat(processes.deploy(effective).changed()).containsExactly(VERSIONED);
        assertThat(latestVersionTag(processKey)).startsWith("v2-");
        assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(before.getId())
                .singleResult().getProcessDefinitionId()).isNotEqualTo(engine.getRepositoryService()
                .createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion().singleResult().getId());
        assertThat(processes.deploy(effective).changed()).isEmpty();
    }

    private String latestVersionTag(String processKey) {
        return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey)
                .latestVersion().singleResult().getVersionTag();
    }

    private Instant clock(ProcessInstance dossier, String column) {
        return jdbc.sql("select " + column + " from sla_clock where process_instance_id = ?").param(dossier.getId())
                .query(OffsetDateTime.class).single().toInstant();
    }
}
