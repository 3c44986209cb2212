package vn.motcua.organization;

/**
 * An officer's access changed through the organization API: a role removed, the account locked or
 * unlocked, the password reset by an administrator. Their live sessions end at once and their standing
 * is read afresh (vn.motcua.organization.OfficerStanding).
 */
public record OfficerAccessChanged(String username) {
}
