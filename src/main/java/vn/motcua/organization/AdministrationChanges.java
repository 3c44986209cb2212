package vn.motcua.organization;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditEvent;
import vn.motcua.audit.AuditTrail;
import vn.motcua.organization.AdministrationScope.Scope;

/**
 * The latest changes to units and officers that an administrator's scope covers, from the audit trail: a unit's
 * change when the unit lies in the scope, an officer's when the officer does now, an import when it was made within
 * the scope.
 */
@Component
public class AdministrationChanges {

    /** How many of the newest organization events are read before the scope filters them. */
    private static final int READ = 1000;

    static final Set<AuditAction> UNIT_ACTIONS = EnumSet.of(AuditAction.UNIT_CREATED, AuditAction.UNIT_RENAMED,
            AuditAction.UNIT_MOVED, AuditAction.UNIT_KIND_CHANGED, AuditAction.UNIT_DEACTIVATED,
            AuditAction.UNIT_REACTIVATED, AuditAction.ORGANIZATION_IMPORTED);
    static final Set<AuditAction> OFFICER_ACTIONS = EnumSet.of(AuditAction.OFFICER_SAVED,
            AuditAction.OFFICER_PASSWORD_RESET, AuditAction.OFFICER_LOCKED, AuditAction.OFFICER_UNLOCKED,
            AuditAction.OFFICER_DEACTIVATED, AuditAction.OFFICER_REACTIVATED);

    private final AuditTrail audit;
    private final AdministrationScope scopes;
    private final OfficerAdministration officers;

    AdministrationChanges(AuditTrail audit, AdministrationScope scopes, OfficerAdministration officers) {
        this.audit = audit;
        this.scopes = scopes;
        this.officers = officers;
    }

    /** The newest changes first, at most {@code limit}. */
    public List<AuditEvent> latest(Scope scope, int limit) {
        Set<AuditAction> actions = EnumSet.copyOf(UNIT_ACTIONS);
        actions.addAll(OFFICER_ACTIONS);
        List<AuditEvent> events = audit.latest(actions, scope.isProvince() ? limit : READ);
        if (scope.isProvince()) {
            return events;
        }
        Map<String, Officer> inScope = officers.officersOf(scope).stream()
                .collect(Collectors.toMap(Officer::username, Function.identity()));
        return events.stream().filter(event -> event.target() != null && (UNIT_ACTIONS.contains(event.action())
                        ? scopes.covers(scope, event.target()) : inScope.containsKey(event.target())))
                .limit(limit).toList();
    }
}
