package vn.motcua.fees.simulator;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The payment gateway SIMULATOR of the dev and test profiles ({@code motcua.payment.simulator}): the
 * merchant account it accepts, as a real gateway knows it.
 *
 * @param tmnCode    the terminal code it accepts (the application's {@code motcua.payment.vnpay.tmn-code})
 * @param hashSecret the secret it shares with the application ({@code motcua.payment.vnpay.hash-secret})
 * @param ipnUrl     where it sends the IPN callback: a path of this application, or an absolute URL
 */
@ConfigurationProperties("motcua.payment.simulator")
public record PaymentGatewaySimulatorProperties(String tmnCode, String hashSecret,
                                                @DefaultValue("/api/public/payments/vnpay/ipn") String ipnUrl) {
}
