package vn.motcua.organization;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import org.camunda.bpm.engine.TaskService;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import vn.motcua.audit.AuditAction;
import vn.motcua.audit.AuditTrail;
import vn.motcua.organization.AdministrationScope.Scope;
import vn.motcua.platform.web.ConflictException;
import vn.motcua.platform.web.InvalidRequestException;

/**
 * An administrator's changes to the unit tree, within their {@link AdministrationScope}: create, rename, move,
 * deactivate and reactivate a unit. Each is checked whole before anything is written and recorded in the audit
 * trail. The rules (docs/administration.md):
 * <ul>
 *     <li>the unit changed and the parent it goes under lie within the administrator's scope; only a provincial
 *     administrator changes a unit's kind or creates a unit of the province kind (a kind decides whose
 *     administrators administer what, see {@link OrganizationService#administeredUnitOf});</li>
 *     <li>a move never puts a unit under itself or one of its own units (a cycle), and is refused while tasks are
 *     open at the groups of the unit or of the units below it when the move would change the department or commune
 *     they belong to (the routing, supervision and administration of those tasks hang on it); a move within the same
 *     department or commune is free;</li>
 *     <li>a unit is deactivated only when nothing still hangs on it: no active unit below it, no officer holding a
 *     role at it, no open task at its groups; the refusal says how many of each. A deactivated unit keeps its code,
 *     groups and history; it is no longer offered as a reception center or commune, and nothing new is created under
 *     it. It is reactivated only under an active parent.</li>
 * </ul>
 */
@Service
public class UnitChanges {

    private static final Pattern CODE = Pattern.compile("[A-Za-z0-9.]{1,40}");
    private static final Pattern NAME = Pattern.compile("[^\\p{Cntrl}<>]{1,255}");

    /**
     * A unit as its administrator sees it.
     *
     * @param depth    how far below the scope's top unit it lies (0 for the top)
     * @param officers active officers holding a role at it
     */
    public record AdministeredUnit(String code, String name, UnitKind kind, String parentCode, boolean active,
                                   int depth, int officers) {
    }

    /** Who makes a change, for the audit trail. */
    public record Actor(String username, String remoteAddress) {
    }

    private final UnitRepository units;
    private final OrganizationService organization;
    private final AdministrationScope scopes;
    private final AccountDirectory directory;
    private final TaskService tasks;
    private final AuditTrail audit;

    UnitChanges(UnitRepository units, OrganizationService organization, AdministrationScope scopes,
                AccountDirectory directory, TaskService tasks, AuditTrail audit) {
        this.units = units;
        this.organization = organization;
        this.scopes = scopes;
        this.directory = directory;
        this.tasks = tasks;
        this.audit = audit;
    }

    /** The units of the scope, each after its parent (depth first, by code), with their active officers. */
    public List<AdministeredUnit> unitsOf(Scope scope) {
        List<Unit> all = units.findAll();
        Set<String> inactive = units.inactiveCodes();
        UnitTree tree = new UnitTree(all, inactive);
        Map<String, Integer> officers = activeOfficersByUnit();
        List<Unit> roots = scope.isProvince()
                ? all.stream().filter(unit -> unit.parentCode() == null || tree.find(unit.parentCode()).isEmpty()).toList()
                : tree.find(scope.unitCode()).stream().toList();
        List<AdministeredUnit> ordered = new ArrayList<>();
        for (Unit root : roots) {
            int rootDepth = depth(tree, root.code());
            for (Unit unit : tree.subtree(root.code())) {
                ordered.add(new AdministeredUnit(unit.code(), unit.name(), unit.kind(), unit.parentCode(),
                        !inactive.contains(unit.code()), depth(tree, unit.code()) - rootDepth,
                        officers.getOrDefault(unit.code(), 0)));
            }
        }
        return ordered;
    }

