package vn.motcua.organization;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.core.io.Resource;

/**
 * Where the organization of the province comes from.
 *
 * @param file            a YAML organization file ({@link OrganizationFile}) applied idempotently at
 *                        start-up; none by default
 * @param initialPassword the password given to officers the file creates; a demo credential, set only
 *                        in the dev profile. Without it new officers get an unguessable password that an
 *                        administrator resets.
 */
@ConfigurationProperties("motcua.organization")
public record OrganizationProperties(Resource file, String initialPassword) {
}
