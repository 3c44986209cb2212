package vn.motcua.fees;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * Our answer to a gateway's IPN callback, in the VNPAY protocol's words. The gateway retries until it
 * gets {@code 00} or {@code 02}.
 */
public record IpnAnswer(@JsonProperty("RspCode") String rspCode, @JsonProperty("Message") String message) {

    static final IpnAnswer CONFIRMED = new IpnAnswer("00", "Confirm Success");
    static final IpnAnswer ORDER_NOT_FOUND = new IpnAnswer("01", "Order not found");
    static final IpnAnswer ALREADY_CONFIRMED = new IpnAnswer("02", "Order already confirmed");
    static final IpnAnswer INVALID_AMOUNT = new IpnAnswer("04", "Invalid amount");
    static final IpnAnswer INVALID_SIGNATURE = new IpnAnswer("97", "Invalid signature");
    static final IpnAnswer UNKNOWN_ERROR = new IpnAnswer("99", "Unknown error");
}
