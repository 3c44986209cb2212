package vn.motcua.payment;

/** How a fee was paid. */
public enum PaymentMethod {
    /** In cash at the receiving counter, recorded by an officer. */
    CASH,
    /** Online through the payment gateway. */
    ONLINE
}
