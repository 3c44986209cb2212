package vn.motcua.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import vn.motcua.platform.web.InvalidRequestException;

/**
 * Units, officers and their roles. Units are our table; officers are engine users and their roles are
 * memberships in the group of a unit and role ({@link GroupIds}), so a change made in the Camunda
 * Admin webapp and one made through this service are the same change.
 */
@Service
public class OrganizationService {

    private static final String LOCKED_INFO = "motcua.locked";

    private final UnitRepository units;
    private final IdentityService identity;
    private final RoleAuthorizations roleAuthorizations;
    private final ApplicationEventPublisher events;
    private volatile UnitTree tree;

    OrganizationService(UnitRepository units, IdentityService identity, RoleAuthorizations roleAuthorizations,
                        ApplicationEventPublisher events) {
        this.units = units;
        this.identity = identity;
        this.roleAuthorizations = roleAuthorizations;
        this.events = events;
    }

    private UnitTree tree() {
        UnitTree current = tree;
        if (current == null) {
            current = new UnitTree(units.findAll());
            tree = current;
        }
        return current;
    }

    /**
     * The supervisor groups whose scope covers the unit: those of every unit of the unit's commune or
     * ward. Provincial units have none here: provincial supervisors see the whole province through
     * their role's permissions.
     */
    public List<String> supervisorGroupsCovering(String unitCode) {
        return tree().communeOf(unitCode)
                .map(commune -> tree().subtree(commune.code()).stream()
                        .map(unit -> GroupIds.of(unit.code(), Role.SUPERVISOR))
                        .toList())
                .orElse(List.of());
    }

    /** Every unit's name by its code, from the cached unit tree (no query per call). */
    public Map<String, String> unitNames() {
        return tree().names();
    }

    /** The code of the commune or ward the unit belongs to (itself or its nearest commune ancestor), if any. */
    public Optional<String> communeOf(String unitCode) {
        return tree().communeOf(unitCode).map(Unit::code);
    }

    /** Whether the unit belongs to the province level rather than to a commune or ward. */
    public boolean isProvincial(String unitCode) {
        return tree().find(unitCode).isPresent() && tree().communeOf(unitCode).isEmpty();
    }

    public List<Unit> units() {
        return units.findAll();
    }

    public Optional<Unit> unit(String code) {
        return units.findByCode(code);
    }

    /** Every officer (engine user) with their unit and roles. */
    public List<Officer> officers() {
        return identity.createUserQuery().orderByUserId().asc().list().stream().map(this::toOfficer).toList();
    }

    public Optional<Officer> officer(String username) {
        return Optional.ofNullable(identity.createUserQuery().userId(username).singleResult()).map(this::toOfficer);
    }

    /**
     * The officer's roles unit by unit, in the order of their groups; groups outside the
     * {@code <unitCode>:<role>} scheme (e.g. camunda-admin) are left out.
     */
    public List<Membership> memberships(String username) {
        List<Membership> memberships = new ArrayList<>();
        for (Group group : identity.createGroupQuery().groupMember(username).orderByGroupId().asc().list()) {
            String unitCode = GroupIds.unitCodeOf(group.getId());
            if (unitCode != null) {
                Optional<Role> role = Role.find(group.getId().substring(unitCode.length() + 1));
                Optional<Unit> unit = tree().find(unitCode);
                if (role.isPresent() && unit.isPresent()) {
                    memberships.add(new Membership(unit.get(), role.get()));
                }
            }
        }
        return memberships;
    }

    /** One role an officer holds in one unit (one Camunda group). */
    public record Membership(Unit unit, Role role) {
    }

    private Officer toOfficer(User user) {
        String unitCode = null;
        List<Role> roles = new ArrayList<>();
        for (Group group : identity.createGroupQuery().groupMember(user.getId()).list()) {
            String unit = GroupIds.unitCodeOf(group.getId());
            if (unit != null) {
                unitCode = unitCode == null ? unit : unitCode;
                Role.find(group.getId().substring(unit.length() + 1)).ifPresent(roles::add);
            }
        }
        String name = (user.getFirstName() + " " + user.getLastName()).trim();
        return new Officer(user.getId(), name, user.getEmail(), unitCode, roles);
    }

