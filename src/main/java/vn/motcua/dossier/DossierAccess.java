package vn.motcua.dossier;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import vn.motcua.organization.GroupIds;
import vn.motcua.organization.OrganizationService;
import vn.motcua.organization.Role;

/**
 * Who may do what with a dossier, in one place: reception officers act for their own center; the units
 * a dossier passes through, their supervisors, provincial supervisors and administrators may read it.
 */
@Component
class DossierAccess {

    private static final String GROUP = "GROUP_";
    private static final String ADMINISTRATORS = GROUP + "camunda-admin";
    private static final String CITIZEN = "ROLE_CITIZEN";

    private final OrganizationService organization;

    DossierAccess(OrganizationService organization) {
        this.organization = organization;
    }

    boolean isReceptionOf(Authentication officer, String unitCode) {
        Set<String> groups = groups(officer);
        return groups.contains(GroupIds.of(unitCode, Role.RECEPTION)) || isAdministrator(officer);
    }

    boolean canRead(Authentication officer, Dossier dossier) {
        if (isAdministrator(officer)) {
            return true;
        }
        Set<String> groups = groups(officer);
        for (String group : groups) {
            String unit = GroupIds.unitCodeOf(group);
            if (unit == null) {
                continue;
            }
            boolean involved = unit.equals(dossier.receivingUnit()) || unit.equals(dossier.handlingUnit());
            boolean supervises = group.endsWith(":" + Role.SUPERVISOR.code())
                    && (organization.isProvincial(unit) || supervisorGroupsOver(dossier).contains(group));
            if (involved || supervises) {
                return true;
            }
        }
        return false;
    }

    private Set<String> supervisorGroupsOver(Dossier dossier) {
        Set<String> supervisors = new HashSet<>(organization.supervisorGroupsCovering(dossier.receivingUnit()));
        if (dossier.handlingUnit() != null) {
            supervisors.addAll(organization.supervisorGroupsCovering(dossier.handlingUnit()));
        }
        return supervisors;
    }

    /** A citizen signed in with VNeID, named by their citizen ID. */
    boolean isCitizen(Authentication caller) {
        return caller.getAuthorities().stream().anyMatch(authority -> CITIZEN.equals(authority.getAuthority()));
    }

    boolean isAdministrator(Authentication officer) {
        return officer.getAuthorities().stream().anyMatch(authority -> ADMINISTRATORS.equals(authority.getAuthority()));
    }

    /** The units the officer works in, any role. */
    Set<String> units(Authentication officer) {
        return groups(officer).stream().map(GroupIds::unitCodeOf).filter(Objects::nonNull)
                .collect(Collectors.toSet());
    }

    private static Set<String> groups(Authentication officer) {
        return officer.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(GROUP))
                .map(authority -> authority.substring(GROUP.length()))
                .collect(Collectors.toSet());
    }
}
