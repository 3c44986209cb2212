package vn.motcua.platform.engineapi;

import java.util.function.Function;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.CommandContext;

/**
 * Reads the engine REST mappers and filters need about a request they are judging (its task, form, process),
 * which the signed-in user may not be authorized to read themselves.
 */
final class EngineLookups {

    private EngineLookups() {
    }

    /** Runs {@code query} in an engine command with authorization checks off for its duration. */
    static <T> T withoutAuthorization(ProcessEngine engine, Function<CommandContext, T> query) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        return configuration.getCommandExecutorTxRequired().execute(context -> {
            context.disableAuthorizationCheck();
            try {
                return query.apply(context);
            } finally {
                context.enableAuthorizationCheck();
            }
        });
    }
}