    /** Creates a unit under a parent of the scope. */
    @Transactional
    public Unit create(Scope scope, String code, String name, UnitKind kind, String parentCode, Actor actor) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new InvalidRequestException("Mã đơn vị chỉ gồm chữ không dấu, số và dấu chấm, tối đa 40 ký tự "
                    + "(ví dụ 000.00.23.H99).");
        }
        String checkedName = checkedName(name);
        if (kind == null) {
            throw new InvalidRequestException("Cần chọn loại đơn vị.");
        }
        organization.lockForImport();
        units.findByCode(code).ifPresent(existing -> {
            throw new ConflictException("Đã có đơn vị mã " + code + " (" + existing.name() + "); mỗi mã chỉ dùng cho "
                    + "một đơn vị.");
        });
        if (kind == UnitKind.PROVINCE || parentCode == null || parentCode.isBlank()) {
            throw new InvalidRequestException("Ủy ban nhân dân tỉnh là gốc duy nhất của cây đơn vị: đơn vị mới cần có "
                    + "đơn vị cấp trên và không thuộc loại Tỉnh.");
        }
        Unit parent = existing(parentCode);
        requireCovered(scope, parent.code(), "Đơn vị cấp trên " + describe(parent));
        if (!organization.isActive(parent.code())) {
            throw new ConflictException("Đơn vị cấp trên " + describe(parent) + " đã ngừng hoạt động: không tạo đơn vị "
                    + "mới dưới nó.");
        }
        Unit unit = new Unit(code, checkedName, kind, parent.code());
        organization.saveUnits(List.of(unit));
        record(actor, AuditAction.UNIT_CREATED, code, checkedName + "; loại " + kind + "; cấp trên " + parent.code());
        return unit;
    }

    /** Renames a unit of the scope. */
    @Transactional
    public Unit rename(Scope scope, String code, String name, Actor actor) {
        String checkedName = checkedName(name);
        Unit before = covered(scope, code);
        if (before.name().equals(checkedName)) {
            return before;
        }
        Unit after = new Unit(before.code(), checkedName, before.kind(), before.parentCode());
        organization.saveUnits(List.of(after));
        record(actor, AuditAction.UNIT_RENAMED, code, "trước: " + before.name() + "; sau: " + checkedName);
        return after;
    }

    /** Moves a unit of the scope under another parent of the scope. */
    @Transactional
    public Unit move(Scope scope, String code, String parentCode, Actor actor) {
        organization.lockForImport();
        Unit before = covered(scope, code);
        if (parentCode == null || parentCode.isBlank()) {
            throw new InvalidRequestException("Cần chọn đơn vị cấp trên mới.");
        }
        if (Objects.equals(before.parentCode(), parentCode)) {
            return before;
        }
        if (before.parentCode() == null) {
            throw new InvalidRequestException("Ủy ban nhân dân tỉnh là gốc của cây đơn vị, không chuyển đi đâu được.");
        }
        Unit parent = existing(parentCode);
        requireCovered(scope, parent.code(), "Đơn vị cấp trên mới " + describe(parent));
        List<Unit> all = units.findAll();
        Set<String> inactive = units.inactiveCodes();
        UnitTree now = new UnitTree(all, inactive);
        if (now.isWithin(parent.code(), code)) {
            throw new InvalidRequestException("Không thể chuyển " + describe(before) + " vào dưới "
                    + (parent.code().equals(code) ? "chính nó" : describe(parent) + ", một đơn vị thuộc chính nó")
                    + ": cây đơn vị sẽ thành vòng.");
        }
        if (inactive.contains(parent.code())) {
            throw new ConflictException("Đơn vị cấp trên mới " + describe(parent) + " đã ngừng hoạt động.");
        }
        Unit after = new Unit(before.code(), before.name(), before.kind(), parent.code());
        long open = openTasksLosingTheirPlace(after, all, inactive);
        if (open > 0) {
            throw new ConflictException("Không chuyển " + describe(before) + " sang " + describe(parent)
                    + ": " + openTasksReason(open));
        }
        organization.saveUnits(List.of(after));
        record(actor, AuditAction.UNIT_MOVED, code, "cấp trên trước: " + before.parentCode() + "; sau: "
                + parent.code());
        return after;
    }

    /**
     * How many open tasks, at the groups of the unit or of the units below it, a move to {@code moved}'s parent would
     * put in another department or commune (0 when the move keeps them in theirs), read against the stored tree.
     */
    public long openTasksLosingTheirPlace(Unit moved) {
        return openTasksLosingTheirPlace(moved, units.findAll(), units.inactiveCodes());
    }

    /** Why a move is refused when {@link #openTasksLosingTheirPlace} finds tasks, in Vietnamese. */
    public static String openTasksReason(long open) {
        return "còn " + open + " công việc đang mở tại đơn vị này hoặc các đơn vị trực thuộc, và việc chuyển làm đổi "
                + "sở, ngành hoặc xã, phường mà chúng thuộc về. Hãy xử lý xong hoặc chuyển các công việc đó trước.";
    }

    private long openTasksLosingTheirPlace(Unit moved, List<Unit> all, Set<String> inactive) {
        UnitTree now = new UnitTree(all, inactive);
        List<Unit> after = new ArrayList<>(all.stream().filter(unit -> !unit.code().equals(moved.code())).toList());
        after.add(moved);
        UnitTree then = new UnitTree(after, inactive);
        String code = moved.code();
        if (Objects.equals(now.administeredUnitOf(code).map(Unit::code), then.administeredUnitOf(code).map(Unit::code))
                && Objects.equals(now.communeOf(code).map(Unit::code), then.communeOf(code).map(Unit::code))) {
            return 0;
        }
        return openTasks(now.subtree(code));
    }

    /** Changes a unit's kind: provincial administrators only. */
    @Transactional
    public Unit changeKind(Scope scope, String code, UnitKind kind, Actor actor) {
        Unit before = covered(scope, code);
        if (before.kind() == kind) {
            return before;
        }
        if (!scope.isProvince()) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, "Chỉ quản trị cấp tỉnh đổi được loại đơn vị: loại "
                    + "đơn vị quyết định ai quản trị đơn vị đó.");
        }
        if ((kind == UnitKind.PROVINCE) != (before.parentCode() == null)) {
            throw new InvalidRequestException("Chỉ Ủy ban nhân dân tỉnh, gốc của cây đơn vị, thuộc loại Tỉnh.");
        }
        Unit after = new Unit(before.code(), before.name(), kind, before.parentCode());
        organization.saveUnits(List.of(after));
        record(actor, AuditAction.UNIT_KIND_CHANGED, code, "trước: " + before.kind() + "; sau: " + kind);
        return after;
    }

    /** Deactivates or reactivates a unit of the scope. */
    @Transactional
    public void setActive(Scope scope, String code, boolean active, Actor actor) {
        organization.lockForImport();
        Unit unit = covered(scope, code);
        Set<String> inactive = units.inactiveCodes();
        if (inactive.contains(code) != active) {
            return;
        }
        if (active) {
            if (unit.parentCode() != null && inactive.contains(unit.parentCode())) {
                throw new ConflictException("Đơn vị cấp trên " + unit.parentCode() + " đã ngừng hoạt động: hãy cho nó "
                        + "hoạt động lại trước.");
            }
        } else {
            refuseDeactivation(unit, inactive);
        }
        organization.setUnitActive(code, active);
        record(actor, active ? AuditAction.UNIT_REACTIVATED : AuditAction.UNIT_DEACTIVATED, code, unit.name());
    }

    private void refuseDeactivation(Unit unit, Set<String> inactive) {
        if (unit.parentCode() == null) {
            throw new InvalidRequestException("Không thể ngừng hoạt động Ủy ban nhân dân tỉnh, gốc của cây đơn vị.");
        }
        long children = units.findAll().stream()
                .filter(child -> unit.code().equals(child.parentCode()) && !inactive.contains(child.code())).count();
        int officers = activeOfficersByUnit().getOrDefault(unit.code(), 0);
        long open = openTasks(List.of(unit));
        List<String> reasons = new ArrayList<>();
        if (children > 0) {
            reasons.add(children + " đơn vị trực thuộc đang hoạt động");
        }
        if (officers > 0) {
            reasons.add(officers + " cán bộ đang giữ vai trò tại đơn vị");
        }
        if (open > 0) {
            reasons.add(open + " công việc đang mở giao cho đơn vị");
        }
        if (!reasons.isEmpty()) {
            throw new ConflictException("Chưa thể ngừng hoạt động " + describe(unit) + ": còn " + String.join(", ", reasons)
                    + ". Hãy chuyển hoặc ngừng các đơn vị trực thuộc, chuyển cán bộ sang đơn vị khác và xử lý xong "
                    + "các công việc đang mở trước.");
        }
    }

    /** The unit, which must exist and lie within the scope. */
    private Unit covered(Scope scope, String code) {
        Unit unit = existing(code);
        requireCovered(scope, code, "Đơn vị " + describe(unit));
        return unit;
    }

    private void requireCovered(Scope scope, String code, String what) {
        if (!scopes.covers(scope, code)) {
            throw new ResponseStatusException(HttpStatus.FORBIDDEN, what + " không thuộc phạm vi quản trị của bạn ("
                    + scope.unitName() + ").");
        }
    }

    private Unit existing(String code) {
        return units.findByCode(code).orElseThrow(() -> new NoSuchElementException("Không có đơn vị mã " + code + "."));
    }

    private static String checkedName(String name) {
        String stripped = name == null ? "" : name.strip();
        if (stripped.isEmpty()) {
            throw new InvalidRequestException("Cần có tên đơn vị.");
        }
        if (!NAME.matcher(stripped).matches()) {
            throw new InvalidRequestException("Tên đơn vị tối đa 255 ký tự, không chứa ký tự điều khiển hay dấu < >.");
        }
        return stripped;
    }

    /** Open tasks (claimed or not) whose candidate group is a role group of one of these units. */
    private long openTasks(Collection<Unit> of) {
        List<String> groups = new ArrayList<>();
        of.forEach(unit -> {
            for (Role role : Role.values()) {
                groups.add(GroupIds.of(unit.code(), role));
            }
        });
        return groups.isEmpty() ? 0 : tasks.createTaskQuery().taskCandidateGroupIn(groups).includeAssignedTasks().count();
    }

    /** Officers holding a role at each unit (an officer who left holds none). */
    private Map<String, Integer> activeOfficersByUnit() {
        Map<String, Set<String>> officers = new HashMap<>();
        directory.memberships().forEach((username, groupIds) -> groupIds.forEach(groupId -> {
            String unit = GroupIds.unitCodeOf(groupId);
            if (unit != null) {
                officers.computeIfAbsent(unit, code -> new HashSet<>()).add(username);
            }
        }));
        Map<String, Integer> counts = new HashMap<>();
        officers.forEach((unit, usernames) -> counts.put(unit, usernames.size()));
        return counts;
    }

    private static int depth(UnitTree tree, String code) {
        int depth = 0;
        String parent = tree.find(code).map(Unit::parentCode).orElse(null);
        while (parent != null && depth < 100) {
            depth++;
            parent = tree.find(parent).map(Unit::parentCode).orElse(null);
        }
        return depth;
    }

    private static String describe(Unit unit) {
        return unit.name() + " (" + unit.code() + ")";
    }

    private void record(Actor actor, AuditAction action, String target, String detail) {
        audit.record(Instant.now(), actor.username(), action, target, detail, actor.remoteAddress());
    }
}
