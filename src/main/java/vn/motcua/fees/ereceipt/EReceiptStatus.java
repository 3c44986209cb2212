package vn.motcua.fees.ereceipt;

/** Whether a receipt is valid; a cancelled receipt is kept, never deleted. */
public enum EReceiptStatus {
    ISSUED("Có hiệu lực"),
    CANCELLED("Đã hủy");

    private final String label;

    EReceiptStatus(String label) {
        this.label = label;
    }

    /** The Vietnamese label shown on the public lookup page. */
    public String label() {
        return label;
    }
}
