package vn.motcua.monitoring;

import java.util.Map;

import vn.motcua.organization.MonitoringScope;

/** The SQL condition of a monitoring scope on the dossier table (alias {@code d}) and its parameters. */
record ScopeFilter(String sql, Map<String, Object> params) {

    /** Dossiers the scope's units handle now or received. */
    static ScopeFilter dossiers(MonitoringScope scope) {
        if (scope.wholeProvince()) {
            return new ScopeFilter("", Map.of());
        }
        return new ScopeFilter(" and (d.responsible_unit in (:scopeUnits) or d.receiving_unit in (:scopeUnits))",
                Map.of("scopeUnits", scope.units()));
    }

    /** Dossiers received by the scope's units (counter statistics). */
    static ScopeFilter receivedBy(MonitoringScope scope) {
        if (scope.wholeProvince()) {
            return new ScopeFilter("", Map.of());
        }
        return new ScopeFilter(" and d.receiving_unit in (:scopeUnits)", Map.of("scopeUnits", scope.units()));
    }
}
