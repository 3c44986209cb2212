package vn.motcua.fees.gateway;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The VNPAY 2.1.0 signing rules and the adapter's payment URL and callback reading. */
class VnpayGatewayTest {

    private static final String SECRET = "payment-simulator-secret";
    private final VnpaySignature signature = new VnpaySignature(SECRET);
    private final VnpayGateway gateway = new VnpayGateway(
            new VnpayProperties("https://sandbox.example/paymentv2/vpcpay.html", "MOTCUASM", SECRET, "2.1.0", "vn", "other"));

    @Test
    void the_signed_string_sorts_the_vnp_fields_encodes_values_and_leaves_out_empty_ones_and_the_hash() {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("vnp_TxnRef", "ABC123");
        fields.put("vnp_Amount", "700000");
        fields.put("vnp_OrderInfo", "Thanh toan le phi");
        fields.put("vnp_BankCode", "");
        fields.put("vnp_SecureHash", "abc");
        fields.put("vnp_SecureHashType", "HmacSHA512");
        fields.put("other", "x");
        fields.put("vnp_ReturnUrl", "https://motcua.vn/thanh-toan/ket-qua");

        assertThat(VnpaySignature.canonicalQuery(fields)).isEqualTo("vnp_Amount=700000&vnp_OrderInfo=Thanh+toan+le+phi"
                + "&vnp_ReturnUrl=https%3A%2F%2Fmotcua.vn%2Fthanh-toan%2Fket-qua&vnp_TxnRef=ABC123");
    }

    @Test
    void the_signature_is_the_hmac_sha512_hex_openssl_computes_for_the_same_string() {
        Map<String, String> fields = Map.of("vnp_Version", "2.1.0", "vnp_Command", "pay", "vnp_TmnCode", "MOTCUASM",
                "vnp_Amount", "700000", "vnp_OrderInfo", "Thanh toan le phi", "vnp_TxnRef", "ABC123");

        // printf '%s' 'vnp_Amount=700000&vnp_Command=pay&vnp_OrderInfo=Thanh+toan+le+phi&vnp_TmnCode=MOTCUASM&vnp_TxnRef=ABC123&vnp_Version=2.1.0' \
        //   | openssl dgst -sha512 -hmac 'payment-simulator-secret'
        assertThat(signature.sign(fields)).isEqualTo("e3fbab5b2a55a660873853e94af58564dd29f3d9db1ae1c6604330072c1806de"
                + "470d71e7f117e2d00106c5fb40df2153e607c92f3c712b9ed5210771260214f7");
    }

    @Test
    void a_signature_in_upper_case_is_accepted_a_changed_field_or_another_secret_is_not() {
        Map<String, String> fields = new LinkedHashMap<>(Map.of("vnp_Amount", "700000", "vnp_TxnRef", "ABC123"));
        fields.put("vnp_SecureHash", signature.sign(fields).toUpperCase());
        assertThat(signature.verify(fields)).isTrue();

        Map<String, String> changed = new LinkedHashMap<>(fields);
        changed.put("vnp_Amount", "100");
        assertThat(signature.verify(changed)).isFalse();
        assertThat(new VnpaySignature("another-secret").verify(fields)).isFalse();
        Map<String, String> unsigned = new LinkedHashMap<>(fields);
        unsigned.remove("vnp_SecureHash");
        assertThat(signature.verify(unsigned)).isFalse();
    }

    @Test
    void the_payment_url_carries_the_amount_times_100_and_dates_in_vietnam_time() {
        URI url = gateway.paymentUrl(new PaymentOrderRequest("ABC123", 7_000, "Thanh toan le phi",
                Instant.parse("2025-11-25T02:30:00Z"), Instant.parse("2025-11-25T02:45:00Z"),
                URI.create("https://motcua.vn/thanh-toan/ket-qua"), "10.0.0.7"));

        Map<String, String> query = query(url);
        assertThat(url.toString()).startsWith("https://sandbox.example/paymentv2/vpcpay.html?");
        assertThat(query).containsEntry("vnp_Amount", "700000").containsEntry("vnp_TmnCode", "MOTCUASM")
                .containsEntry("vnp_CreateDate", "20251125093000").containsEntry("vnp_ExpireDate", "20251125094500")
                .containsEntry("vnp_TxnRef", "ABC123").containsEntry("vnp_CurrCode", "VND")
                .containsEntry("vnp_IpAddr", "10.0.0.7").doesNotContainKey("vnp_SecureHashType");
        assertThat(signature.verify(query)).isTrue();
    }

    @Test
    void a_signed_successful_callback_is_read_as_paid_in_dong() {
        Map<String, String> callback = new LinkedHashMap<>(Map.of("vnp_Amount", "700000", "vnp_TxnRef", "ABC123",
                "vnp_ResponseCode", "00", "vnp_TransactionStatus", "00", "vnp_TransactionNo", "14226112",
                "vnp_PayDate", "20251125093512"));
        callback.put("vnp_SecureHash", signature.sign(callback));

        CallbackVerdict verdict = gateway.verify(callback);

        assertThat(verdict.signatureValid()).isTrue();
        assertThat(verdict.paid()).isTrue();
        assertThat(verdict.amountVnd()).isEqualTo(7_000L);
        assertThat(verdict.gatewayTxnNo()).isEqualTo("14226112");
        assertThat(verdict.paidAt()).isEqualTo(Instant.parse("2025-11-25T02:35:12Z"));
    }

    @Test
    void a_cancelled_callback_is_not_paid_and_a_fraction_of_a_dong_is_malformed() {
        Map<String, String> cancelled = new LinkedHashMap<>(Map.of("vnp_Amount", "700000", "vnp_TxnRef", "ABC123",
                "vnp_ResponseCode", "24", "vnp_TransactionStatus", "02"));
        cancelled.put("vnp_SecureHash", signature.sign(cancelled));
        assertThat(gateway.verify(cancelled).paid()).isFalse();

        Map<String, String> fraction = new LinkedHashMap<>(Map.of("vnp_Amount", "700050", "vnp_TxnRef", "ABC123"));
        fraction.put("vnp_SecureHash", signature.sign(fraction));
        assertThatThrownBy(() -> gateway.verify(fraction)).isInstanceOf(MalformedCallbackException.class);
    }

    private static Map<String, String> query(URI uri) {
        Map<String, String> values = new LinkedHashMap<>();
        for (String pair : uri.getRawQuery().split("&")) {
            int equals = pair.indexOf('=');
            values.put(pair.substring(0, equals), URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
        }
        return values;
    }
}
