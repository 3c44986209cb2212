package vn.motcua.fees.gateway;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The merchant account at a gateway speaking the VNPAY 2.1.0 protocol ({@code motcua.payment.vnpay}).
 * The gateway calls our IPN URL ({@code /api/public/payments/vnpay/ipn}); that URL is registered in the
 * merchant's account at the gateway, not sent with each order.
 *
 * @param payUrl    the gateway's payment page, e.g. {@code https://sandbox.vnpayment.vn/paymentv2/vpcpay.html};
 *                  a path (starting with {@code /}) is a page of this application: the dev and test profiles
 *                  point it at the gateway simulator, {@code /payment-simulator/pay}
 * @param tmnCode   the merchant's terminal code ({@code vnp_TmnCode}), given by the gateway
 * @param hashSecret the merchant's secret for HMAC-SHA512 signatures, given by the gateway; keep it out of
 *                  files (set {@code MOTCUA_PAYMENT_VNPAY_HASHSECRET}). Without it online payment is off
 * @param version   protocol version ({@code vnp_Version})
 * @param locale    language of the gateway's pages ({@code vnp_Locale}: {@code vn} or {@code en})
 * @param orderType the order category ({@code vnp_OrderType})
 */
@ConfigurationProperties("motcua.payment.vnpay")
public record VnpayProperties(String payUrl, String tmnCode, String hashSecret,
                              @DefaultValue("2.1.0") String version, @DefaultValue("vn") String locale,
                              @DefaultValue("other") String orderType) {

    /** Whether a merchant account is configured (the gateway adapter exists only then). */
    public boolean configured() {
        return payUrl != null && !payUrl.isBlank() && tmnCode != null && !tmnCode.isBlank()
                && hashSecret != null && !hashSecret.isBlank();
    }
}
