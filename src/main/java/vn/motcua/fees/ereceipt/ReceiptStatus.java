package vn.motcua.fees.ereceipt;

/** Whether a receipt is valid; a cancelled receipt is kept, never deleted. */
public enum ReceiptStatus {
    ISSUED("Có hiệu lực"),
    CANCELLED("Đã hủy");

    private final String label;

    ReceiptStatus(String label) {
        this.label = label;
    }

    /** The Vietnamese label shown on the public lookup page. */
    public String label() {
        return label;
    }
}
