/**
 * The audit trail: who did what and when (sign-ins, administrators' changes, engine operations from the
 * engine's user operation log), single-line and safe for log readers.
 */
@ApplicationModule(displayName = "Audit")
package vn.motcua.audit;

import org.springframework.modulith.ApplicationModule;
