package vn.motcua.fees;

import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.motcua.fees.gateway.MalformedCallbackException;
import vn.motcua.platform.web.SingleLineText;

/**
 * The gateway's server-to-server IPN callback. Public (the gateway has no account here): only the
 * signature, checked with the merchant's secret, makes a callback count. It always answers the
 * protocol's JSON ({@code RspCode}, {@code Message}); unreadable parameters answer {@code 99}, never an
 * error page.
 */
@RestController
@RequestMapping("/api/public/payments")
class PaymentCallbackController {

    private static final Logger log = LoggerFactory.getLogger(PaymentCallbackController.class);

    private final FeePayments payments;

    PaymentCallbackController(FeePayments payments) {
        this.payments = payments;
    }

    @GetMapping("/vnpay/ipn")
    IpnAnswer ipn(@RequestParam Map<String, String> parameters) {
        try {
            return payments.confirm(parameters);
        } catch (MalformedCallbackException e) {
            log.warn("PAY-IPN-99 malformed callback: {}", e.getMessage());
            return payments.failed(parameters, "MALFORMED");
        } catch (RuntimeException e) {
            log.error("PAY-IPN-99 callback for order {} failed", SingleLineText.escape(parameters.get("vnp_TxnRef")), e);
            return payments.failed(parameters, "ERROR");
        }
    }
}
