package vn.motcua.fees.gateway;

import java.net.URI;
import java.util.Map;

/**
 * An online payment gateway of the redirect-and-callback kind (VNPAY, the national Payment Platform
 * and their like): the citizen's browser is sent to the gateway with a signed order, pays there, and
 * the gateway tells us the outcome in a signed server-to-server callback (IPN).
 */
public interface PaymentGateway {

    /** The gateway's name as stored with orders and payments, e.g. {@code vnpay}. */
    String name();

    /** The signed URL the citizen's browser is redirected to, to pay this order. */
    URI paymentUrl(PaymentOrderRequest order);

    /**
     * Checks a callback's signature and reads it; nothing is stored. A callback whose signature does not
     * match is returned with {@code signatureValid = false} and its fields unread.
     *
     * @throws MalformedCallbackException when a signed field cannot be read (missing or not a number)
     */
    CallbackVerdict verify(Map<String, String> parameters);
}
