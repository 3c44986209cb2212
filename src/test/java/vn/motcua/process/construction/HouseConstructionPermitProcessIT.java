package vn.motcua.process.construction;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import vn.motcua.IntegrationTest;
import vn.motcua.process.OneStopSkeletonContract;
import vn.motcua.process.ProcessDriver;

import static org.assertj.core.api.Assertions.assertThat;

/** Every path of processes/construction/house-construction-permit.bpmn, on PostgreSQL. */
@IntegrationTest
class HouseConstructionPermitProcessIT extends OneStopSkeletonContract {

    @Override
    protected String processKey() {
        return "house-construction-permit";
    }

    @Override
    protected String procedureCode() {
        return "1.009994";
    }

    @Override
    protected String receivingUnit() {
        return ProcessDriver.PROVINCE_CENTER;
    }

    @Override
    protected String handlingUnit() {
        return ProcessDriver.CONSTRUCTION_DEPARTMENT;
    }

    @Override
    protected Map<String, Object> procedureVariables() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("constructionAddress", "Số 5 đường Hai Bà Trưng, phường Tân Định");
        variables.put("landParcel", "Thửa đất số 112, tờ bản đồ số 7");
        variables.put("landCertificateNumber", "DH 123456");
        variables.put("floorCount", 4);
        variables.put("totalFloorArea", 320.5);
        return variables;
    }

    @Override
    protected Object[] appraisalApproved() {
        return new Object[] {"appraisalOutcome", "approve", "siteVisitDate", "2025-11-27",
                "siteVisitNote", "Hiện trạng phù hợp bản vẽ", "appraisalNote", "Đề xuất cấp phép"};
    }

    @Override
    protected String leaderTask() {
        return "Task_Approve";
    }

    @Test
    void the_leader_refuses_the_permit_and_the_written_refusal_is_returned_as_the_result() {
        assertLeaderRefusalIsReturnedAsTheResult();
    }

    @Test
    void the_steps_fit_in_fifteen_working_days() {
        assertThat(driver.latestProperty(processKey(), "Task_Appraise", "slaDays")).isEqualTo("10");
        assertThat(driver.allottedHours(processKey(), "Task_Appraise", "Task_Approve")).isLessThanOrEqualTo(15 * 8);
    }
}
