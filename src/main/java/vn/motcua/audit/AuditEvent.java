package vn.motcua.audit;

import java.time.Instant;

/** One line of the audit trail. */
public record AuditEvent(long id, Instant occurredAt, String actor, AuditAction action, String target,
                         String detail, String remoteAddress) {
}
