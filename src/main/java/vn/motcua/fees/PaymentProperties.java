package vn.motcua.fees;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Online payment of fees ({@code motcua.payment}); the gateway's merchant account is
 * {@code motcua.payment.vnpay} ({@link vn.motcua.fees.gateway.VnpayProperties}).
 *
 * @param orderTtl  how long an online payment order stays payable ({@code vnp_ExpireDate}); when it passes
 *                  unpaid, the order expires and the dossier waits for payment at the counter again
 * @param returnUrl where the gateway sends the citizen's browser back to: a path of this application
 *                  (resolved against the address the citizen used) or an absolute URL
 */
@ConfigurationProperties("motcua.payment")
public record PaymentProperties(@DefaultValue("PT15M") Duration orderTtl,
                                @DefaultValue("/thanh-toan/ket-qua") String returnUrl) {

    public PaymentProperties {
        if (orderTtl.isNegative() || orderTtl.isZero()) {
            throw new IllegalArgumentException("motcua.payment.order-ttl must be positive");
        }
    }
}
