package vn.motcua.platform.history;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.model.bpmn.Bpmn;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DossierHistoryLevelTest {

    private static final String PROCESS = "history-level-test";

    @Test
    void keepsVariablesTasksAndOperationsButNoRowPerVariableUpdate() {
        ProcessEngine engine = engine("jdbc:h2:mem:history-level-a", DossierHistoryLevel.NAME, true);
        try {
            deploy(engine);
            ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(PROCESS,
                    Map.of("applicantName", "Nguyễn Văn A"));
            engine.getRuntimeService().setVariable(instance.getId(), "applicantName", "Nguyễn Văn B");
            String task = engine.getTaskService().createTaskQuery().processInstanceId(instance.getId()).singleResult().getId();
            engine.getIdentityService().setAuthenticatedUserId("tiepnhan.tandinh");
            engine.getTaskService().complete(task, Map.of("note", "Đủ thành phần"));

            var history = engine.getHistoryService();
            assertThat(history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId()).list())
                    .extracting(variable -> variable.getName() + "=" + variable.getValue())
                    .containsExactlyInAnyOrder("applicantName=Nguyễn Văn B", "note=Đủ thành phần");
            assertThat(history.createHistoricTaskInstanceQuery().processInstanceId(instance.getId()).finished().count())
                    .isEqualTo(1);
            assertThat(history.createUserOperationLogQuery().taskId(task).operationType("Complete").count()).isEqualTo(1);
            assertThat(history.createHistoricDetailQuery().processInstanceId(instance.getId()).count()).isZero();
        } finally {
            engine.close();
        }
    }

    @Test
    void aDatabaseCreatedAtLevelFullMovesToTheDossierLevelAndBack() {
        String url = "jdbc:h2:mem:history-level-b;DB_CLOSE_DELAY=-1";
        ProcessEngine full = engine(url, "full", true);
        full.close();

        ProcessEngine dossier = engine(url, DossierHistoryLevel.NAME, true);
        try {
            assertThat(((ProcessEngineConfigurationImpl) dossier.getProcessEngineConfiguration()).getHistoryLevel().getId())
                    .isEqualTo(DossierHistoryLevel.ID);
            assertThat(storedLevel(dossier)).isEqualTo(String.valueOf(DossierHistoryLevel.ID));
        } finally {
            dossier.close();
        }

        ProcessEngine fullAgain = engine(url, "full", true);
        try {
            assertThat(storedLevel(fullAgain)).isEqualTo("3");
        } finally {
            fullAgain.close();
        }
    }

    private static String storedLevel(ProcessEngine engine) {
        return engine.getManagementService().getProperties().get("historyLevel");
    }

    private static ProcessEngine engine(String url, String level, boolean withPlugin) {
        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setJdbcUrl(url);
        configuration.setDatabaseSchemaUpdate("true");
        configuration.setHistory(level);
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEngineName("history-level-" + url.hashCode() + "-" + System.nanoTime());
        if (withPlugin) {
            configuration.setProcessEnginePlugins(List.<ProcessEnginePlugin>of(new DossierHistoryLevelPlugin()));
        }
        return configuration.buildProcessEngine();
    }

    private static void deploy(ProcessEngine engine) {
        engine.getRepositoryService().createDeployment()
                .addModelInstance(PROCESS + ".bpmn", Bpmn.createExecutableProcess(PROCESS).camundaHistoryTimeToLive(30)
                        .startEvent().userTask("Task_Check").endEvent().done())
                .deploy();
    }
}
