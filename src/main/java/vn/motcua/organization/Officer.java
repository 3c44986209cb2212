package vn.motcua.organization;

import java.util.List;

/**
 * An officer as the organization sees them: an engine user with the roles they hold in their unit.
 *
 * @param unitCode    the unit of their first role group (for an officer who left: of the first they held then),
 *                    {@code null} if they hold none
 * @param deactivated whether they left ({@link OrganizationService#deactivate}): no sign-in, no groups
 */
public record Officer(String username, String name, String email, String unitCode, List<Role> roles,
                      boolean deactivated) {
}
