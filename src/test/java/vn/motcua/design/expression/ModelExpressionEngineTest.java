package vn.motcua.design.expression;

import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The engine with {@link ModelExpressionPlugin} and without the deployment lint (as if a model slipped past it):
 * expressions that reach the engine through {@code execution} or {@code task} fail when they run and change
 * nothing; what the shipped processes write still runs.
 */
class ModelExpressionEngineTest {

    private static ProcessEngine engine;

    @BeforeAll
    static void engine() {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:model-expressions");
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEngineName("model-expressions-" + System.nanoTime());
        configuration.setProcessEnginePlugins(List.<ProcessEnginePlugin>of(
                new ModelExpressionPlugin(new ModelExpressionProperties(List.of()), new StaticListableBeanFactory())));
        engine = configuration.buildProcessEngine();
        engine.getIdentityService().saveUser(engine.getIdentityService().newUser("thietke"));
        engine.getIdentityService().saveGroup(engine.getIdentityService().newGroup("camunda-admin"));
    }

    @AfterAll
    static void close() {
        engine.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "${execution.processEngineServices.identityService.createMembership('thietke', 'camunda-admin')}",
            "${execution.getProcessEngineServices().getIdentityService().createMembership('thietke', 'camunda-admin')}",
            "${execution.processEngine.identityService.createMembership('thietke', 'camunda-admin')}",
            "${execution.getProcessEngine().getIdentityService().createMembership('thietke', 'camunda-admin')}",
            "${execution['processEngineServices'].identityService.createMembership('thietke', 'camunda-admin')}",
            "${execution.processInstance.processEngineServices.identityService.createMembership('thietke', 'camunda-admin')}",
            "${identityService.createMembership('thietke', 'camunda-admin')}",
            "${''.getClass().forName('java.lang.System').getProperty('user.home')}",
            "${execution.businessKey.class.forName('java.lang.System')}"})
    void an_expression_that_reaches_past_variables_fails_at_run_time_and_changes_nothing(String expression) {
        String key = deploy("reach", """
                <bpmn:serviceTask id="Reach" camunda:expression="%s"/>
                """.formatted(expression.replace("'", "&apos;")));

        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(key, "HS-1"))
                .isInstanceOf(ProcessEngineException.class)
                .hasMessageContaining(expression.startsWith("${identityService") ? "Cannot resolve identifier 'identityService'"
                        : "Biểu thức của quy trình không được dùng");
        assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("camunda-admin").count()).isZero();
    }

    @Test
    void a_task_listener_cannot_reach_the_engine_through_the_task() {
        String key = deploy("task-reach", """
                <bpmn:userTask id="Check">
                  <bpmn:extensionElements>
                    <camunda:taskListener event="create"
                        expression="${task.execution.processEngineServices.identityService.createMembership('thietke', 'camunda-admin')}"/>
                  </bpmn:extensionElements>
                </bpmn:userTask>
                """);

        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(key, "HS-2"))
                .isInstanceOf(ProcessEngineException.class).hasMessageContaining("không được dùng 'execution'");
        assertThat(engine.getIdentityService().createUserQuery().memberOfGroup("camunda-admin").count()).isZero();
    }

    @Test
    void a_script_does_not_run() {
        String key = deploy("script", """
                <bpmn:scriptTask id="Script" scriptFormat="javascript"><bpmn:script>1 + 1</bpmn:script></bpmn:scriptTask>
                """);

        assertThatThrownBy(() -> engine.getRuntimeService().startProcessInstanceByKey(key, "HS-3"))
                .isInstanceOf(ProcessEngineException.class);
    }

    @Test
    void what_the_shipped_and_generated_processes_write_runs() {
        String key = deploy("shipped", """
                <bpmn:serviceTask id="Copy" camunda:expression="${execution.setVariable('copied', execution.getVariable('channel') == 'online' and completeness == 'received')}"/>
                """, """
                <bpmn:userTask id="Check" camunda:candidateGroups="${receivingUnit}:reception"
                    camunda:dueDate="${dateTime().plusDays(1).toDate()}">
                  <bpmn:extensionElements>
                    <camunda:taskListener event="create"
                        expression="${task.setVariableLocal('form', execution.hasVariable('form') ? execution.getVariable('form') : 'common-result-return')}"/>
                    <camunda:inputOutput>
                      <camunda:inputParameter name="dossier">#{execution.processBusinessKey}</camunda:inputParameter>
                      <camunda:inputParameter name="label">${execution.processBusinessKey.toLowerCase()}</camunda:inputParameter>
                    </camunda:inputOutput>
                  </bpmn:extensionElements>
                </bpmn:userTask>
                """);

        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(key, "HS-4",
                Map.of("channel", "online", "completeness", "received", "receivingUnit", "000.00.11.H99"));

        var task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult();
        assertThat(engine.getRuntimeService().getVariable(instance.getId(), "copied")).isEqualTo(true);
        assertThat(engine.getTaskService().getVariableLocal(task.getId(), "form")).isEqualTo("common-result-return");
        assertThat(engine.getRuntimeService().getVariableLocal(task.getExecutionId(), "dossier")).isEqualTo("HS-4");
        assertThat(engine.getRuntimeService().getVariableLocal(task.getExecutionId(), "label")).isEqualTo("hs-4");
        assertThat(task.getDueDate()).isNotNull();
        assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup("000.00.11.H99:reception").count()).isOne();
    }

    private static int processes;

    /** Deploys a process leading from its start through the given steps, one after the other, to its end; returns its key. */
    private static String deploy(String name, String... steps) {
        String key = "model-expression-" + name + "-" + ++processes;
        StringBuilder body = new StringBuilder("<bpmn:startEvent id=\"Start\"/>\n");
        String previous = "Start";
        for (String step : steps) {
            Matcher id = ID.matcher(step);
            if (!id.find()) {
                throw new IllegalArgumentException(step);
            }
            body.append(flow(previous, id.group(1))).append(step);
            previous = id.group(1);
        }
        body.append(flow(previous, "End")).append("<bpmn:endEvent id=\"End\"/>\n");
        engine.getRepositoryService().createDeployment().addString(key + ".bpmn", """
                <?xml version="1.0" encoding="UTF-8"?>
                <bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"
                    xmlns:camunda="http://camunda.org/schema/1.0/bpmn" id="d" targetNamespace="t">
                  <bpmn:process id="%s" isExecutable="true" camunda:historyTimeToLive="1">
                %s
                  </bpmn:process>
                </bpmn:definitions>
                """.formatted(key, body)).deploy();
        return key;
    }

    private static final Pattern ID = Pattern.compile("id=\"(\\w+)\"");

    private static String flow(String from, String to) {
        return "<bpmn:sequenceFlow id=\"" + from + "-" + to + "\" sourceRef=\"" + from + "\" targetRef=\"" + to + "\"/>\n";
    }
}
