package vn.motcua.organization;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.authorization.Groups;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.organization.AdministrationScope.Scope;
import vn.motcua.organization.UnitChanges.Actor;
import vn.motcua.platform.web.ConflictException;
import vn.motcua.platform.web.InvalidRequestException;

/**
 * An administrator's changes to officers, within their {@link AdministrationScope}. An officer lies within a scope
 * when every unit they hold a role at does (an officer who left: the unit they held roles at then); a unit
 * administrator neither sees nor changes anyone else, never assigns a unit outside their scope, and so never makes
 * anyone a provincial administrator ({@link OrganizationService#groupsOf}). Every change is in the audit trail.
 */
@Service
public class OfficerAdministration {

    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");

    private final OrganizationService organization;
    private final AdministrationScope scopes;
    private final AuditTrail audit;

    OfficerAdministration(OrganizationService organization, AdministrationScope scopes, AuditTrail audit) {
        this.organization = organization;
        this.scopes = scopes;
        this.audit = audit;
    }

    /** The officers of the scope, by user name. */
    public List<Officer> officersOf(Scope scope) {
        if (scope.isProvince()) {
            return organization.officers();
        }
        var accounts = organization.accounts();
        return organization.officers().stream().filter(officer -> officer.unitCode() != null
                && covers(scope, accounts.get(officer.username()).groupIds(), officer.unitCode())).toList();
    }

    /** The officers whose accounts an administrator locked (within the scope or not: a filter for listings). */
    public Set<String> locked() {
        return organization.lockedOfficers();
    }

    /** The officer, who must exist and lie within the scope (otherwise a 404, or a 403 naming the scope). */
    public Officer officer(Scope scope, String username) {
        Officer officer = organization.officer(username)
                .orElseThrow(() -> new NoSuchElementException("Không có cán bộ " + username + "."));
        requireCovered(scope, officer);
        return officer;
    }

    /**
     * Creates or updates an officer: their name, e-mail, unit and exactly these roles there. An officer who had left is
     * active again.
     */
    @Transactional
    public Officer save(Scope scope, String username, String fullName, String unitCode, Collection<Role> roles,
                        String email, String initialPassword, Actor actor) {
        Optional<Officer> before = organization.officer(username);
        before.ifPresent(officer -> requireCovered(scope, officer));
        if (before.isEmpty() && initialPassword == null) {
            throw new InvalidRequestException("Cán bộ mới cần có mật khẩu ban đầu (ít nhất 12 ký tự).");
        }
        if (organization.unit(unitCode).isEmpty()) {
            throw new InvalidRequestException("Không có đơn vị mã " + unitCode);
        }
        requireUnitCovered(scope, unitCode);
        if (!organization.isActive(unitCode)) {
            throw new ConflictException("Đơn vị " + unitCode + " đã ngừng hoạt động: không giao cán bộ cho đơn vị này.");
        }
        organization.saveOfficer(username, fullName, unitCode, roles, email, initialPassword);
        Officer after = organization.officer(username).orElseThrow(NoSuchElementException::new);
        record(actor, AuditAction.OFFICER_SAVED, username,
                before.map(officer -> "trước: " + describe(officer) + "; sau: ").orElse("tạo mới: ") + describe(after));
        return after;
    }

    /** Sets a new password; the officer's sessions end. */
    @Transactional
    public void resetPassword(Scope scope, String username, String newPassword, Actor actor) {
        officer(scope, username);
        organization.resetPassword(username, newPassword);
        record(actor, AuditAction.OFFICER_PASSWORD_RESET, username, null);
    }

    /** Locks or unlocks the account. */
    @Transactional
    public void setLocked(Scope scope, String username, boolean locked, Actor actor) {
        officer(scope, username);
        organization.setLocked(username, locked);
        record(actor, locked ? AuditAction.OFFICER_LOCKED : AuditAction.OFFICER_UNLOCKED, username, null);
    }

    /**
     * Deactivates an officer who left ({@link OrganizationService#deactivate}: no sign-in, no roles, claimed tasks back
     * to their unit) or takes them back with the unit and roles they held when they left.
     */
    @Transactional
    public Officer setActive(Scope scope, String username, boolean active, Actor actor) {
        Officer officer = officer(scope, username);
        if (officer.deactivated() != active) {
            return officer;
        }
        if (!active) {
            if (username.equals(actor.username())) {
                throw new InvalidRequestException("Không thể tự đánh dấu nghỉ việc tài khoản đang đăng nhập.");
            }
            organization.deactivate(List.of(username), organization.accounts(), LocalDate.now(VIETNAM));
            record(actor, AuditAction.OFFICER_DEACTIVATED, username, describe(officer));
            return organization.officer(username).orElseThrow();
        }
        List<OrganizationService.Membership> former = organization.formerMemberships(username);
        if (former.isEmpty()) {
            throw new InvalidRequestException("Không rõ đơn vị và vai trò của " + username + " trước khi nghỉ việc: "
                    + "hãy sửa cán bộ, chọn đơn vị và vai trò để cho làm việc lại.");
        }
        String unitCode = former.get(0).unit().code();
        requireUnitCovered(scope, unitCode);
        if (!organization.isActive(unitCode)) {
            throw new ConflictException("Đơn vị " + unitCode + " của cán bộ đã ngừng hoạt động: hãy sửa cán bộ và chọn "
                    + "đơn vị khác.");
        }
        List<Role> roles = former.stream().map(OrganizationService.Membership::role).toList();
        organization.saveOfficer(username, officer.name(), unitCode, roles, officer.email(), null);
        Officer after = organization.officer(username).orElseThrow();
        record(actor, AuditAction.OFFICER_REACTIVATED, username, describe(after));
        return after;
    }

    /** Whether the officer lies within the scope. */
    public boolean covers(Scope scope, Officer officer) {
        return scope.isProvince() || officer.unitCode() != null
                && covers(scope, organization.groupIdsOf(officer.username()), officer.unitCode());
    }

    /**
     * Whether an officer in these groups, of this unit (for one who left: the unit they held roles at then), lies
     * within the scope: every unit they hold a role at does; the province's own administrators lie within the
     * province's scope only.
     */
    public boolean covers(Scope scope, Collection<String> groupIds, String unitCode) {
        if (groupIds.contains(Groups.CAMUNDA_ADMIN) || unitCode == null) {
            return scope.isProvince();
        }
        return scopes.covers(scope, unitCode) && groupIds.stream().map(GroupIds::unitCodeOf)
                .allMatch(unit -> unit == null || scopes.covers(scope, unit));
    }

    private void requireCovered(Scope scope, Officer officer) {
        if (!covers(scope, officer)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Cán bộ " + officer.username()
                    + " không thuộc phạm vi quản trị của bạn (" + scope.unitName() + ").");
        }
    }

    private void requireUnitCovered(Scope scope, String unitCode) {
        if (!scopes.covers(scope, unitCode)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Đơn vị " + unitCode
                    + " không thuộc phạm vi quản trị của bạn (" + scope.unitName() + ").");
        }
    }

    private static String describe(Officer officer) {
        return officer.name() + ", " + officer.email() + ", " + officer.unitCode() + ", " + officer.roles();
    }

    private void record(Actor actor, AuditAction action, String target, String detail) {
        audit.record(Instant.now(), actor.username(), action, target, detail, actor.remoteAddress());
    }
}
