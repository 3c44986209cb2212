package vn.motcua.organization.importing;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the organization imports ({@code docs/organization-import.md}).
 *
 * @param maxFileSize a units or officers file larger than this is refused with 413 (a province's 5,000 officers
 *                    take about 0.5 MB as CSV)
 */
@ConfigurationProperties("motcua.organization.import")
public record OrganizationImportProperties(@DefaultValue("5MB") DataSize maxFileSize) {
}
