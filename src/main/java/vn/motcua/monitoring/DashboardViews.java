package vn.motcua.monitoring;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** The JSON answers of {@code /api/monitoring/now}, {@code /dossiers} and {@code /trends}. */
public final class DashboardViews {

    private DashboardViews() {
    }

    public record Now(Instant at, Totals totals, List<UnitLoad> byUnit, List<StepLoad> bySteps,
                      List<DossierItem> mostOverdue) {
    }

    /** Open dossiers; overdue / due within a working day / at risk count unpaused ones only. */
    public record Totals(long open, long overdue, long dueSoon, long atRisk, long paused) {
    }

    public record UnitLoad(String unit, String unitName, long open, long overdue, long dueSoon, long paused) {
    }

    public record StepLoad(String stepKey, String stepName, String unit, String unitName, long open, long overdue) {
    }

    /** One dossier of a drill-down list, with how late it is in working hours (0 when not late). */
    public record DossierItem(String id, String code, String procedureCode, String procedureName,
                              String receivingUnit, String responsibleUnit, int status, String statusLabel,
                              Instant receivedAt, Instant appointmentAt, boolean paused, double lateWorkingHours,
                              String controlSheet, String cockpit) {
    }

    public record Trends(LocalDate from, LocalDate to, List<ReceivedDay> receivedPerDay, List<OnTimeRate> onTimeByUnit,
                         List<OnTimeRate> onTimeByProcedure, List<StepDuration> stepDurations) {
    }

    public record ReceivedDay(LocalDate day, long counter, long online, long post) {
    }

    /** Resolved in the period: early + on time over all classified, as a fraction (null when none). */
    public record OnTimeRate(String key, String name, long resolved, long onTime, Double rate) {
    }

    /** Average working time of the steps of a key completed in the period, slowest first. */
    public record StepDuration(String stepKey, String stepName, long completed, double averageWorkingHours,
                               long late) {
    }
}
