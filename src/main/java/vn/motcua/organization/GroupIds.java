package vn.motcua.organization;

/**
 * The naming scheme of Camunda groups: {@code <unitCode>:<roleCode>}, e.g.
 * {@code 000.01.21.H99:reception}. BPMN candidate group expressions and DMN outputs use it.
 */
public final class GroupIds {

    private static final char SEPARATOR = ':';

    private GroupIds() {
    }

    public static String of(String unitCode, Role role) {
        return unitCode + SEPARATOR + role.code();
    }

    /** The unit code of a group id built by {@link #of}, or {@code null} for other groups. */
    public static String unitCodeOf(String groupId) {
        int at = groupId.lastIndexOf(SEPARATOR);
        return at < 0 ? null : groupId.substring(0, at);
    }
}
