package vn.motcua.receipt;

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
import vn.motcua.organization.Role;

/**
 * Who may see and change a receipt, in one place: the officers of the collecting unit see its
 * receipts; its receipt officers and leaders cancel and replace them; administrators may do all;
 * a citizen sees the receipts of their own dossiers.
 */
@Component
class ReceiptAccess {

    private static final String GROUP = "GROUP_";
    private static final String ADMINISTRATORS = "camunda-admin";
    private static final String SUPERVISOR = ":" + Role.SUPERVISOR.code();

    private final DossierService dossiers;

    ReceiptAccess(DossierService dossiers) {
        this.dossiers = dossiers;
    }

    boolean canRead(Authentication officer, Receipt receipt) {
        Set<String> groups = groups(officer);
        return groups.contains(ADMINISTRATORS)
                || groups.stream().map(GroupIds::unitCodeOf).anyMatch(receipt.unitCode()::equals);
    }

    boolean canCancel(Authentication officer, Receipt receipt) {
        Set<String> groups = groups(officer);
        return groups.contains(ADMINISTRATORS)
                || groups.contains(GroupIds.of(receipt.unitCode(), Role.RECEPTION))
                || groups.contains(GroupIds.of(receipt.unitCode(), Role.LEADER));
    }

    /**
     * The collecting units whose payments and receipts the officer reconciles: {@code null} (every unit)
     * for administrators and supervisors, else the units of the officer's groups.
     *
     * @throws AccessDeniedException for an officer of no unit
     */
    Set<String> reconciliationScope(Authentication officer) {
        Set<String> groups = groups(officer);
        if (groups.contains(ADMINISTRATORS) || groups.stream().anyMatch(group -> group.endsWith(SUPERVISOR))) {
            return null;
        }
        Set<String> units = groups.stream().map(GroupIds::unitCodeOf).filter(Objects::nonNull)
                .collect(Collectors.toSet());
        if (units.isEmpty()) {
            throw new AccessDeniedException("no unit to reconcile");
        }
        return units;
    }

    /** Whether the officer may issue a missing receipt of the unit: in scope, and not only a specialist. */
    boolean canIssueMissing(Authentication officer, String unitCode) {
        Set<String> groups = groups(officer);
        return groups.contains(ADMINISTRATORS) || groups.stream().anyMatch(group -> group.endsWith(SUPERVISOR))
                || groups.contains(GroupIds.of(unitCode, Role.RECEPTION))
                || groups.contains(GroupIds.of(unitCode, Role.LEADER));
    }

    /** Whether the citizen (their personal ID) is the applicant of the dossier; an unknown dossier is nobody's. */
    boolean isApplicant(String citizenId, String dossierId) {
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
