package vn.motcua.browser;

import java.util.stream.IntStream;

import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.model.bpmn.Bpmn;

/**
 * Startable processes enough to push any procedure off the first page of Tasklist's start dialog, as a
 * province's catalog of hundreds does. Their keys are long, so their ids are bare UUIDs that the dialog's
 * id order puts before every shipped procedure. Deployed once per database (duplicate filtering).
 */
public final class CrowdedCatalog {

    private static final int PROCEDURES = 20;

    private CrowdedCatalog() {
    }

    public static void deploy(RepositoryService repository) {
        DeploymentBuilder deployment = repository.createDeployment().name("crowded-catalog").enableDuplicateFiltering(true);
        IntStream.rangeClosed(1, PROCEDURES).forEach(n -> {
            String key = "crowded-catalog-sample-procedure-" + n;
            deployment.addModelInstance(key + ".bpmn", Bpmn.createExecutableProcess(key)
                    .name("Thủ tục mẫu số " + n).camundaHistoryTimeToLive(30)
                    .startEvent().endEvent().done());
        });
        deployment.deploy();
    }
}
