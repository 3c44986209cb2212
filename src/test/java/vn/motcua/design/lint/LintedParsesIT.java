package vn.motcua.design.lint;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.RepositoryServiceImpl;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.ReadOnlyProcessDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine parses each BPMN file of a new deployment once: the lint's parse is the one deployed
 * ({@link LintedBpmnDeployer}), and every problem of every file still comes in one exception.
 */
@IntegrationTest
class LintedParsesIT {

    @Autowired
    ProcessEngine engine;

    /** A process the lint accepts, with an asynchronous continuation (a job declaration the deployer must take over). */
    private static String process(String key) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
                  <bpmn:process id="KEY" isExecutable="true" camunda:historyTimeToLive="1">
                    <bpmn:startEvent id="Start" />
                    <bpmn:sequenceFlow id="f1" sourceRef="Start" targetRef="Task_Wait" />
                    <bpmn:manualTask id="Task_Wait" camunda:asyncBefore="true" />
                    <bpmn:sequenceFlow id="f2" sourceRef="Task_Wait" targetRef="End" />
                    <bpmn:endEvent id="End" />
                  </bpmn:process>
                </bpmn:definitions>
                """.replace("KEY", key);
    }

    @Test
    void each_bpmn_file_of_a_new_deployment_is_parsed_once_and_deployed_as_a_fresh_parse_would() {
        ProcessEngineConfigurationImpl configuration = configuration();
        LintedBpmnDeployer deployer = deployer(configuration);
        Map<String, Integer> parses = new ConcurrentHashMap<>();
        BpmnParseListener counting = new AbstractBpmnParseListener() {
            @Override
            public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
                parses.merge(processDefinition.getKey(), 1, Integer::sum);
            }
        };
        List<BpmnParseListener> listeners = deployer.getBpmnParser().getParseListeners();
        listeners.add(counting);
        try {
            long reused = deployer.reused();
            Deployment deployment = engine.getRepositoryService().createDeployment().name("lint-parse-once")
                    .addString("lint-parse-once-a.bpmn", process("lint-parse-once-a"))
                    .addString("lint-parse-once-b.bpmn", process("lint-parse-once-b")).deploy();

            assertThat(parses).containsExactlyInAnyOrderEntriesOf(Map.of("lint-parse-once-a", 1, "lint-parse-once-b", 1));
            assertThat(deployer.reused() - reused).isEqualTo(2);
            assertThat(deployer.parses().commandsHolding()).isZero();
            List<ProcessDefinition> definitions = engine.getRepositoryService().createProcessDefinitionQuery()
                    .deploymentId(deployment.getId()).list();
            assertThat(definitions).extracting(ProcessDefinition::getKey)
                    .containsExactlyInAnyOrder("lint-parse-once-a", "lint-parse-once-b");
            for (ProcessDefinition definition : definitions) {
                // the lint's job declarations became the definition's job definitions
                assertThat(engine.getManagementService().createJobDefinitionQuery()
                        .processDefinitionId(definition.getId()).activityIdIn("Task_Wait").count()).isOne();
            }

            // a cache miss re-deploys the old deployment without the lint: the deployer parses the file itself
            configuration.getDeploymentCache().discardProcessDefinitionCache();
            ProcessDefinition a = definitions.stream().filter(d -> d.getKey().equals("lint-parse-once-a")).findFirst()
                    .orElseThrow();
            ReadOnlyProcessDefinition reloaded = ((RepositoryServiceImpl) engine.getRepositoryService())
                    .getDeployedProcessDefinition(a.getId());
            assertThat(reloaded.findActivity("Task_Wait")).isNotNull();
            assertThat(parses.get("lint-parse-once-a")).isEqualTo(2);
        } finally {
            listeners.remove(counting);
        }
    }

    @Test
    void the_problems_of_several_files_come_in_one_exception_and_nothing_is_kept() {
        String lintProblem = process("lint-parse-several-a").replace(" camunda:historyTimeToLive=\"1\"", "");
        String engineProblem = process("lint-parse-several-b").replace("targetRef=\"End\"", "targetRef=\"Nowhere\"");
        String both = process("lint-parse-several-c").replace(" camunda:historyTimeToLive=\"1\"", "")
                .replace("targetRef=\"End\"", "targetRef=\"Nowhere\"");
        LintedBpmnDeployer deployer = deployer(configuration());

        assertThatThrownBy(() -> engine.getRepositoryService().createDeployment().name("lint-parse-several")
                .addString("lint-parse-several-a.bpmn", lintProblem)
                .addString("lint-parse-several-ok.bpmn", process("lint-parse-several-ok"))
                .addString("lint-parse-several-b.bpmn", engineProblem)
                .addString("lint-parse-several-c.bpmn", both).deploy())
                .isInstanceOf(DeploymentLintException.class)
                .satisfies(e -> assertThat(((DeploymentLintException) e).problems())
                        .anySatisfy(p -> assertThat(p.resource()).isEqualTo("lint-parse-several-a.bpmn"))
                        .anySatisfy(p -> assertThat(p.resource()).isEqualTo("lint-parse-several-b.bpmn"))
                        .filteredOn(p -> p.resource().equals("lint-parse-several-c.bpmn")).hasSizeGreaterThanOrEqualTo(2))
                .satisfies(e -> assertThat(((DeploymentLintException) e).problems())
                        .noneSatisfy(p -> assertThat(p.resource()).isEqualTo("lint-parse-several-ok.bpmn")));
        assertThat(deployer.parses().commandsHolding()).isZero();
        assertThat(engine.getRepositoryService().createDeploymentQuery().deploymentName("lint-parse-several").count()).isZero();
    }

    private ProcessEngineConfigurationImpl configuration() {
        return (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    }

    private static LintedBpmnDeployer deployer(ProcessEngineConfigurationImpl configuration) {
        return configuration.getDeployers().stream().filter(LintedBpmnDeployer.class::isInstance)
                .map(LintedBpmnDeployer.class::cast).findFirst().orElseThrow();
    }
}
