package vn.motcua.citizen.simulator;

import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.context.annotation.Profile;
import org.springframework.validation.annotation.Validated;

/**
 * The development VNeID simulator ({@code motcua.citizen.simulator.*}, dev and test profiles only).
 *
 * @param clientId     the one client it knows: this application (the same value as
 *                     {@code spring.security.oauth2.client.registration.vneid.client-id})
 * @param clientSecret that client's secret
 * @param password     the password of every simulated citizen; a demo credential
 * @param idClaim      the claim it issues the citizen's ID in (the one the application reads)
 * @param citizens     the simulated citizens by a short key; a citizen signs in with the ID number
 */
@Profile(VneidSimulatorConfiguration.PROFILES)
@Validated
@ConfigurationProperties("motcua.citizen.simulator")
record VneidSimulatorProperties(@NotBlank String clientId, @NotBlank String clientSecret, @NotBlank String password,
                                @DefaultValue("citizen_id") @NotBlank String idClaim,
                                @NotEmpty Map<String, @Valid Citizen> citizens) {

    /**
     * A simulated e-ID account. The simulator issues the ID as it is configured, even malformed, so that
     * tests can check the application refuses it.
     *
     * @param citizenId the personal ID number (CCCD)
     * @param name      full name with diacritics
     * @param birthdate ISO date ({@code yyyy-MM-dd}), as the OpenID Connect {@code birthdate} claim
     */
    record Citizen(@NotBlank String citizenId, @NotBlank String name, String birthdate) {
    }
}
