package vn.motcua.organization.importing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import vn.motcua.files.UploadedTable;
import vn.motcua.organization.Role;
import vn.motcua.organization.UnitKind;

/**
 * The Vietnamese words organization files use for kinds of unit, roles and an officer's status, compared as
 * {@link UploadedTable#plainKey}s (without diacritics, case or punctuation). The codes the YAML file and the API use
 * ({@code COMMUNE}, {@code specialist}) are accepted as well.
 */
final class OrganizationTerms {

    /** Whether an officer works in the province or has left. */
    enum Status { ACTIVE, LEFT }

    private static final Map<String, UnitKind> KINDS = new HashMap<>();
    private static final Map<String, Role> ROLES = new HashMap<>();
    private static final Map<String, Status> STATUSES = new HashMap<>();

    static {
        put(KINDS, UnitKind.PROVINCE, "Tỉnh", "Thành phố", "Tỉnh, thành phố", "Ủy ban nhân dân tỉnh", "UBND tỉnh",
                "Cấp tỉnh", "PROVINCE");
        put(KINDS, UnitKind.DEPARTMENT, "Sở/Ban ngành", "Sở, ban, ngành", "Sở", "Ban", "Ngành", "Sở ngành",
                "Cơ quan chuyên môn", "Cơ quan chuyên môn cấp tỉnh", "DEPARTMENT");
        put(KINDS, UnitKind.COMMUNE, "Xã/Phường/Đặc khu", "Xã, phường, đặc khu", "Xã", "Phường", "Đặc khu",
                "Xã/Phường", "Cấp xã", "Ủy ban nhân dân xã", "UBND xã", "UBND cấp xã", "COMMUNE");
        put(KINDS, UnitKind.SERVICE_CENTER, "Trung tâm phục vụ hành chính công", "Trung tâm phục vụ HCC",
                "Trung tâm", "Bộ phận một cửa", "Một cửa", "Bộ phận tiếp nhận và trả kết quả", "SERVICE_CENTER");

        put(ROLES, Role.RECEPTION, "Tiếp nhận", "Tiếp nhận và trả kết quả", "Tiếp nhận, trả kết quả", "Một cửa",
                "Cán bộ một cửa");
        put(ROLES, Role.SPECIALIST, "Chuyên viên", "Chuyên viên xử lý", "Xử lý", "Thẩm định");
        put(ROLES, Role.LEADER, "Lãnh đạo", "Lãnh đạo đơn vị", "Phê duyệt", "Lãnh đạo phê duyệt");
        put(ROLES, Role.SUPERVISOR, "Giám sát", "Theo dõi, giám sát");
        put(ROLES, Role.DESIGNER, "Thiết kế", "Thiết kế quy trình");
        put(ROLES, Role.ADMINISTRATOR, "Quản trị", "Quản trị hệ thống");
        for (Role role : Role.values()) {
            put(ROLES, role, role.label(), role.code(), role.name());
        }

        put(STATUSES, Status.ACTIVE, "Đang công tác", "Công tác", "Đang làm việc", "Hoạt động", "ACTIVE");
        put(STATUSES, Status.LEFT, "Nghỉ việc", "Đã nghỉ việc", "Thôi việc", "Nghỉ hưu", "Chuyển công tác", "LEFT");
    }

    private OrganizationTerms() {
    }

    @SafeVarargs
    private static <T> void put(Map<String, T> into, T value, String... words) {
        for (String word : words) {
            into.put(UploadedTable.plainKey(word), value);
        }
    }

    static Optional<UnitKind> kind(String text) {
        return Optional.ofNullable(KINDS.get(UploadedTable.plainKey(text)));
    }

    static Optional<Role> role(String text) {
        return Optional.ofNullable(ROLES.get(UploadedTable.plainKey(text)));
    }

    /** Empty means active. */
    static Optional<Status> status(String text) {
        return text.isBlank() ? Optional.of(Status.ACTIVE) : Optional.ofNullable(STATUSES.get(UploadedTable.plainKey(text)));
    }

    /** The words a file writes for each kind, as a problem names them. */
    static final List<String> KIND_WORDS = List.of("Tỉnh", "Sở/Ban ngành", "Xã/Phường/Đặc khu",
            "Trung tâm phục vụ hành chính công");

    static final List<String> ROLE_WORDS = List.of("Tiếp nhận", "Chuyên viên", "Lãnh đạo", "Giám sát", "Thiết kế",
            "Quản trị");
}
