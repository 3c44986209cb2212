package vn.motcua.process.generated;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.IntegrationTest;
import vn.motcua.catalog.Catalog;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.importing.CatalogImports;
import vn.motcua.design.generation.GeneratedFiles;
import vn.motcua.design.generation.ProcedurePatterns;
import vn.motcua.design.generation.ProcessGenerator;
import vn.motcua.design.generation.StepTable;
import vn.motcua.design.generation.SyntheticStepTables;
import vn.motcua.organization.OrganizationService;
import vn.motcua.process.EngineProcessTest;
import vn.motcua.process.ProcessDriver;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Catalog records nobody drew or tabled run by their pattern: a commune-level procedure received at a commune's
 * center goes to that commune's People's Committee (from the unit tree, no routing table), a province-level one to
 * its implementing agency; both run from reception through every step to the returned result.
 */
@IntegrationTest
class ProcedurePatternsIT extends EngineProcessTest {

    private static final String COMMUNE_CODE = "2.000901";
    private static final String DEPARTMENT_CODE = "2.000902";
    private static final String FEE_CODE = "2.000903";

    @Autowired
    private CatalogImports imports;

    @Autowired
    private Catalog catalog;

    @Autowired
    private OrganizationService organization;

    @Autowired
    private JdbcClient jdbc;


    @Test
    void a_commune_procedure_and_a_department_procedure_run_by_their_pattern() throws IOException {
        // two rows as the national database publishes them, naming no hand-made process
        String csv = """
                STT;Mã thủ tục;Tên thủ tục;Lĩnh vực;Cấp thực hiện;Cơ quan thực hiện;Thời hạn trực tiếp;Phí, lệ phí;\
                Thành phần hồ sơ;Mức độ DVC;Căn cứ pháp lý;Kết quả thực hiện;Quy trình
                1;%1$s;Xác nhận tình trạng mẫu;Thử nghiệm;Cấp xã;Ủy ban nhân dân cấp xã;5 ngày làm việc;Không;\
                Đơn đề nghị | 1 | bản chính;Một phần;Văn bản mẫu;Giấy xác nhận;%2$s
                2;%3$s;Cấp phiếu mẫu;Thử nghiệm;Cấp tỉnh;Sở Tư pháp;10 ngày làm việc;Không;\
                Đơn đề nghị | 1 | bản chính;Một phần;Văn bản mẫu;Phiếu;%4$s
                3;%5$s;Cấp giấy có lệ phí mẫu;Thử nghiệm;Cấp tỉnh;Sở Tư pháp;10 ngày làm việc;200.000 đồng/lần;\
                Đơn đề nghị | 1 | bản chính;Một phần;Văn bản mẫu;Giấy;%6$s
                """.formatted(COMMUNE_CODE, Procedure.generatedProcessKey(COMMUNE_CODE), DEPARTMENT_CODE,
                Procedure.generatedProcessKey(DEPARTMENT_CODE), FEE_CODE, Procedure.generatedProcessKey(FEE_CODE));
        LocalDate today = LocalDate.now(WorkingTimeCalculator.ZONE);
        assertThat(imports.importFile("patterns.csv", csv.getBytes(StandardCharsets.UTF_8),
                new CatalogImports.Options(false, today, false, false), "procedure-patterns-it").written()).isTrue();
        Procedure commune = catalog.inForce(COMMUNE_CODE, today).orElseThrow();
        Procedure department = catalog.inForce(DEPARTMENT_CODE, today).orElseThrow();
        Procedure withFee = catalog.inForce(FEE_CODE, today).orElseThrow();
        ProcedurePatterns patterns = ProcedurePatterns.byUnitNames(organization.unitNames());
        StepTable communeTable = patterns.derive(commune).table();
        StepTable departmentTable = patterns.derive(department).table();
        StepTable feeTable = patterns.derive(withFee).table();
        ProcessGenerator generator = ProcessGenerator.forProcedures(List.of(commune, department, withFee));
        DeploymentBuilder builder = engine.getRepositoryService().createDeployment().name("procedure-patterns-it");
        SyntheticStepTables.buildingBlocks().forEach(builder::addString);
        GeneratedFiles.withMarker(generator.generate(communeTable)).forEach(builder::addString);
        GeneratedFiles.withMarker(generator.generate(departmentTable)).forEach(builder::addString);
        GeneratedFiles.withMarker(generator.generate(feeTable)).forEach(builder::addString);
        Deployment deployment = builder.deploy();
        try {
            runEndToEnd(communeTable, ProcessDriver.TAN_DINH_CENTER, ProcessDriver.TAN_DINH_COMMUNE);
            runEndToEnd(communeTable, ProcessDriver.KINH_BAC_CENTER, ProcessDriver.KINH_BAC_COMMUNE);
            runEndToEnd(departmentTable, ProcessDriver.TAN_AN_CENTER, ProcessDriver.JUSTICE_DEPARTMENT);
            aFixedFeeIsCollectedAtTheCounterBeforeHandlingWithItsEReceipt(feeTable);
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }

    private void aFixedFeeIsCollectedAtTheCounterBeforeHandlingWithItsEReceipt(StepTable table) {
        ProcessInstance dossier = driver.start(table.processKey(),
                ProcessDriver.dossierVariables(table.procedureCode(), ProcessDriver.TAN_AN_CENTER, "received"));

        BpmnAwareTests.assertThat(dossier).isWaitingAt("CallActivity_FeePayment");
        assertThat(driver.variable(dossier, "feeAmount")).isEqualTo(200_000L);
        ProcessInstance fee = driver.called(dossier, "common-fee-payment");
        assertThat(driver.candidateGroups(fee, "Task_CollectAtCounter"))
                .containsExactly(ProcessDriver.TAN_AN_CENTER + ":reception");
        driver.complete(fee, "Task_CollectAtCounter");
        assertThat(driver.variable(dossier, "paymentMethod")).isEqualTo("CASH");
        assertThat(jdbc.sql("select count(*) from e_receipt where dossier_id = ? and amount = 200000")
                .param(driver.variable(dossier, "dossierId")).query(Long.class).single()).isEqualTo(1L);

        handleAndReturn(dossier, ProcessDriver.TAN_AN_CENTER, ProcessDriver.JUSTICE_DEPARTMENT);
        assertThat(driver.statusTrail(dossier)).isEqualTo(List.of(2, 6, 4, 9, 10));
    }

    private void runEndToEnd(StepTable table, String receivingCenter, String handlingUnit) {
        ProcessInstance dossier = driver.start(table.processKey(),
                ProcessDriver.dossierVariables(table.procedureCode(), receivingCenter, "received"));
        handleAndReturn(dossier, receivingCenter, handlingUnit);
        assertThat(driver.statusTrail(dossier)).isEqualTo(List.of(2, 4, 9, 10));
    }

    private void handleAndReturn(ProcessInstance dossier, String receivingCenter, String handlingUnit) {

        assertThat(driver.candidateGroups(dossier, "Task_Appraise")).containsExactly(handlingUnit + ":specialist");
        driver.complete(dossier, "Task_Appraise", "appraisalOutcome", "approve", "appraisalNote", "Đủ điều kiện");
        assertThat(driver.candidateGroups(dossier, "Task_Sign")).containsExactly(handlingUnit + ":leader");
        driver.complete(dossier, "Task_Sign", "leaderDecision", "approve");
        driver.returnResult(dossier, receivingCenter, "common-result-return");

        BpmnAwareTests.assertThat(dossier).isEnded().hasPassed("EndEvent_Handled", "EndEvent_ResultReturned");
    }

}
