package vn.motcua.organization;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.authorization.Groups;
import org.camunda.bpm.engine.identity.Group;
import org.camunda.bpm.engine.identity.User;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

import vn.motcua.platform.web.InvalidRequestException;

/**
 * Units, officers and their roles. Units are our table; officers are engine users and their roles are
 * memberships in the group of a unit and role ({@link GroupIds}), so a change made in the Camunda
 * Admin webapp and one made through this service are the same change.
 */
@Service
public class OrganizationService {

    private static final String LOCKED_INFO = "motcua.locked";
    /** Set (to the day) when the officer left; distinct from {@link #LOCKED_INFO}, an administrator's temporary lock. */
    private static final String DEACTIVATED_INFO = "motcua.deactivated";
    /**
     * The unit-and-role groups the officer held when they left, comma-separated, so that their unit's administrator
     * still sees them and can take them back with the same roles ({@link #formerMemberships}).
     */
    private static final String FORMER_GROUPS_INFO = "motcua.deactivated.groups";
    /** The engine keeps a user info's value in 255 characters. */
    private static final int INFO_VALUE_MAX = 255;

    private final UnitRepository units;
    private final IdentityService identity;
    private final TaskService tasks;
    private final RoleAuthorizations roleAuthorizations;
    private final AccountDirectory directory;
    private final ImportedAccountPasswords passwords;
    private final EngineBatch batch;
    private final ApplicationEventPublisher events;
    private volatile UnitTree tree;

    OrganizationService(UnitRepository units, IdentityService identity, TaskService tasks,
                        RoleAuthorizations roleAuthorizations, AccountDirectory directory,
                        ImportedAccountPasswords passwords, EngineBatch batch, ApplicationEventPublisher events) {
        this.units = units;
        this.identity = identity;
        this.tasks = tasks;
        this.roleAuthorizations = roleAuthorizations;
        this.directory = directory;
        this.passwords = passwords;
        this.batch = batch;
        this.events = events;
    }

