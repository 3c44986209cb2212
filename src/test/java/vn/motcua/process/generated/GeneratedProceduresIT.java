package vn.motcua.process.generated;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.IntegrationTest;
import vn.motcua.catalog.importing.CatalogImports;
import vn.motcua.design.generation.GeneratedFiles;
import vn.motcua.design.generation.ProcessGenerator;
import vn.motcua.design.generation.StepTable;
import vn.motcua.design.generation.SyntheticStepTables;
import vn.motcua.process.EngineProcessTest;
import vn.motcua.process.ProcessDriver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What the generation benchmark deploys, at small scale: 20 synthetic step tables generated and deployed in one
 * deployment with the building blocks they call; three of them sampled and driven from reception through every
 * step to the returned result (status 10). The deploy-time lint reads the legal limits of a catalog just imported
 * from a CSV naming the generated processes, as the benchmark's import phase does.
 */
@IntegrationTest
class GeneratedProceduresIT extends EngineProcessTest {

    @Autowired
    private CatalogImports imports;

    @Test
    void sampled_generated_procedures_run_a_dossier_end_to_end() throws IOException {
        List<StepTable> tables = SyntheticStepTables.derive(SyntheticStepTables.samples(Path.of(".")), 20, 11);
        List<StepTable> sampled = List.of(tables.get(0), tables.get(7), tables.get(19));
        // a procedure's process runs only for a dossier of a procedure the catalog assigns to it
        assertThat(imports.importFile("synthetic.csv", SyntheticStepTables.catalogCsv(sampled, 800, 0),
                new CatalogImports.Options(false, LocalDate.now(), false, false), "generated-procedures-it")
                .written()).isTrue();
        ProcessGenerator generator = new ProcessGenerator();
        DeploymentBuilder builder = engine.getRepositoryService().createDeployment().name("generated-procedures-it");
        Map<String, String> buildingBlocks = SyntheticStepTables.buildingBlocks();
        buildingBlocks.forEach(builder::addString);
        long commonProcesses = buildingBlocks.keySet().stream().filter(name -> name.endsWith(".bpmn")).count();
        for (StepTable table : tables) {
            GeneratedFiles.withMarker(generator.generate(table)).forEach(builder::addString);
        }
        Deployment deployment = builder.deploy();
        try {
            assertThat(engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(deployment.getId()).count())
                    .isEqualTo(20 + commonProcesses);
            sampled.forEach(this::runEndToEnd);
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }

    @Test
    void the_deployment_is_refused_when_a_procedure_imported_into_the_catalog_gives_less_time_than_its_steps()
            throws IOException {
        List<StepTable> derived = SyntheticStepTables.derive(SyntheticStepTables.samples(Path.of(".")), 2, 13);
        StepTable fits = renamed(derived.get(0), "synthetic-limit-fits");
        StepTable tooLong = renamed(derived.get(1), "synthetic-limit-too-short");
        byte[] catalog = SyntheticStepTables.catalogCsv(List.of(fits), 900, 0);
        byte[] shortLimit = SyntheticStepTables.catalogCsv(List.of(tooLong), 901, -1);
        for (byte[] file : List.of(catalog, shortLimit)) {
            assertThat(imports.importFile("synthetic.csv", file, new CatalogImports.Options(false, LocalDate.now(),
                    false, false), "generated-procedures-it").written()).isTrue();
        }
        ProcessGenerator generator = new ProcessGenerator();
        DeploymentBuilder builder = engine.getRepositoryService().createDeployment()
                .name("generated-procedures-limits-it");
        SyntheticStepTables.buildingBlocks().forEach(builder::addString);
        GeneratedFiles.withMarker(generator.generate(fits)).forEach(builder::addString);
        GeneratedFiles.withMarker(generator.generate(tooLong)).forEach(builder::addString);

        assertThatThrownBy(builder::deploy).hasMessageContaining("synthetic-limit-too-short")
                .hasMessageContaining("nhánh dài nhất").hasMessageContaining("thủ tục 9.000902")
                .message().doesNotContain("synthetic-limit-fits");
        assertThat(engine.getRepositoryService().createProcessDefinitionQuery()
                .processDefinitionKey("synthetic-limit-fits").count()).isZero();
    }

    private static StepTable renamed(StepTable table, String processKey) {
        return new StepTable(processKey, table.name(), table.procedureCode(), table.description(), table.sameDay(),
                table.workingDays(), table.routing(), table.lanes(), table.startFields(), table.steps(), table.source());
    }

    private void runEndToEnd(StepTable table) {
        Map<String, Object> variables = ProcessDriver.dossierVariables(table.procedureCode(), ProcessDriver.TAN_DINH_CENTER,
                "received");
        variables.put("residenceCommune", "000.03.00.H99");
        ProcessInstance dossier = driver.start(table.processKey(), variables);
        int completed = 0;
        for (List<Task> open = tasks(dossier); !open.isEmpty(); open = tasks(dossier)) {
            for (Task task : open) {
                engine.getTaskService().complete(task.getId(), Map.of("appraisalOutcome", "approve",
                        "leaderDecision", "approve", "appraisalNote", "Đồng ý"));
                completed++;
            }
        }
        assertThat(completed).as(table.processKey()).isEqualTo(table.steps().size());
        driver.returnResult(dossier, ProcessDriver.TAN_DINH_CENTER, "common-result-return");
        BpmnAwareTests.assertThat(dossier).isEnded().hasPassed("EndEvent_Handled", "EndEvent_ResultReturned");
        assertThat(driver.statusTrail(dossier)).as(table.processKey()).isEqualTo(List.of(2, 4, 9, 10));
    }

    private List<Task> tasks(ProcessInstance dossier) {
        return engine.getTaskService().createTaskQuery().processInstanceId(dossier.getId()).list();
    }
}
