package vn.motcua.organization;

import java.util.Set;

/**
 * The units whose numbers a supervisor may see: {@code units == null} means the whole province
 * (provincial supervisors, administrators); otherwise the units of the supervisor's commune or ward.
 */
public record MonitoringScope(Set<String> units) {

    public static MonitoringScope province() {
        return new MonitoringScope(null);
    }

    public boolean wholeProvince() {
        return units == null;
    }

    public boolean covers(String unit) {
        return units == null || units.contains(unit);
    }

    /** This scope narrowed to one unit, which the caller checked it covers. */
    public MonitoringScope only(String unit) {
        return new MonitoringScope(Set.of(unit));
    }
}
