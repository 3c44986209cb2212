package vn.motcua.organization.importing;

import java.util.List;

/** The columns of a units file. */
enum UnitColumn implements ImportColumn {

    CODE(true, "Mã đơn vị", "Mã định danh", "Mã định danh đơn vị", "Mã cơ quan"),
    NAME(true, "Tên đơn vị", "Tên cơ quan", "Tên cơ quan, đơn vị"),
    KIND(true, "Loại đơn vị", "Loại", "Cấp đơn vị"),
    PARENT(true, "Mã đơn vị cấp trên", "Đơn vị cấp trên", "Mã cấp trên", "Mã đơn vị cha"),
    NOTE(false, "Ghi chú");

    private final boolean required;
    private final String label;
    private final List<String> keys;

    UnitColumn(boolean required, String label, String... aliases) {
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
