package vn.motcua.fees.ereceipt;

import java.util.HashSet;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.stereotype.Component;

import vn.motcua.dossier.Dossier;
import vn.motcua.dossier.DossierService;
import vn.motcua.organization.GroupIds;
import vn.motcua.organization.MonitoringScope;
import vn.motcua.organization.Role;
import vn.motcua.organization.SupervisorScopes;

/**
 * Who may see and change a receipt, in one place: the officers of the collecting unit see its
 * receipts; its receipt officers and leaders cancel and replace them; administrators may do all;
 * a citizen sees the receipts of their own dossiers. Supervisors reconcile within their monitoring
 * scope ({@link SupervisorScopes}): a commune supervisor their commune's units, a provincial one every unit.
 */
@Component
public class EReceiptAccess {

    private static final String GROUP = "GROUP_";
    private static final String ADMINISTRATORS = "camunda-admin";
    private static final String SUPERVISOR = ":" + Role.SUPERVISOR.code();

    private final DossierService dossiers;
    private final SupervisorScopes supervisorScopes;

    EReceiptAccess(DossierService dossiers, SupervisorScopes supervisorScopes) {
        this.dossiers = dossiers;
        this.supervisorScopes = supervisorScopes;
    }

    boolean canRead(Authentication officer, EReceipt receipt) {
        Set<String> groups = groups(officer);
        return groups.contains(ADMINISTRATORS)
                || groups.stream().map(GroupIds::unitCodeOf).anyMatch(receipt.unitCode()::equals);
    }

    boolean canCancel(Authentication officer, EReceipt receipt) {
        Set<String> groups = groups(officer);
        return groups.contains(ADMINISTRATORS)
                || groups.contains(GroupIds.of(receipt.unitCode(), Role.RECEPTION))
                || groups.contains(GroupIds.of(receipt.unitCode(), Role.LEADER));
    }

    /**
     * The collecting units whose payments and receipts the officer reconciles: {@code null} (every unit)
     * for administrators and provincial supervisors; else the units of the officer's groups and, for a
     * commune supervisor, the units of their commune. {@code unit}, when given, narrows to that unit.
     *
     * @throws AccessDeniedException for an officer of no unit, or a unit outside the officer's scope
     */
    Set<String> reconciliationScope(Authentication officer, String unit) {
        Set<String> scope = reconciliationScope(officer);
        if (unit == null || unit.isBlank()) {
            return scope;
        }
        if (scope != null && !scope.contains(unit)) {
            throw new AccessDeniedException("unit " + unit + " is outside the officer's reconciliation scope");
        }
        return Set.of(unit);
    }

    private Set<String> reconciliationScope(Authentication officer) {
        Set<String> groups = groups(officer);
        if (groups.contains(ADMINISTRATORS)) {
            return null;
        }
        Set<String> units = new HashSet<>();
        if (isSupervisor(groups)) {
            MonitoringScope supervised = supervisorScopes.of(officer);
            if (supervised.wholeProvince()) {
                return null;
            }
            units.addAll(supervised.units());
        }
        groups.stream().map(GroupIds::unitCodeOf).filter(Objects::nonNull).forEach(units::add);
        if (units.isEmpty()) {
            throw new AccessDeniedException("no unit to reconcile");
        }
        return Set.copyOf(units);
    }

    /**
     * The monitoring scope of a supervisor or administrator, narrowed to {@code unit} when given.
     *
     * @throws AccessDeniedException for anyone else, or a unit outside the scope
     */
    MonitoringScope supervisorScope(Authentication officer, String unit) {
        return supervisorScopes.of(officer, unit);
    }

    /**
     * Whether the officer may issue a missing receipt of the unit: an administrator, a supervisor whose
     * scope covers the unit, or the unit's receipt officers and leaders (not only a specialist).
     */
    boolean canIssueMissing(Authentication officer, String unitCode) {
        Set<String> groups = groups(officer);
        return groups.contains(ADMINISTRATORS)
                || isSupervisor(groups) && supervisorScopes.of(officer).covers(unitCode)
                || groups.contains(GroupIds.of(unitCode, Role.RECEPTION))
                || groups.contains(GroupIds.of(unitCode, Role.LEADER));
    }

    private static boolean isSupervisor(Set<String> groups) {
        return groups.stream().anyMatch(group -> group.endsWith(SUPERVISOR));
    }

    /** Whether the citizen (their personal ID) is the applicant of the dossier; an unknown dossier is nobody's. */
    public boolean isApplicant(String citizenId, String dossierId) {
        try {
            Dossier dossier = dossiers.get(dossierId);
            return citizenId != null && citizenId.equals(dossier.applicant().idNumber());
        } catch (NoSuchElementException unknown) {
            return false;
        }
    }

    private static Set<String> groups(Authentication officer) {
        return officer.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                .filter(authority -> authority.startsWith(GROUP))
                .map(authority -> authority.substring(GROUP.length()))
                .collect(Collectors.toSet());
    }
}
