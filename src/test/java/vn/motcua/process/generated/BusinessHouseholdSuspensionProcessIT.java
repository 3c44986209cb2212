package vn.motcua.process.generated;

import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.motcua.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The skeleton's paths on processes/generated/business-household-suspension.bpmn, generated from the CSV step
 * table processes/internal/business-household-suspension.csv, as a designer saves it from Excel (routing and
 * refusal in {@link BusinessHouseholdContract}).
 */
@IntegrationTest
class BusinessHouseholdSuspensionProcessIT extends BusinessHouseholdContract {

    @Override
    protected String processKey() {
        return "business-household-suspension";
    }

    @Override
    protected String procedureCode() {
        return "1.001570";
    }

    @Override
    protected Map<String, Object> procedureVariables() {
        Map<String, Object> variables = super.procedureVariables();
        variables.put("suspensionPeriod", "Từ 01/12/2026 đến 28/02/2027");
        return variables;
    }

    @Test
    void the_csv_rows_give_two_days_to_the_commune_officer_one_to_the_leader_and_the_generated_forms() {
        assertThat(driver.allottedHours(processKey(), "Task_Appraise")).isEqualTo(2 * 8);
        assertThat(driver.allottedHours(processKey(), "Task_Sign")).isEqualTo(8);
        var dossier = receivedDossier();
        assertThat(driver.task(dossier, "Task_Appraise").getCamundaFormRef().getKey())
                .isEqualTo("business-household-suspension-appraise");
    }
}
