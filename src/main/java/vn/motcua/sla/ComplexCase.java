package vn.motcua.sla;

import java.time.Instant;

/**
 * The complex-case limit (thời hạn giải quyết trường hợp phức tạp) as applied to a dossier's clock, for the notice
 * the applicant is given.
 *
 * @param appliedAt   when verification or a field inspection was decided
 * @param reason      what is to be verified, as the applicant is told; {@code null} when none was written
 * @param receivedAt  when the complete dossier was received (both appointments count from it)
 * @param limit       the complex-case limit now on the clock
 * @param appointment the appointment under that limit (reception plus the longer limit). The appointment of the
 *                    receipt slip is not kept: it is the reception plus the procedure's normal limit.
 */
public record ComplexCase(Instant appliedAt, String reason, Instant receivedAt, TimeLimit limit, Instant appointment) {
}
