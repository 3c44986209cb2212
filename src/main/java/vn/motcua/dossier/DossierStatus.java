package vn.motcua.dossier;

import java.util.Arrays;

/** The status code list shared with the National Public Service Portal (1–10). */
public enum DossierStatus {
    SUBMITTED_ONLINE(1, "Mới đăng ký trực tuyến"),
    RECEIVED(2, "Đã tiếp nhận"),
    REFUSED(3, "Từ chối tiếp nhận"),
    PROCESSING(4, "Đang xử lý"),
    SUPPLEMENT_REQUESTED(5, "Yêu cầu bổ sung"),
    FEE_DUE(6, "Chờ thực hiện nghĩa vụ tài chính"),
    WITHDRAWAL_REQUESTED(7, "Công dân yêu cầu rút hồ sơ"),
    STOPPED(8, "Dừng xử lý"),
    RESULT_READY(9, "Đã xử lý xong"),
    RESULT_RETURNED(10, "Đã trả kết quả");

    private final int code;
    private final String label;

    DossierStatus(int code, String label) {
        this.code = code;
        this.label = label;
    }

    public int code() {
        return code;
    }

    public String label() {
        return label;
    }

    public static DossierStatus ofCode(int code) {
        return Arrays.stream(values()).filter(status -> status.code == code).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("Unknown dossier status " + code));
    }

    /** Refused, stopped or returned: nothing happens to the dossier any more. */
    public boolean isFinal() {
        return this == REFUSED || this == STOPPED || this == RESULT_RETURNED;
    }

    /** Whether the applicant may still withdraw (not once the result is ready or returned). */
    public boolean allowsWithdrawal() {
        return !isFinal() && this != RESULT_READY && this != WITHDRAWAL_REQUESTED;
    }
}
