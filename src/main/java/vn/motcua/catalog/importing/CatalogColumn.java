package vn.motcua.catalog.importing;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import vn.motcua.files.UploadedTable;

/**
 * The columns of a catalog export, as the national procedure database and the provinces'
 * "Quyết định công bố" annexes label them. Headers match without diacritics, case or punctuation,
 * so "Mã thủ tục", "MA THU TUC" and "ma_thu_tuc" are the same column.
 */
enum CatalogColumn {

    CODE(true, "Mã thủ tục", "Mã TTHC", "Mã số hồ sơ", "Mã số TTHC"),
    NAME(true, "Tên thủ tục", "Tên thủ tục hành chính", "Tên TTHC"),
    FIELD(true, "Lĩnh vực"),
    LEVEL(true, "Cấp thực hiện", "Cấp"),
    AGENCY(true, "Cơ quan thực hiện"),
    COMPETENT_AGENCY(false, "Cơ quan có thẩm quyền", "Cơ quan có thẩm quyền quyết định"),
    COORDINATING_AGENCIES(false, "Cơ quan phối hợp", "Cơ quan phối hợp thực hiện"),
    LIMIT_COUNTER(true, "Thời hạn trực tiếp", "Thời hạn giải quyết", "Thời hạn giải quyết trực tiếp"),
    LIMIT_ONLINE(false, "Thời hạn trực tuyến", "Thời hạn giải quyết trực tuyến"),
    LIMIT_POSTAL(false, "Thời hạn bưu chính", "Thời hạn giải quyết bưu chính", "Thời hạn dịch vụ bưu chính"),
    LIMIT_COMPLEX(false, "Thời hạn trường hợp phức tạp", "Thời hạn giải quyết trường hợp phức tạp",
            "Thời hạn xác minh"),
    FEE(true, "Phí, lệ phí", "Phí lệ phí", "Phí, lệ phí (nếu có)", "Phí hoặc lệ phí", "Lệ phí"),
    DOCUMENTS(false, "Thành phần hồ sơ"),
    DECLARATION_FIELDS(false, "Trường thông tin tờ khai", "Thông tin tờ khai"),
    STEPS(false, "Trình tự thực hiện"),
    ONLINE_LEVEL(false, "Mức độ DVC", "Mức độ dịch vụ công", "DVCTT", "Dịch vụ công trực tuyến"),
    LEGAL_BASIS(false, "Căn cứ pháp lý"),
    DECISION_NUMBER(false, "Quyết định công bố", "Số quyết định công bố", "Số quyết định"),
    DECISION_DATE(false, "Ngày ban hành quyết định", "Ngày quyết định", "Ngày ban hành"),
    EFFECTIVE_DATE(false, "Ngày hiệu lực", "Ngày có hiệu lực"),
    SUBJECTS(false, "Đối tượng thực hiện"),
    RESULT(false, "Kết quả thực hiện", "Kết quả"),
    PROCESS_KEY(false, "Quy trình", "Mã quy trình", "Process key"),
    VERIFICATION(false, "Cần xác minh", "Chưa xác minh", "Ghi chú xác minh");

    private final boolean required;
    private final String label;
    private final List<String> keys;

    CatalogColumn(boolean required, String label, String... aliases) {
        this.required = required;
        this.label = label;
        this.keys = Stream.concat(Stream.of(label), Stream.of(aliases)).map(UploadedTable::plainKey).toList();
    }

    /** Whether every file must have this column. */
    boolean required() {
        return required;
    }

    /** The Vietnamese header, as reports name the column. */
    String label() {
        return label;
    }

    static Optional<CatalogColumn> ofHeader(String header) {
        String key = UploadedTable.plainKey(header);
        return Stream.of(values()).filter(column -> column.keys.contains(key)).findFirst();
    }
}
