package vn.motcua.monitoring;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;

/** The service step of the test process {@code ops-failing-step}: fails while the variable {@code failing} is true. */
public class FailingStep implements JavaDelegate {

    public static final String MESSAGE = "Hệ thống liên thông không phản hồi";

    @Override
    public void execute(DelegateExecution execution) {
        if (Boolean.TRUE.equals(execution.getVariable("failing"))) {
            throw new IllegalStateException(MESSAGE);
        }
    }
}
