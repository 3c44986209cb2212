package vn.motcua.organization.importing;

import java.util.List;

/** The columns of an officers file. */
enum OfficerColumn implements ImportColumn {

    USERNAME(true, "Tên đăng nhập", "Tài khoản", "Tên tài khoản"),
    NAME(true, "Họ và tên", "Họ tên", "Tên cán bộ"),
    EMAIL(false, "Email", "Thư điện tử", "Địa chỉ email"),
    UNIT(true, "Mã đơn vị", "Mã đơn vị công tác", "Đơn vị"),
    ROLES(true, "Vai trò", "Các vai trò"),
    STATUS(false, "Trạng thái", "Tình trạng"),
    NOTE(false, "Ghi chú");

    private final boolean required;
    private final String label;
    private final List<String> keys;

    OfficerColumn(boolean required, String label, String... aliases) {
        this.required = required;
        this.label = label;
        this.keys = ImportColumn.keysOf(label, aliases);
    }

    @Override
    public boolean required() {
        return required;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public List<String> keys() {
        return keys;
    }
}
