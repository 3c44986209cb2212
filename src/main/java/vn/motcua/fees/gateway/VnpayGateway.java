package vn.motcua.fees.gateway;

import java.net.URI;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Component;

/**
 * The adapter for gateways speaking the VNPAY 2.1.0 redirect-and-callback protocol: the payment URL
 * carries {@code vnp_Version=2.1.0}, {@code vnp_Command=pay}, the terminal code, the amount in đồng
 * × 100, {@code vnp_TxnRef}, the create and expire dates ({@code yyyyMMddHHmmss}, GMT+7) and the
 * return URL, signed by {@link VnpaySignature}; the IPN callback is verified with the same signature.
 * Exists only when a merchant account is configured ({@link VnpayProperties}).
 */
@Component
@EnableConfigurationProperties(VnpayProperties.class)
@ConditionalOnExpression("!'${motcua.payment.vnpay.hash-secret:}'.isBlank()")
public class VnpayGateway implements PaymentGateway {

    /** The gateway's dates: {@code yyyyMMddHHmmss} in Vietnam's time (GMT+7). */
    public static final DateTimeFormatter DATES = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    public static final ZoneId GMT7 = ZoneId.of("Asia/Ho_Chi_Minh");
    static final String PAID = "00";

    private final VnpayProperties properties;
    private final VnpaySignature signature;

    public VnpayGateway(VnpayProperties properties) {
        this.properties = properties;
        this.signature = new VnpaySignature(properties.hashSecret());
    }

    @Override
    public String name() {
        return "vnpay";
    }

    @Override
    public URI paymentUrl(PaymentOrderRequest order) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vnp_Version", properties.version());
        fields.put("vnp_Command", "pay");
        fields.put("vnp_TmnCode", properties.tmnCode());
        fields.put("vnp_Amount", Long.toString(Math.multiplyExact(order.amountVnd(), 100L)));
        fields.put("vnp_CurrCode", "VND");
        fields.put("vnp_TxnRef", order.orderRef());
        fields.put("vnp_OrderInfo", order.description());
        fields.put("vnp_OrderType", properties.orderType());
        fields.put("vnp_Locale", properties.locale());
        fields.put("vnp_ReturnUrl", order.returnUrl().toString());
        fields.put("vnp_IpAddr", order.clientIp() == null ? "127.0.0.1" : order.clientIp());
        fields.put("vnp_CreateDate", format(order.createdAt()));
        fields.put("vnp_ExpireDate", format(order.expiresAt()));
        return URI.create(properties.payUrl() + "?" + signature.signedQuery(fields));
    }

    @Override
    public CallbackVerdict verify(Map<String, String> parameters) {
        String orderRef = parameters.get("vnp_TxnRef");
        if (!signature.verify(parameters)) {
            return CallbackVerdict.badSignature(orderRef);
        }
        if (orderRef == null || orderRef.isBlank()) {
            throw new MalformedCallbackException("vnp_TxnRef is missing");
        }
        long amount = amountOf(parameters.get("vnp_Amount"));
        boolean paid = PAID.equals(parameters.get("vnp_ResponseCode"))
                && PAID.equals(parameters.get("vnp_TransactionStatus"));
        return new CallbackVerdict(true, orderRef, amount, paid, parameters.get("vnp_ResponseCode"),
                parameters.get("vnp_TransactionNo"), paidAt(parameters.get("vnp_PayDate")));
    }

    /** An instant as the gateway writes dates. */
    public static String format(Instant instant) {
        return DATES.format(instant.atZone(GMT7));
    }

    private static long amountOf(String value) {
        if (value == null || !value.matches("\\d{1,15}")) {
            throw new MalformedCallbackException("vnp_Amount is not an amount: " + value);
        }
        long hundredths = Long.parseLong(value);
        if (hundredths % 100 != 0) {
            throw new MalformedCallbackException("vnp_Amount is not whole đồng: " + value);
        }
        return hundredths / 100;
    }

    private static Instant paidAt(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDateTime.parse(value, DATES).atZone(GMT7).toInstant();
        } catch (DateTimeParseException e) {
            throw new MalformedCallbackException("vnp_PayDate is not a date: " + value);
        }
    }
}
