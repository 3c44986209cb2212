package vn.motcua.organization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** An immutable snapshot of the province's units as a tree, for scope questions asked on hot paths. */
final class UnitTree {

    private final Map<String, Unit> byCode = new HashMap<>();
    private final Map<String, List<Unit>> children = new HashMap<>();
    private final Set<String> inactive;

    UnitTree(Collection<Unit> units, Set<String> inactive) {
        this.inactive = Set.copyOf(inactive);
        units.forEach(unit -> byCode.put(unit.code(), unit));
        units.stream().filter(unit -> unit.parentCode() != null)
                .forEach(unit -> children.computeIfAbsent(unit.parentCode(), code -> new ArrayList<>()).add(unit));
    }

    /** Every unit's name by its code. */
    Map<String, String> names() {
        Map<String, String> names = new HashMap<>();
        byCode.forEach((code, unit) -> names.put(code, unit.name()));
        return Map.copyOf(names);
    }

    /** The communes and wards. */
    List<Unit> communes() {
        return byCode.values().stream().filter(unit -> unit.kind() == UnitKind.COMMUNE).toList();
    }

    /** Whether the unit exists and was not deactivated. */
    boolean isActive(String code) {
        return byCode.containsKey(code) && !inactive.contains(code);
    }

    Optional<Unit> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The commune or ward the unit belongs to (itself, or its nearest commune ancestor); empty for provincial units. */
    Optional<Unit> communeOf(String code) {
        Unit unit = byCode.get(code);
        while (unit != null && unit.kind() != UnitKind.COMMUNE) {
            unit = unit.parentCode() == null ? null : byCode.get(unit.parentCode());
        }
        return Optional.ofNullable(unit);
    }

    /** The unit itself or its nearest department or commune ancestor; empty for units of the province level. */
    Optional<Unit> administeredUnitOf(String code) {
        Unit unit = byCode.get(code);
        while (unit != null && unit.kind() != UnitKind.COMMUNE && unit.kind() != UnitKind.DEPARTMENT) {
            unit = unit.parentCode() == null ? null : byCode.get(unit.parentCode());
        }
        return Optional.ofNullable(unit);
    }

    /** Whether the unit is the root or lies below it. */
    boolean isWithin(String code, String rootCode) {
        Unit unit = byCode.get(code);
        while (unit != null) {
            if (unit.code().equals(rootCode)) {
                return true;
            }
            unit = unit.parentCode() == null ? null : byCode.get(unit.parentCode());
        }
        return false;
    }

    /** The unit and every unit below it. */
    List<Unit> subtree(String code) {
        List<Unit> result = new ArrayList<>();
        Unit root = byCode.get(code);
        if (root != null) {
            collect(root, result);
        }
        return result;
    }

    private void collect(Unit unit, List<Unit> into) {
        into.add(unit);
        children.getOrDefault(unit.code(), List.of()).forEach(child -> collect(child, into));
    }
}
