package vn.motcua.dossier;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The dossier code format (Circular 03/2025 may change it: keep it configurable).
 *
 * @param pattern placeholders {@code {unit}} (receiving unit code), {@code {date}} (reception day as
 *                yyMMdd) and {@code {seq}} (daily sequence of the unit, zero-padded to {@code digits})
 * @param digits  width of the daily sequence
 */
@ConfigurationProperties("motcua.dossier.code")
public record DossierCodeProperties(@DefaultValue("{unit}-{date}-{seq}") String pattern,
                                    @DefaultValue("4") int digits) {
}
