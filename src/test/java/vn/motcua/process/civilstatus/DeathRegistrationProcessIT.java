package vn.motcua.process.civilstatus;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.IntegrationTest;
import vn.motcua.process.OneStopSkeletonContract;
import vn.motcua.process.ProcessDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** Every path of processes/civil-status/death-registration.bpmn, on PostgreSQL. */
@IntegrationTest
class DeathRegistrationProcessIT extends OneStopSkeletonContract {

    @Override
    protected String processKey() {
        return "death-registration";
    }

    @Override
    protected String procedureCode() {
        return "1.000656";
    }

    @Override
    protected String receivingUnit() {
        return ProcessDriver.KINH_BAC_CENTER;
    }

    @Override
    protected String handlingUnit() {
        return ProcessDriver.TAN_AN_COMMUNE;
    }

    @Override
    protected Map<String, Object> procedureVariables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("relationship", "con");
        variables.put("deceasedName", "Nguyễn Văn Bình");
        variables.put("deceasedId", "079040001111");
        variables.put("deceasedBirthDate", "1940-02-01");
        variables.put("deathDate", "2025-11-20");
        variables.put("deathPlace", "Tại nhà riêng, xã Tân An");
        variables.put("residenceCommune", "000.02.00.H99");
        return variables;
    }

    @Override
    protected Object[] appraisalApproved() {
        return new Object[] {"appraisalOutcome", "approve", "registrationNumber", "45/2025", "appraisalNote", "Đủ điều kiện"};
    }

    @Override
    protected String leaderTask() {
        return "Task_Sign";
    }

    @ParameterizedTest(name = "last residence {0} is handled by {1}")
    @CsvSource({
            "000.01.00.H99, 000.01.00.H99",
            "000.02.00.H99, 000.02.00.H99",
            "000.03.00.H99, 000.03.00.H99"})
    void the_commune_of_the_deceaseds_last_residence_handles_the_registration(String commune, String unit) {
        ProcessInstance dossier = submit("received", Map.of("residenceCommune", commune));

        assertThat(driver.variable(dossier, "handlingUnit")).isEqualTo(unit);
        assertThat(driver.candidateGroups(dossier, "Task_Appraise")).containsExactly(unit + ":specialist");
    }

    @Test
    void a_same_day_procedure_allots_at_most_eight_working_hours_to_its_steps() {
        assertThat(driver.allottedHours(processKey(), "Task_CheckOnline", "Task_Appraise", "Task_Sign"))
                .isLessThanOrEqualTo(8);
    }
}
