package vn.motcua.organization;

import java.util.Arrays;
import java.util.Optional;

/**
 * What an officer does in a unit. Each unit/role pair is one Camunda group, named by
 * {@link GroupIds#of(String, Role)}.
 */
public enum Role {
    RECEPTION("reception", "Tiếp nhận và trả kết quả"),
    SPECIALIST("specialist", "Chuyên viên xử lý"),
    LEADER("leader", "Lãnh đạo"),
    SUPERVISOR("supervisor", "Giám sát"),
    DESIGNER("designer", "Thiết kế quy trình"),
    ADMINISTRATOR("admin", "Quản trị hệ thống");

    private final String code;
    private final String label;

    Role(String code, String label) {
        this.code = code;
        this.label = label;
    }

    /** The short code used in group ids and data files, e.g. {@code specialist}. */
    public String code() {
        return code;
    }

    /** The Vietnamese name shown to users. */
    public String label() {
        return label;
    }

    public static Role ofCode(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("Unknown role: " + code));
    }

    public static Optional<Role> find(String code) {
        return Arrays.stream(values()).filter(role -> role.code.equals(code)).findFirst();
    }
}
