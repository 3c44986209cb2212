package vn.motcua.organization;

import java.util.LinkedHashSet;
import java.util.Set;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;

/** The candidate groups of a task, and the units they belong to ({@link GroupIds}). */
public final class TaskCandidates {

    private TaskCandidates() {
    }

    public static Set<String> groups(DelegateTask task) {
        Set<String> groups = new LinkedHashSet<>();
        for (IdentityLink link : task.getCandidates()) {
            if (IdentityLinkType.CANDIDATE.equals(link.getType()) && link.getGroupId() != null) {
                groups.add(link.getGroupId());
            }
        }
        return groups;
    }

    /** The units of the candidate groups named by our scheme, in the order of the groups. */
    public static Set<String> units(DelegateTask task) {
        Set<String> units = new LinkedHashSet<>();
        for (String group : groups(task)) {
            String unit = GroupIds.unitCodeOf(group);
            if (unit != null) {
                units.add(unit);
            }
        }
        return units;
    }
}