    private UnitTree tree() {
        UnitTree current = tree;
        if (current == null) {
            current = new UnitTree(units.findAll(), units.inactiveCodes());
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

    /** The province's communes and wards, from the cached unit tree. */
    public List<Unit> communes() {
        return tree().communes();
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

    /** Every officer (engine user) with their unit and roles, read in three queries ({@link #accounts()}). */
    public List<Officer> officers() {
        Map<String, String> formerGroups = directory.infoValues(FORMER_GROUPS_INFO);
        return accounts().values().stream().sorted(Comparator.comparing(Account::username)).map(account -> {
            List<String> groupIds = account.groupIds().stream().sorted().toList();
            String unitCode = groupIds.stream().map(GroupIds::unitCodeOf).filter(Objects::nonNull).findFirst()
                    .orElse(account.deactivated() ? formerUnitOf(formerGroups.get(account.username())) : null);
            List<Role> roles = new ArrayList<>();
            for (String groupId : groupIds) {
                String unit = GroupIds.unitCodeOf(groupId);
                if (unit != null) {
                    Role.find(groupId.substring(unit.length() + 1)).ifPresent(roles::add);
                }
            }
            return new Officer(account.username(), fullName(account.firstName(), account.lastName()), account.email(),
                    unitCode, roles, account.deactivated());
        }).toList();
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

    /** Every group the officer is a member of (unit-and-role groups and others such as camunda-admin). */
    public Set<String> groupIdsOf(String username) {
        return identity.createGroupQuery().groupMember(username).list().stream().map(Group::getId)
                .collect(Collectors.toSet());
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
        boolean deactivated = isDeactivated(user.getId());
        if (unitCode == null && deactivated) {
            unitCode = formerUnitOf(identity.getUserInfo(user.getId(), FORMER_GROUPS_INFO));
        }
        return new Officer(user.getId(), fullName(user.getFirstName(), user.getLastName()), user.getEmail(), unitCode,
                roles, deactivated);
    }

    /** The unit of the first group a deactivated officer held, from {@link #FORMER_GROUPS_INFO}. */
    private static String formerUnitOf(String formerGroups) {
        if (formerGroups == null || formerGroups.isBlank()) {
            return null;
        }
        return GroupIds.unitCodeOf(formerGroups.split(",")[0]);
    }

    /**
     * Saves the unit and makes sure a group with its permissions exists for each of its roles.
     */
    @Transactional
    public void saveUnit(Unit unit) {
        if (unit.parentCode() != null && units.findByCode(unit.parentCode()).isEmpty()) {
            throw new InvalidRequestException("Không có đơn vị cấp trên mã " + unit.parentCode());
        }
        saveUnits(List.of(unit));
    }

    /**
     * Makes whole-organization changes (imports) one after another: holds a lock on the root of the unit tree until
     * the caller's transaction ends, so a second import reads what the first wrote instead of racing it.
     */
    @Transactional
    public void lockForImport() {
        units.lockRoots();
    }

    /**
     * Saves the units, parents before children (a parent is a unit saved before or earlier in the list), and makes
     * sure each has a group with its permissions for each role. The unit tree and the groups are read once for the
     * whole list.
     *
     * @throws InvalidRequestException when a parent is neither saved nor earlier in the list; nothing is saved then
     */
    @Transactional
    public void saveUnits(List<Unit> parentsFirst) {
        if (parentsFirst.isEmpty()) {
            return;
        }
        Map<String, Unit> known = units.findAll().stream().collect(Collectors.toMap(Unit::code, Function.identity()));
        for (Unit unit : parentsFirst) {
            if (unit.parentCode() != null && !known.containsKey(unit.parentCode())) {
                throw new InvalidRequestException("Không có đơn vị cấp trên mã " + unit.parentCode());
            }
            Unit before = known.put(unit.code(), unit);
            if (before == null) {
                units.insert(unit);
            } else if (!before.equals(unit)) {
                units.update(unit);
            }
        }
        treeChanged();
        batch.run(() -> {
            Map<String, Group> groups = identity.createGroupQuery().list().stream()
                    .collect(Collectors.toMap(Group::getId, Function.identity()));
            List<RoleAuthorizations.RoleGroup> roleGroups = new ArrayList<>();
            for (Unit unit : parentsFirst) {
                boolean provincial = isProvincial(unit.code());
                for (Role role : Role.values()) {
                    String groupId = GroupIds.of(unit.code(), role);
                    Group group = groups.get(groupId);
                    String name = role.label() + " — " + unit.name();
                    if (group == null || !name.equals(group.getName()) || !Groups.GROUP_TYPE_WORKFLOW.equals(group.getType())) {
                        group = group == null ? identity.newGroup(groupId) : group;
                        group.setName(name);
                        group.setType(Groups.GROUP_TYPE_WORKFLOW);
                        identity.saveGroup(group);
                    }
                    roleGroups.add(new RoleAuthorizations.RoleGroup(groupId, role, provincial));
                }
            }
            roleAuthorizations.grantAll(roleGroups);
            events.publishEvent(new UnitsSaved(parentsFirst.stream().map(Unit::code).toList()));
        });
    }

    /**
     * Deactivates a unit (it keeps its groups and history but is no longer offered as a reception center or commune)
     * or makes it active again. The caller checks what may be deactivated ({@code UnitChanges}).
     */
    @Transactional
    public void setUnitActive(String code, boolean active) {
        units.setActive(code, active);
        treeChanged();
    }

    /** The name of the unit above this one (the letterhead's first line of a printed form), {@code null} for the root. */
    public String parentNameOf(Unit unit) {
        return unit.parentCode() == null ? null : tree().find(unit.parentCode()).map(Unit::name).orElse(null);
    }

    /** Whether the unit is one of the province's, deactivated or not (from the cached tree). */
    public boolean exists(String unitCode) {
        return unitCode != null && tree().find(unitCode).isPresent();
    }

    /** Whether the unit is a commune or ward (its People's Committee), deactivated or not. */
    public boolean isCommune(String unitCode) {
        return unitCode != null
                && tree().communeOf(unitCode).filter(commune -> commune.code().equals(unitCode)).isPresent();
    }

    /** Whether the unit exists and is active (not deactivated by an administrator). */
    public boolean isActive(String unitCode) {
        return unitCode != null && tree().isActive(unitCode);
    }

    /** The cached tree is read again now, and once more after the transaction (a read inside it saw uncommitted rows). */
    private void treeChanged() {
        tree = null;
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    tree = null;
                }
            });
        }
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
        String[] names = splitName(fullName);
        user.setFirstName(names[0]);
        user.setLastName(names[1]);
        user.setEmail(email);
        identity.saveUser(user);

        Set<String> wanted = groupsOf(unit.code(), roles);
        if (wanted.contains(Groups.CAMUNDA_ADMIN)) {
            ensureAdminGroup();
        }
        boolean narrowed = false;
        for (Group group : identity.createGroupQuery().groupMember(username).list()) {
            if (!wanted.remove(group.getId())) {
                identity.deleteMembership(username, group.getId());
                narrowed = true;
            }
        }
        wanted.forEach(groupId -> identity.createMembership(username, groupId));
        if (isDeactivated(username)) {
            identity.deleteUserInfo(username, DEACTIVATED_INFO);
            narrowed = true; // not narrowed, but their standing (cached as unable to sign in) is read afresh
        }
        if (narrowed) {
            events.publishEvent(new OfficerAccessChanged(username));
        }
    }

