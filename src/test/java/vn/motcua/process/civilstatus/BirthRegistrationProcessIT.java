package vn.motcua.process.civilstatus;

import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import vn.motcua.IntegrationTest;
import vn.motcua.process.OneStopSkeletonContract;
import vn.motcua.process.ProcessDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** Every path of processes/civil-status/birth-registration.bpmn, on PostgreSQL. */
@IntegrationTest
class BirthRegistrationProcessIT extends OneStopSkeletonContract {

    @Override
    protected String processKey() {
        return "birth-registration";
    }

    @Override
    protected String procedureCode() {
        return "1.001193";
    }

    @Override
    protected String receivingUnit() {
        return ProcessDriver.TAN_AN_CENTER;
    }

    @Override
    protected String handlingUnit() {
        return ProcessDriver.TAN_DINH_COMMUNE;
    }

    @Override
    protected Map<String, Object> procedureVariables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("relationship", "cha");
        variables.put("childName", "Nguyễn Minh Khôi");
        variables.put("childBirthDate", "2025-06-30");
        variables.put("childSex", "nam");
        variables.put("birthPlace", "Bệnh viện Đa khoa tỉnh");
        variables.put("residenceCommune", "000.01.00.H99");
        return variables;
    }

    @Override
    protected Object[] appraisalApproved() {
        return new Object[] {"appraisalOutcome", "approve", "registrationNumber", "125/2025", "appraisalNote", "Đủ điều kiện"};
    }

    @Override
    protected String leaderTask() {
        return "Task_Sign";
    }

    @Override
    protected String resultReturnForm() {
        return "birth-registration-return";
    }

    @ParameterizedTest(name = "residence {0} is handled by {1}")
    @CsvSource({
            "000.01.00.H99, 000.01.00.H99",
            "000.02.00.H99, 000.02.00.H99",
            "000.03.00.H99, 000.03.00.H99"})
    void the_routing_decision_sends_each_commune_of_residence_to_its_peoples_committee(String commune, String unit) {
        ProcessInstance dossier = submit("received", Map.of("residenceCommune", commune));

        BpmnAwareTests.assertThat(dossier).variables().containsEntry("handlingUnit", unit);
        assertThat(driver.candidateGroups(dossier, "Task_Appraise")).containsExactly(unit + ":specialist");
    }

    @Test
    void an_appraisal_without_an_outcome_goes_on_to_the_signature() {
        ProcessInstance dossier = receivedDossier();
        driver.complete(dossier, "Task_Appraise", "registrationNumber", "1/2025", "appraisalNote", "Đủ");

        BpmnAwareTests.assertThat(dossier).isWaitingAt("Task_Sign");
    }

    @Test
    void a_same_day_procedure_allots_at_most_eight_working_hours_to_its_steps() {
        assertThat(driver.allottedHours(processKey(), "Task_CheckOnline", "Task_Appraise", "Task_Sign"))
                .isLessThanOrEqualTo(8);
    }
}
