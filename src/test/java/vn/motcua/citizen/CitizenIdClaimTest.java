package vn.motcua.citizen;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CitizenIdClaimTest {

    private final CitizenIdClaim claim = new CitizenIdClaim("citizen_id");

    @ParameterizedTest
    @ValueSource(strings = {"079201001234", "001190005678", "000000000000", "999999999999"})
    void twelve_digits_are_the_citizen_id(String id) {
        assertThat(claim.readFrom(Map.of("sub", "opaque", "citizen_id", id))).isEqualTo(id);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "07920100123",      // 11 digits
            "0792010012345",    // 13 digits
            "07920100123A",     // a letter
            " 079201001234",    // padded
            "079201001234\n",   // trailing newline
            "0792-0100-1234",   // formatted
            "٠٧٩٢٠١٠٠١٢٣٤"})     // Arabic-Indic digits: digits to \d, not to a CCCD
    void anything_but_twelve_ascii_digits_is_refused_in_vietnamese(String id) {
        assertThatThrownBy(() -> claim.readFrom(Map.of("citizen_id", id)))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class, refused -> {
                    assertThat(refused.getError().getErrorCode()).isEqualTo(CitizenIdClaim.INVALID_CITIZEN_ID);
                    assertThat(refused.getError().getDescription()).isEqualTo(CitizenIdClaim.MALFORMED_MESSAGE)
                            .contains("12 chữ số");
                });
    }

    @Test
    void a_number_is_refused_because_it_may_have_lost_the_leading_zero() {
        assertThatThrownBy(() -> claim.readFrom(Map.of("citizen_id", 79201001234L)))
                .isInstanceOfSatisfying(OAuth2AuthenticationException.class, refused ->
                        assertThat(refused.getError().getDescription()).isEqualTo(CitizenIdClaim.MALFORMED_MESSAGE));
    }

    @Test
    void a_missing_or_empty_claim_is_refused_in_vietnamese() {
        Map<String, Object> withNull = new HashMap<>();
        withNull.put("citizen_id", null);
        for (Map<String, Object> claims : List.of(Map.<String, Object>of("sub", "x"),
                Map.<String, Object>of("citizen_id", ""), withNull)) {
            assertThatThrownBy(() -> claim.readFrom(claims))
                    .isInstanceOfSatisfying(OAuth2AuthenticationException.class, refused -> {
                        assertThat(refused.getError().getErrorCode()).isEqualTo(CitizenIdClaim.INVALID_CITIZEN_ID);
                        assertThat(refused.getError().getDescription()).isEqualTo(CitizenIdClaim.MISSING_MESSAGE);
                    });
        }
    }

    @Test
    void the_claim_name_is_configurable() {
        CitizenIdClaim cccd = new CitizenIdClaim("cccd");

        assertThat(cccd.readFrom(Map.of("cccd", "079201001234", "citizen_id", "bad"))).isEqualTo("079201001234");
        assertThatThrownBy(() -> cccd.readFrom(Map.of("citizen_id", "079201001234")))
                .isInstanceOf(OAuth2AuthenticationException.class);
    }
}
