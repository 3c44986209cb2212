package vn.motcua.process.generated;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;

import vn.motcua.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The skeleton's paths on processes/generated/business-household-registration.bpmn, generated from the step
 * table processes/internal/business-household-registration.yaml (routing and refusal in
 * {@link BusinessHouseholdContract}).
 */
@IntegrationTest
class BusinessHouseholdRegistrationProcessIT extends BusinessHouseholdContract {

    @Override
    protected String processKey() {
        return "business-household-registration";
    }

    @Override
    protected String procedureCode() {
        return "1.001612";
    }

    /** The catalog's fixed fee (100.000 đồng) is collected at the receiving counter before handling. */
    @Override
    protected void passStepsBeforeHandling(ProcessInstance dossier) {
        assertThat(driver.variable(dossier, "feeAmount")).isEqualTo(100_000L);
        driver.payFeeAtCounter(dossier, receivingUnit());
    }

    @Override
    protected List<Integer> statusesBeforeHandling() {
        return List.of(2, 6, 4);
    }

    @Override
    protected Map<String, Object> procedureVariables() {
        Map<String, Object> variables = super.procedureVariables();
        variables.put("businessLine", "Bán lẻ hàng hóa tổng hợp");
        return variables;
    }

    @Test
    void the_steps_fit_in_three_working_days_and_use_the_generated_forms() {
        assertThat(driver.allottedHours(processKey(), "Task_Appraise", "Task_Sign")).isLessThanOrEqualTo(3 * 8);
        var dossier = receivedDossier();
        assertThat(driver.task(dossier, "Task_Appraise").getCamundaFormRef().getKey())
                .isEqualTo("business-household-registration-appraise");
    }
}
