package vn.motcua.fees;

/** How a fee was paid, with the label printed on its receipt. */
public enum PaymentMethod {
    /** In cash at the receiving counter, recorded by an officer. */
    CASH("Tiền mặt"),
    /** Online through the payment gateway. */
    ONLINE("Thanh toán trực tuyến");

    private final String label;

    PaymentMethod(String label) {
        this.label = label;
    }

    /** As the receipt prints it. */
    public String label() {
        return label;
    }
}
