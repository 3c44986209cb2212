package vn.motcua.organization;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Runs many identity and authorization changes as one engine command. Engine service calls made inside it join that
 * command instead of each opening, flushing and closing their own, so a province's thousands of users, memberships
 * and grants reach the database in one flush (JDBC batches) rather than thousands. Reads inside it see the database,
 * not the changes made earlier in the batch: callers read what they need first.
 */
@Component
class EngineBatch {

    private final ProcessEngine engine;

    EngineBatch(ProcessEngine engine) {
        this.engine = engine;
    }

    void run(Runnable changes) {
        ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getCommandExecutorTxRequired()
                .execute(commandContext -> {
                    changes.run();
                    return null;
                });
    }
}
