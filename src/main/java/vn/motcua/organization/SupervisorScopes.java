package vn.motcua.organization;

import java.util.HashSet;
import java.util.Set;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;


/**
 * Decides the monitoring scope of a signed-in officer: administrators ({@code camunda-admin}) and
 * supervisors of a provincial unit see the province; a commune supervisor sees the units of their
 * commune or ward (the same rule as {@link OrganizationService#supervisorGroupsCovering}); anyone
 * else is refused.
 */
@Component
public class SupervisorScopes {

    private static final String GROUP = "GROUP_";
    private static final String SUPERVISOR_SUFFIX = ":" + Role.SUPERVISOR.code();

    private final OrganizationService organization;

    SupervisorScopes(OrganizationService organization) {
        this.organization = organization;
    }

    /**
     * The scope of the officer, narrowed to {@code unit} when given.
     *
     * @throws AccessDeniedException for an officer who is no supervisor or administrator, or a unit outside the scope
     */
    public MonitoringScope of(Authentication officer, String unit) {
        MonitoringScope scope = of(officer);
        if (unit == null || unit.isBlank()) {
            return scope;
        }
        if (!scope.covers(unit)) {
            throw new AccessDeniedException("unit " + unit + " is outside the supervisor's scope");
        }
        return scope.only(unit);
    }

    /**
     * The scope of the officer.
     *
     * @throws AccessDeniedException for an officer who is no supervisor or administrator
     */
    public MonitoringScope of(Authentication officer) {
        Set<String> groups = new HashSet<>();
        for (GrantedAuthority authority : officer.getAuthorities()) {
            if (authority.getAuthority().startsWith(GROUP)) {
                groups.add(authority.getAuthority().substring(GROUP.length()));
            }
        }
        if (groups.contains("camunda-admin")) {
            return MonitoringScope.province();
        }
        Set<String> units = new HashSet<>();
        boolean supervisor = false;
        for (String group : groups) {
            if (!group.endsWith(SUPERVISOR_SUFFIX)) {
                continue;
            }
            supervisor = true;
            String unit = GroupIds.unitCodeOf(group);
            if (organization.isProvincial(unit)) {
                return MonitoringScope.province();
            }
            organization.supervisorGroupsCovering(unit).forEach(covering -> units.add(GroupIds.unitCodeOf(covering)));
            units.add(unit);
        }
        if (!supervisor) {
            throw new AccessDeniedException("not a supervisor");
        }
        return new MonitoringScope(Set.copyOf(units));
    }
}