    /**
     * Saves the unit and makes sure a group with its permissions exists for each of its roles.
     */
    @Transactional
    public void saveUnit(Unit unit) {
        if (unit.parentCode() != null && units.findByCode(unit.parentCode()).isEmpty()) {
            throw new InvalidRequestException("Không có đơn vị cấp trên mã " + unit.parentCode());
        }
        units.save(unit);
        tree = null;
        boolean provincial = isProvincial(unit.code());
        for (Role role : Role.values()) {
            String groupId = GroupIds.of(unit.code(), role);
            Group group = identity.createGroupQuery().groupId(groupId).singleResult();
            if (group == null) {
                group = identity.newGroup(groupId);
            }
            group.setName(role.label() + " — " + unit.name());
            group.setType(Groups.GROUP_TYPE_WORKFLOW);
            identity.saveGroup(group);
            roleAuthorizations.grant(groupId, role, provincial);
        }
        events.publishEvent(new UnitSaved(unit.code()));
    }

    /**
     * Creates the officer if absent (with the given initial password) and makes them a member of
     * exactly the given roles of their unit. An existing officer keeps their password.
     */
    @Transactional
    public void saveOfficer(String username, String fullName, String unitCode, Collection<Role> roles,
                            String email, String initialPassword) {
        Unit unit = units.findByCode(unitCode)
                .orElseThrow(() -> new InvalidRequestException("Không có đơn vị mã " + unitCode));
        User user = identity.createUserQuery().userId(username).singleResult();
        if (user == null) {
            user = identity.newUser(username);
            user.setPassword(initialPassword);
        }
        int space = fullName.lastIndexOf(' ');
        user.setFirstName(space < 0 ? fullName : fullName.substring(0, space));
        user.setLastName(space < 0 ? "" : fullName.substring(space + 1));
        user.setEmail(email);
        identity.saveUser(user);

        Set<String> wanted = new LinkedHashSet<>();
        roles.forEach(role -> wanted.add(GroupIds.of(unit.code(), role)));
        if (roles.contains(Role.ADMINISTRATOR)) {
            ensureAdminGroup();
            wanted.add(Groups.CAMUNDA_ADMIN);
        }
        boolean narrowed = false;
        for (Group group : identity.createGroupQuery().groupMember(username).list()) {
            if (!wanted.remove(group.getId())) {
                identity.deleteMembership(username, group.getId());
                narrowed = true;
            }
        }
        wanted.forEach(groupId -> identity.createMembership(username, groupId));
        if (narrowed) {
            events.publishEvent(new OfficerAccessChanged(username));
        }
    }

    /** Sets a new password for the officer (an administrator's reset); their live sessions end. */
    @Transactional
    public void resetPassword(String username, String newPassword) {
        User user = existingOfficer(username);
        user.setPassword(newPassword);
        identity.saveUser(user);
        events.publishEvent(new OfficerAccessChanged(username));
    }

    /**
     * The officer's own change of password: refused unless the current password is right (a wrong one
     * counts towards the engine's login throttling, as a failed login does).
     */
    @Transactional
    public void changeOwnPassword(String username, String currentPassword, String newPassword) {
        if (!identity.checkPassword(username, currentPassword)) {
            throw new InvalidRequestException("Mật khẩu hiện tại không đúng.");
        }
        User user = existingOfficer(username);
        user.setPassword(newPassword);
        identity.saveUser(user);
    }

    /**
     * Locks the account (no login, live sessions end at once) or unlocks it. The lock is ours, kept in the
     * engine's user info, so that it does not expire the way the engine's lock after failed logins does.
     */
    @Transactional
    public void setLocked(String username, boolean locked) {
        existingOfficer(username);
        if (locked) {
            identity.setUserInfo(username, LOCKED_INFO, "true");
        } else {
            identity.deleteUserInfo(username, LOCKED_INFO);
        }
        events.publishEvent(new OfficerAccessChanged(username));
    }

    /** Whether an administrator locked the account ({@link #setLocked}). */
    public boolean isLocked(String username) {
        return "true".equals(identity.getUserInfo(username, LOCKED_INFO));
    }

    private User existingOfficer(String username) {
        User user = identity.createUserQuery().userId(username).singleResult();
        if (user == null) {
            throw new NoSuchElementException("Không có cán bộ " + username);
        }
        return user;
    }

    private void ensureAdminGroup() {
        if (identity.createGroupQuery().groupId(Groups.CAMUNDA_ADMIN).count() == 0) {
            Group admins = identity.newGroup(Groups.CAMUNDA_ADMIN);
            admins.setName("Quản trị hệ thống");
            admins.setType(Groups.GROUP_TYPE_SYSTEM);
            identity.saveGroup(admins);
        }
        roleAuthorizations.grantAdministrators(Groups.CAMUNDA_ADMIN);
    }
}
