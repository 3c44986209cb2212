package vn.motcua.process.generated;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.motcua.process.OneStopSkeletonContract;
import vn.motcua.process.ProcessDriver;

/**
 * The skeleton contract of the generated business-household procedures: received at the Tân An center, handled by
 * the commune where the business is (routing decision civil-status-handling-unit), the commune leader signs
 * ({@code Task_Sign}) or refuses.
 */
abstract class BusinessHouseholdContract extends OneStopSkeletonContract {

    @Override
    protected String receivingUnit() {
        return ProcessDriver.TAN_AN_CENTER;
    }

    @Override
    protected String handlingUnit() {
        return ProcessDriver.TAN_DINH_COMMUNE;
    }

    /** The commune that decides the routing and the business's name; subclasses add their own fields. */
    @Override
    protected Map<String, Object> procedureVariables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("residenceCommune", "000.01.00.H99");
        variables.put("businessName", "Hộ kinh doanh Tạp hóa An Bình");
        return variables;
    }

    @Override
    protected Object[] appraisalApproved() {
        return new Object[] {"appraisalOutcome", "approve", "appraisalNote", "Hồ sơ hợp lệ, đề xuất lãnh đạo ký"};
    }

    @Override
    protected String leaderTask() {
        return "Task_Sign";
    }

    @Test
    void the_leader_refuses_and_the_written_refusal_is_returned_as_the_result() {
        assertLeaderRefusalIsReturnedAsTheResult();
    }
}
