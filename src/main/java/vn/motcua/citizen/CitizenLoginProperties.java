package vn.motcua.citizen;

import jakarta.validation.constraints.NotBlank;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * How a citizen's e-ID login is read ({@code motcua.citizen.*}). The provider itself (VNeID or the
 * development simulator) is configured with Spring Boot's standard
 * {@code spring.security.oauth2.client.registration.vneid.*} and {@code ...provider.vneid.*} properties.
 *
 * @param idClaim the ID-token or userinfo claim that holds the citizen's 12-digit personal ID (CCCD)
 */
@Validated
@ConfigurationProperties("motcua.citizen")
public record CitizenLoginProperties(@DefaultValue("citizen_id") @NotBlank String idClaim) {
}
