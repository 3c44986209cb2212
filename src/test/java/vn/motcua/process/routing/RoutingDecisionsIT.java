package vn.motcua.process.routing;

import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;

import vn.motcua.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** Every row of the decisions in processes/routing/, evaluated by the deployed decision service. */
@IntegrationTest
class RoutingDecisionsIT {

    @Autowired
    ProcessEngine engine;

    @ParameterizedTest(name = "{0} pages × {1} copies → {2} đ")
    @CsvSource({
            "1,   1, 2000",
            "2,   1, 4000",
            "3,   1, 5000",
            "5,   1, 7000",
            "198, 1, 200000",
            "199, 1, 200000",
            "200, 1, 200000",
            "5,   2, 14000",
            "1,   3, 6000",
            "200, 3, 600000"})
    void the_certified_copy_fee_follows_the_worked_examples(int pageCount, int copies, long feeAmount) {
        DmnDecisionTableResult result = evaluate("certified-copy-fee", Map.of("pageCount", pageCount, "copies", copies));

        assertThat(result).hasSize(1);
        Object fee = result.getSingleResult().getSingleEntry();
        assertThat(fee).isInstanceOf(Long.class).isEqualTo(feeAmount);
    }

    @Test
    void no_fee_is_computed_for_an_original_without_pages() {
        assertThat(evaluate("certified-copy-fee", Map.of("pageCount", 0, "copies", 1))).isEmpty();
        assertThat(evaluate("certified-copy-fee", Map.of("pageCount", 3, "copies", 0))).isEmpty();
    }

    @ParameterizedTest(name = "residence {0}")
    @CsvSource({"000.01.00.H99", "000.02.00.H99", "000.03.00.H99", "000.250.00.H99"})
    void civil_status_matters_go_to_the_commune_of_residence_whichever_it_is(String commune) {
        assertThat(unitFor("civil-status-handling-unit", Map.of("residenceCommune", commune))).isEqualTo(commune);
    }

    @ParameterizedTest(name = "received in commune {0}")
    @CsvSource({"000.01.00.H99", "000.02.00.H99", "000.03.00.H99", "000.250.00.H99"})
    void copies_are_certified_by_the_commune_of_the_receiving_center_whichever_it_is(String commune) {
        assertThat(unitFor("certified-copy-handling-unit", Map.of("receivingCommune", commune))).isEqualTo(commune);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
            "citizen,   000.00.10.H99",
            "foreigner, 000.00.10.H99"})
    void judicial_records_are_issued_by_the_department_of_justice(String applicantType, String unit) {
        assertThat(unitFor("judicial-record-handling-unit", Map.of("applicantType", applicantType))).isEqualTo(unit);
    }

    @ParameterizedTest(name = "receiving commune {0}")
    @CsvSource({"000.01.00.H99", "000.02.00.H99", "000.03.00.H99"})
    void house_permits_are_issued_by_the_commune_whose_center_received_the_dossier(String commune) {
        assertThat(unitFor("house-construction-permit-handling-unit", Map.of("receivingCommune", commune)))
                .isEqualTo(commune);
    }

    @Test
    void the_house_permit_fee_table_charges_every_applicant_but_the_exempt_ones() {
        assertThat(fee("house-construction-permit-fee", Map.of())).isEqualTo(75_000L);
        assertThat(fee("house-construction-permit-fee", Map.of("exempt", false))).isEqualTo(75_000L);
        assertThat(fee("house-construction-permit-fee", Map.of("exempt", true))).isEqualTo(0L);
    }

    @Test
    void the_judicial_record_fee_is_the_catalog_amount() {
        Object fee = engine.getDecisionService().evaluateDecisionByKey("judicial-record-fee").evaluate()
                .getSingleResult().getSingleEntry();
        assertThat(fee).isInstanceOf(Long.class).isEqualTo(200_000L);
    }

    private Object fee(String key, Map<String, Object> variables) {
        DmnDecisionTableResult result = evaluate(key, variables);
        assertThat(result).hasSize(1);
        return result.getSingleResult().getSingleEntry();
    }

    private DmnDecisionTableResult evaluate(String key, Map<String, Object> variables) {
        return engine.getDecisionService().evaluateDecisionTableByKey(key, variables);
    }

    private Object unitFor(String key, Map<String, Object> variables) {
        DmnDecisionTableResult result = evaluate(key, variables);
        assertThat(result).hasSize(1);
        return result.getSingleResult().getEntry("handlingUnit");
    }
}
