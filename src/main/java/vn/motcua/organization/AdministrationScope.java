package vn.motcua.organization;

import java.util.Collection;
import java.util.Optional;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import vn.motcua.platform.security.EngineIdentityAuthenticationProvider;

/**
 * What an administrator may configure. A provincial administrator (the administrator role at a unit of the province
 * level, who also is in the engine's {@code camunda-admin} group) configures everything; the administrator of a
 * department or commune (the role at that unit or below it) configures only that unit's subtree: its units, its
 * officers, and the procedures it implements. Officers, supervisors and designers administer nothing.
 */
@Component
public class AdministrationScope {

    private final OrganizationService organization;

    AdministrationScope(OrganizationService organization) {
        this.organization = organization;
    }

    /**
     * The units an administrator administers.
     *
     * @param unitCode the department or commune administered; {@code null} for the whole province
     */
    public record Scope(String unitCode, String unitName) {

        public boolean isProvince() {
            return unitCode == null;
        }
    }

    /** The signed-in user's scope; empty when they administer nothing. */
    public Optional<Scope> of(Authentication user) {
        if (user == null) {
            return Optional.empty();
        }
        return of(user.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(EngineIdentityAuthenticationProvider.GROUP_PREFIX))
                .map(authority -> authority.substring(EngineIdentityAuthenticationProvider.GROUP_PREFIX.length()))
                .toList());
    }

    /** The scope of an officer in these engine groups; empty when they administer nothing. */
    public Optional<Scope> of(Collection<String> groupIds) {
        if (groupIds.contains(Groups.CAMUNDA_ADMIN)) {
            return Optional.of(new Scope(null, "Toàn tỉnh"));
        }
        for (String group : groupIds) {
            String unit = GroupIds.unitCodeOf(group);
            if (unit != null && group.equals(GroupIds.of(unit, Role.ADMINISTRATOR))) {
                Optional<String> administered = organization.administeredUnitOf(unit);
                if (administered.isPresent()) {
                    String code = administered.get();
                    return Optional.of(new Scope(code, organization.unitNames().getOrDefault(code, code)));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether the scope covers the unit (a provincial scope covers every unit). */
    public boolean covers(Scope scope, String unitCode) {
        return scope.isProvince() || (unitCode != null && organization.isWithin(unitCode, scope.unitCode()));
    }
}