    /**
     * The groups an officer with these roles in the unit belongs to: one per role, and camunda-admin for the
     * province's administrators (an administrator of a department or commune administers only that unit, see
     * {@link AdministrationScope}, and never gets the engine's own administrator group).
     */
    public Set<String> groupsOf(String unitCode, Collection<Role> roles) {
        Set<String> groups = new LinkedHashSet<>();
        roles.forEach(role -> groups.add(GroupIds.of(unitCode, role)));
        if (roles.contains(Role.ADMINISTRATOR) && administeredUnitOf(unitCode).isEmpty()) {
            groups.add(Groups.CAMUNDA_ADMIN);
        }
        return groups;
    }

    /**
     * The department or commune an administrator of this unit administers: the unit itself or its nearest department or
     * commune ancestor; empty for a unit of the province level (the province, the provincial center), whose
     * administrators administer the whole province.
     */
    public Optional<String> administeredUnitOf(String unitCode) {
        return tree().administeredUnitOf(unitCode).map(Unit::code);
    }

    /** Whether the unit is {@code rootCode} or lies below it. */
    public boolean isWithin(String unitCode, String rootCode) {
        return tree().isWithin(unitCode, rootCode);
    }

    /**
     * An officer's account as stored: names as the engine keeps them, every group, and whether they left.
     *
     * @param groupIds every group the officer is a member of (unit-and-role groups and others such as camunda-admin)
     */
    public record Account(String username, String firstName, String lastName, String email, Set<String> groupIds,
                          boolean deactivated) {

        /** Whether the account already is what the assignment says (its groups: {@code wantedGroups}), and active. */
        public boolean matches(OfficerAssignment assignment, Set<String> wantedGroups) {
            String[] names = splitName(assignment.fullName());
            return !deactivated && Objects.equals(emptyToNull(firstName), emptyToNull(names[0]))
                    && Objects.equals(emptyToNull(lastName), emptyToNull(names[1]))
                    && Objects.equals(emptyToNull(email), emptyToNull(assignment.email()))
                    && groupIds.equals(wantedGroups);
        }
    }

    /** Who an officer is and what they do, as an organization import states it. */
    public record OfficerAssignment(String username, String fullName, String email, String unitCode, Set<Role> roles) {
    }

    /** Every officer's account, read in three queries whatever the number of officers. */
    public Map<String, Account> accounts() {
        Map<String, Set<String>> memberships = directory.memberships();
        Set<String> deactivated = directory.usersWithInfo(DEACTIVATED_INFO);
        Map<String, Account> accounts = new HashMap<>();
        for (User user : identity.createUserQuery().list()) {
            accounts.put(user.getId(), new Account(user.getId(), user.getFirstName(), user.getLastName(), user.getEmail(),
                    Set.copyOf(memberships.getOrDefault(user.getId(), Set.of())), deactivated.contains(user.getId())));
        }
        return accounts;
    }

    /**
     * Creates or updates officers so that each is active and holds exactly the assignment's roles in its unit. New
     * officers share one first password ({@link ImportedAccountPasswords}); existing ones keep theirs. Officers who
     * had left are active again.
     *
     * @param current the accounts as read by {@link #accounts()} in this transaction
     */
    @Transactional
    public void saveOfficers(List<OfficerAssignment> assignments, Map<String, Account> current) {
        ImportedAccountPasswords.SharedHash firstPassword = assignments.stream().anyMatch(
                assignment -> !current.containsKey(assignment.username())) ? passwords.newBatch() : null;
        if (assignments.stream().anyMatch(assignment -> assignment.roles().contains(Role.ADMINISTRATOR))) {
            ensureAdminGroup();
        }
        batch.run(() -> {
            for (OfficerAssignment assignment : assignments) {
                Account before = current.get(assignment.username());
                String[] names = splitName(assignment.fullName());
                Set<String> wanted = groupsOf(assignment.unitCode(), assignment.roles());
                if (before == null) {
                    User user = identity.newUser(assignment.username());
                    firstPassword.applyTo(user);
                    user.setFirstName(names[0]);
                    user.setLastName(names[1]);
                    user.setEmail(emptyToNull(assignment.email()));
                    identity.saveUser(user);
                } else if (!Objects.equals(emptyToNull(before.firstName()), emptyToNull(names[0]))
                        || !Objects.equals(emptyToNull(before.lastName()), emptyToNull(names[1]))
                        || !Objects.equals(emptyToNull(before.email()), emptyToNull(assignment.email()))) {
                    User user = identity.createUserQuery().userId(assignment.username()).singleResult();
                    user.setFirstName(names[0]);
                    user.setLastName(names[1]);
                    user.setEmail(emptyToNull(assignment.email()));
                    identity.saveUser(user);
                }
                Set<String> held = before == null ? Set.of() : before.groupIds();
                boolean narrowed = false;
                for (String groupId : held) {
                    if (!wanted.contains(groupId)) {
                        identity.deleteMembership(assignment.username(), groupId);
                        narrowed = true;
                    }
                }
                wanted.stream().filter(groupId -> !held.contains(groupId))
                        .forEach(groupId -> identity.createMembership(assignment.username(), groupId));
                if (before != null && before.deactivated()) {
                    identity.deleteUserInfo(assignment.username(), DEACTIVATED_INFO);
                }
                if (narrowed || before != null && before.deactivated()) {
                    // a reactivated officer's standing is read afresh too (it was cached as unable to sign in)
                    events.publishEvent(new OfficerAccessChanged(assignment.username()));
                }
            }
        });
    }

