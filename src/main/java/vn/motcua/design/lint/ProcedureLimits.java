package vn.motcua.design.lint;

import java.math.BigDecimal;
import java.util.Optional;

import vn.motcua.catalog.Procedure;

/** The legal time limit of the procedure a process handles, by process key. */
@FunctionalInterface
public interface ProcedureLimits {

    /** No catalog: the legal-limit rule checks nothing. */
    ProcedureLimits NONE = processKey -> Optional.empty();

    Optional<LegalLimit> of(String processKey);

    /** A limit counted in working hours (a working day is {@value #HOURS_PER_DAY} hours). */
    int HOURS_PER_DAY = 8;

    /**
     * @param procedure    the procedure's catalog code
     * @param workingHours the longest time the law allows, in working hours (the extended limit when there is one)
     * @param description  the limit as the catalog states it, in Vietnamese
     */
    record LegalLimit(String procedure, BigDecimal workingHours, String description) {

        /** The limit of a catalog procedure version (its counter limit); {@code null} when it states none. */
        public static LegalLimit of(Procedure procedure) {
            Procedure.LegalLimit limit = procedure.limit();
            return limit == null ? null : of(procedure.code(), limit.workingDays(), limit.workingHours(), limit.sameDay(),
                    limit.extendedWorkingDays());
        }

        /** From the fields of a catalog limit; {@code null} when it states no usable limit. */
        public static LegalLimit of(String procedure, Integer workingDays, Integer workingHours, boolean sameDay,
                             Integer extendedWorkingDays) {
            BigDecimal hours = null;
            String description = null;
            if (sameDay) {
                hours = BigDecimal.valueOf(HOURS_PER_DAY);
                description = "trong ngày làm việc (" + HOURS_PER_DAY + " giờ)";
            } else if (workingHours != null) {
                hours = BigDecimal.valueOf(workingHours);
                description = workingHours + " giờ làm việc";
            } else if (workingDays != null) {
                hours = BigDecimal.valueOf((long) workingDays * HOURS_PER_DAY);
                description = workingDays + " ngày làm việc";
            }
            if (extendedWorkingDays != null) {
                BigDecimal extended = BigDecimal.valueOf((long) extendedWorkingDays * HOURS_PER_DAY);
                if (hours == null || extended.compareTo(hours) > 0) {
                    hours = extended;
                    description = (description == null ? "" : description + "; ") + "kéo dài tối đa "
                            + extendedWorkingDays + " ngày làm việc";
                }
            }
            return hours == null ? null : new LegalLimit(procedure, hours, description);
        }
    }
}
