package vn.motcua.organization;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeSet;

import org.springframework.stereotype.Component;

import vn.motcua.platform.engineapi.ReceptionCenters;

/**
 * The active units where an officer holds the reception role, read from their unit-and-role groups: a deactivated unit
 * receives no new dossiers.
 */
@Component
class OfficerReceptionCenters implements ReceptionCenters {

    private final OrganizationService organization;

    OfficerReceptionCenters(OrganizationService organization) {
        this.organization = organization;
    }

    @Override
    public Map<String, String> of(Collection<String> groupIds) {
        TreeSet<String> codes = new TreeSet<>();
        for (String group : groupIds) {
            String unit = GroupIds.unitCodeOf(group);
            if (unit != null && group.equals(GroupIds.of(unit, Role.RECEPTION)) && organization.isActive(unit)) {
                codes.add(unit);
            }
        }
        Map<String, String> names = organization.unitNames();
        Map<String, String> centers = new LinkedHashMap<>();
        codes.forEach(code -> centers.put(code, names.getOrDefault(code, code)));
        return centers;
    }
}
