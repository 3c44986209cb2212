package vn.motcua.fees;

import java.util.Locale;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;

import vn.motcua.platform.engine.ExtensionProperties;
import vn.motcua.platform.engine.ParseListeners;

/**
 * Engine plugin that wires the fee steps of {@code common-fee-payment} to {@link FeePayments}, so that
 * the diagram holds business steps only (and plays on a bare engine too): a user task with the property
 * {@code feePayment=cash} records a cash payment by the officer who completes it; an event with
 * {@code feePayment=closeOrder} expires the dossier's still-pending online order ({@code paymentOrderRef}).
 */
@Component
class FeePaymentPlugin extends AbstractProcessEnginePlugin {

    static final String PROPERTY = "feePayment";
    static final String CASH = "cash";
    static final String CLOSE_ORDER = "closeOrder";
    static final String FEE_AMOUNT = "feeAmount";
    /** The amount with thousands dots, a task variable of the cash collection form. */
    static final String FEE_AMOUNT_TEXT = "feeAmountText";

    private final FeePayments payments;

    FeePaymentPlugin(@Lazy FeePayments payments) {
        this.payments = payments;
    }

    @Override
    public void preInit(ProcessEngineConfigurationImpl configuration) {
        ParseListeners.addPost(configuration, new Parser());
    }

    private final class Parser extends AbstractBpmnParseListener {

        @Override
        public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (CASH.equals(ExtensionProperties.of(element).get(PROPERTY))) {
                var definition = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, FeePaymentPlugin::showAmount);
                definition.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, FeePaymentPlugin.this::cashCollected);
            }
        }

        @Override
        public void parseIntermediateThrowEvent(Element element, ScopeImpl scope, ActivityImpl activity) {
            if (CLOSE_ORDER.equals(ExtensionProperties.of(element).get(PROPERTY))) {
                activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution ->
                        payments.expire((String) execution.getVariable("paymentOrderRef")));
            }
        }
    }

    /** The amount as the officer reads it aloud at the counter: 200.000, not 200000 (the form shows the text). */
    private static void showAmount(DelegateTask task) {
        if (task.getVariable(FEE_AMOUNT) instanceof Number amount) {
            task.setVariableLocal(FEE_AMOUNT_TEXT, String.format(Locale.ROOT, "%,d", amount.longValue()).replace(',', '.'));
        }
    }

    private void cashCollected(DelegateTask task) {
        String officer = task.getAssignee();
        if (officer == null) {
            var authentication = Context.getCommandContext().getAuthentication();
            officer = authentication == null ? null : authentication.getUserId();
        }
        payments.recordCash(task.getExecution(), officer);
    }
}
