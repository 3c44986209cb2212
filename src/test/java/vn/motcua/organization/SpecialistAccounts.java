package vn.motcua.organization;

import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Specialists the tests create for themselves, so that changing or locking one touches no other test's
 * officer: "Đỗ Văn Thử" of the Tân Định ward, password {@code test-password}.
 */
public final class SpecialistAccounts {

    private SpecialistAccounts() {
    }

    /** A new specialist whose username is {@code prefix} and six random digits. */
    public static String create(OrganizationService organization, String prefix) {
        String username = prefix + ThreadLocalRandom.current().nextInt(100_000, 999_999);
        organization.saveOfficer(username, "Đỗ Văn Thử", "000.01.00.H99", List.of(Role.SPECIALIST), null, "test-password");
        return username;
    }
}
