package vn.motcua.fees;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.camunda.bpm.dmn.engine.DmnDecision;
import org.camunda.bpm.dmn.engine.DmnDecisionTableResult;
import org.camunda.bpm.dmn.engine.DmnEngine;
import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fee table processes/routing/certified-copy-fee.dmn (Circular 226/2016/TT-BTC): 2,000 đ per page for
 * pages 1–2, 1,000 đ from page 3, at most 200,000 đ per copy; an exempt applicant pays nothing (hit
 * policy FIRST, the exemption row first). Evaluated by the Camunda DMN engine alone, without the process engine.
 */
class CertifiedCopyFeeDecisionTest {

    private static DmnEngine engine;
    private static DmnDecision decision;

    @BeforeAll
    static void parse() throws Exception {
        engine = DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine();
        try (InputStream dmn = Files.newInputStream(Path.of("processes/routing/certified-copy-fee.dmn"))) {
            decision = engine.parseDecision("certified-copy-fee", dmn);
        }
    }

    @ParameterizedTest(name = "{0} pages × {1} copies, exempt={2} → {3} đ")
    @CsvSource({
            "5,   1, false, 7000",   // 2 × 2,000 + 3 × 1,000
            "1,   1, false, 2000",
            "2,   1, false, 4000",
            "3,   1, false, 5000",
            "5,   2, false, 14000",
            "198, 1, false, 200000", // the cap is reached exactly
            "199, 1, false, 200000",
            "250, 2, false, 400000", // capped per copy
            "5,   1, true,  0",
            "250, 3, true,  0"})
    void the_fee_follows_the_circular(int pageCount, int copies, boolean exempt, long fee) {
        assertThat(feeOf(Map.of("pageCount", pageCount, "copies", copies, "exempt", exempt))).isEqualTo(fee);
    }

    @Test
    void an_applicant_not_marked_exempt_pays_the_full_fee_for_five_pages() {
        Map<String, Object> variables = new HashMap<>();
        variables.put("pageCount", 5);
        variables.put("copies", 1);

        assertThat(feeOf(variables)).as("no exempt variable").isEqualTo(7000L);
        variables.put("exempt", null);
        assertThat(feeOf(variables)).as("exempt unknown").isEqualTo(7000L);
    }

    @Test
    void no_fee_is_computed_for_an_original_without_pages_even_when_exempt() {
        assertThat(engine.evaluateDecisionTable(decision, Map.of("pageCount", 0, "copies", 1, "exempt", true)))
                .isEmpty();
    }

    private static Object feeOf(Map<String, Object> variables) {
        DmnDecisionTableResult result = engine.evaluateDecisionTable(decision, variables);
        assertThat(result).hasSize(1);
        Object fee = result.getSingleResult().getSingleEntry();
        assertThat(fee).isInstanceOf(Long.class);
        return fee;
    }
}