    /**
     * The officers left: they can no longer sign in, lose every group (so no unit's tasks and no unit access) and
     * tasks they had claimed go back to their unit's candidates; their engine user stays, so history, dossiers and
     * task logs keep their names. Saving them again as active ({@link #saveOfficers}, {@link #saveOfficer}) undoes it.
     *
     * @param current the accounts as read by {@link #accounts()} in this transaction
     */
    @Transactional
    public void deactivate(Collection<String> usernames, Map<String, Account> current, LocalDate day) {
        for (String username : usernames) {
            if (!current.containsKey(username)) {
                throw new NoSuchElementException("Không có cán bộ " + username);
            }
        }
        batch.run(() -> {
            for (String username : usernames) {
                identity.setUserInfo(username, DEACTIVATED_INFO, day.toString());
                String former = formerGroupsValue(current.get(username).groupIds());
                if (!former.isEmpty()) {
                    identity.setUserInfo(username, FORMER_GROUPS_INFO, former);
                }
                current.get(username).groupIds().forEach(groupId -> identity.deleteMembership(username, groupId));
                tasks.createTaskQuery().taskAssignee(username).list()
                        .forEach(task -> tasks.setAssignee(task.getId(), null));
                events.publishEvent(new OfficerAccessChanged(username));
            }
        });
    }

    /** The unit-and-role groups, in order, comma-separated within what a user info holds. */
    private static String formerGroupsValue(Collection<String> groupIds) {
        StringBuilder value = new StringBuilder();
        for (String groupId : groupIds.stream().filter(id -> GroupIds.unitCodeOf(id) != null).sorted().toList()) {
            if (value.length() + groupId.length() + 1 > INFO_VALUE_MAX) {
                break;
            }
            value.append(value.isEmpty() ? "" : ",").append(groupId);
        }
        return value.toString();
    }

    /**
     * The unit and roles a deactivated officer held in their first unit when they left; empty when they are active or
     * left before motcua remembered it.
     */
    public List<Membership> formerMemberships(String username) {
        String value = identity.getUserInfo(username, FORMER_GROUPS_INFO);
        if (value == null || value.isBlank() || !isDeactivated(username)) {
            return List.of();
        }
        List<Membership> memberships = new ArrayList<>();
        for (String groupId : value.split(",")) {
            String unitCode = GroupIds.unitCodeOf(groupId);
            if (unitCode == null) {
                continue;
            }
            Optional<Role> role = Role.find(groupId.substring(unitCode.length() + 1));
            Optional<Unit> unit = tree().find(unitCode);
            if (role.isPresent() && unit.isPresent()
                    && (memberships.isEmpty() || memberships.get(0).unit().code().equals(unitCode))) {
                memberships.add(new Membership(unit.get(), role.get()));
            }
        }
        return memberships;
    }

    /** Whether the officer left ({@link #deactivate}); a left officer cannot sign in, unlike a merely locked one. */
    public boolean isDeactivated(String username) {
        return identity.getUserInfo(username, DEACTIVATED_INFO) != null;
    }

    /** First names and last name as the engine keeps them: the last word of the full name is the last name. */
    private static String[] splitName(String fullName) {
        int space = fullName.lastIndexOf(' ');
        return new String[] {space < 0 ? fullName : fullName.substring(0, space), space < 0 ? "" : fullName.substring(space + 1)};
    }

    private static String fullName(String firstName, String lastName) {
        return ((firstName == null ? "" : firstName) + " " + (lastName == null ? "" : lastName)).trim();
    }

    private static String emptyToNull(String text) {
        return text == null || text.isBlank() ? null : text;
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

    /** The officers whose accounts an administrator locked ({@link #setLocked}), read in one query. */
    public Set<String> lockedOfficers() {
        return directory.usersWithInfo(LOCKED_INFO);
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
