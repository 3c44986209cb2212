package vn.motcua.receipt;

/** How a fee was paid, with the label printed on the receipt. */
public enum PaymentMethod {
    CASH("Tiền mặt"),
    ONLINE("Thanh toán trực tuyến");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
