package vn.motcua.process.generated;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.motcua.IntegrationTest;
import vn.motcua.process.OneStopSkeletonContract;
import vn.motcua.process.ProcessDriver;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The skeleton's paths on processes/generated/business-household-registration.bpmn, generated from the step
 * table processes/internal/business-household-registration.yaml: received at the Tân An center, handled by
 * the commune where the business is (routing decision civil-status-handling-unit).
 */
@IntegrationTest
class BusinessHouseholdRegistrationProcessIT extends OneStopSkeletonContract {

    @Override
    protected String processKey() {
        return "business-household-registration";
    }

    @Override
    protected String procedureCode() {
        return "1.001612";
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
        variables.put("residenceCommune", "phuong-tan-dinh");
        variables.put("businessName", "Hộ kinh doanh Tạp hóa An Bình");
        variables.put("businessLine", "Bán lẻ hàng hóa tổng hợp");
        return variables;
    }

    @Override
    protected Object[] appraisalApproved() {
        return new Object[] {"appraisalOutcome", "approve", "appraisalNote", "Hồ sơ hợp lệ, đề xuất cấp"};
    }

    @Override
    protected String leaderTask() {
        return "Task_Sign";
    }

    @Test
    void the_leader_refuses_and_the_written_refusal_is_returned_as_the_result() {
        assertLeaderRefusalIsReturnedAsTheResult();
    }

    @Test
    void the_steps_fit_in_three_working_days_and_use_the_generated_forms() {
        assertThat(driver.allottedHours(processKey(), "Task_Appraise", "Task_Sign")).isLessThanOrEqualTo(3 * 8);
        var dossier = receivedDossier();
        assertThat(driver.task(dossier, "Task_Appraise").getCamundaFormRef().getKey())
                .isEqualTo("business-household-registration-appraise");
    }
}
