package vn.motcua.fees.gateway;

import java.net.URI;
import java.time.Instant;

/**
 * What the gateway needs to show and sign an order.
 *
 * @param orderRef    our unique order reference ({@code vnp_TxnRef}), letters and digits
 * @param amountVnd   the amount in đồng
 * @param description what is paid, without diacritics (gateways advise plain ASCII)
 * @param createdAt   when the order was created
 * @param expiresAt   after this the gateway refuses to take the payment
 * @param returnUrl   where the gateway sends the citizen's browser back to
 * @param clientIp    the citizen's IP address
 */
public record PaymentOrderRequest(String orderRef, long amountVnd, String description, Instant createdAt,
                                  Instant expiresAt, URI returnUrl, String clientIp) {
}
