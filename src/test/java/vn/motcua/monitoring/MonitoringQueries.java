package vn.motcua.monitoring;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.sql.DataSource;

import org.mockito.Mockito;
import org.springframework.jdbc.core.simple.JdbcClient;

import vn.motcua.organization.MonitoringScope;
import vn.motcua.organization.OrganizationService;
import vn.motcua.organization.Unit;
import vn.motcua.sla.Deadlines;
import vn.motcua.sla.SlaClock;

/**
 * The monitoring queries outside Spring, on a plain data source (for the benchmark): the same
 * services the API calls, with a fixed unit list in place of the organization module.
 */
public final class MonitoringQueries {

    private final Dashboard dashboard;
    private final UnitStatistics statistics;
    private final ServiceIndex766 index766;

    public MonitoringQueries(DataSource dataSource, Deadlines deadlines, List<Unit> units) {
        JdbcClient jdbc = JdbcClient.create(dataSource);
        MonitoringProperties properties = new MonitoringProperties(90, Duration.ofMinutes(5),
                Duration.ofMinutes(5), Duration.ofMinutes(1),
                new MonitoringProperties.Index766Weights(20, 22, 22, 0.5, 0.25, 0.25));
        OrganizationService organization = Mockito.mock(OrganizationService.class);
        Mockito.when(organization.units()).thenReturn(units);
        this.dashboard = new Dashboard(jdbc, deadlines, new TypicalStepDurations(jdbc, properties), organization,
                Mockito.mock(SlaClock.class));
        this.statistics = new UnitStatistics(jdbc, dashboard);
        this.index766 = new ServiceIndex766(jdbc, properties);
    }

    private static MonitoringScope scope(Set<String> units) {
        return units == null ? MonitoringScope.province() : new MonitoringScope(units);
    }

    public Object now(Set<String> units) {
        return dashboard.now(scope(units));
    }

    public Object dossiers(Set<String> units, String state) {
        return dashboard.dossiers(scope(units), DossierState.parse(state), null, 50, 0);
    }

    public Object trends(Set<String> units, LocalDate from, LocalDate to) {
        return dashboard.trends(scope(units), from, to);
    }

    public Object statistics(Set<String> units, LocalDate from, LocalDate to) {
        return statistics.report(scope(units), from, to);
    }

    public Object index766(Set<String> units, LocalDate from, LocalDate to) {
        return index766.compute(scope(units), from, to, 200, 0);
    }
}
