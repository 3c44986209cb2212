package vn.motcua.process.generated;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import vn.motcua.IntegrationTest;
import vn.motcua.generation.GeneratedFiles;
import vn.motcua.generation.ProcessGenerator;
import vn.motcua.generation.StepTable;
import vn.motcua.generation.SyntheticStepTables;
import vn.motcua.process.EngineProcessTest;
import vn.motcua.process.ProcessDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the generation benchmark deploys, at small scale: 20 synthetic step tables generated and deployed in one
 * deployment with the building blocks they call; three of them sampled and driven from receipt through every
 * step to the returned result (status 10).
 */
@IntegrationTest
class GeneratedProceduresIT extends EngineProcessTest {

    @Test
    void sampled_generated_procedures_run_a_dossier_end_to_end() throws IOException {
        List<StepTable> tables = SyntheticStepTables.derive(SyntheticStepTables.samples(Path.of(".")), 20, 11);
        ProcessGenerator generator = new ProcessGenerator();
        DeploymentBuilder builder = engine.getRepositoryService().createDeployment().name("generated-procedures-it");
        int commonProcesses = new PathMatchingResourcePatternResolver().getResources("classpath*:processes/common/*.bpmn").length;
        for (String pattern : List.of("processes/common/*.bpmn", "forms/common-*.form",
                "processes/routing/civil-status-handling-unit.dmn")) {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + pattern)) {
                try (InputStream in = resource.getInputStream()) {
                    builder.addString(pattern.substring(0, pattern.lastIndexOf('/') + 1) + resource.getFilename(),
                            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        for (StepTable table : tables) {
            GeneratedFiles.withMarker(generator.generate(table)).forEach(builder::addString);
        }
        Deployment deployment = builder.deploy();
        try {
            assertThat(engine.getRepositoryService().createProcessDefinitionQuery().deploymentId(deployment.getId()).count())
                    .isEqualTo(20 + commonProcesses);
            for (int index : new int[] {0, 7, 19}) {
                runEndToEnd(tables.get(index));
            }
        } finally {
            engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
        }
    }

    private void runEndToEnd(StepTable table) {
        Map<String, Object> variables = ProcessDriver.dossierVariables(table.procedureCode(), ProcessDriver.TAN_DINH_CENTER,
                "received");
        variables.put("residenceCommune", "phuong-kinh-bac");
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
