package vn.motcua.fees.gateway;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature of the VNPAY 2.1.0 protocol: every non-empty {@code vnp_*} parameter except
 * {@code vnp_SecureHash} and {@code vnp_SecureHashType}, sorted by name, as {@code name=value} with the
 * value URL-encoded (US-ASCII, a space as {@code +}), joined by {@code &}; signed with HMAC-SHA512 and the
 * merchant's secret, in lower-case hex. The same string, with the hash appended, is the query of the
 * payment URL.
 */
public final class VnpaySignature {

    public static final String SECURE_HASH = "vnp_SecureHash";
    static final String SECURE_HASH_TYPE = "vnp_SecureHashType";

    private final byte[] secret;

    public VnpaySignature(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("the merchant's hash secret is not configured");
        }
        this.secret = secret.getBytes(StandardCharsets.UTF_8);
    }

    /** The signed fields, sorted and encoded: the string that is signed and also the query (without the hash). */
    public static String canonicalQuery(Map<String, String> parameters) {
        return new TreeMap<>(parameters).entrySet().stream()
                .filter(entry -> entry.getKey().startsWith("vnp_") && !entry.getKey().equals(SECURE_HASH)
                        && !entry.getKey().equals(SECURE_HASH_TYPE))
                .filter(entry -> entry.getValue() != null && !entry.getValue().isEmpty())
                .map(entry -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.US_ASCII))
                .collect(Collectors.joining("&"));
    }

    /** The lower-case hex HMAC-SHA512 of the parameters' canonical query. */
    public String sign(Map<String, String> parameters) {
        try {
            Mac mac = Mac.getInstance("HmacSHA512");
            mac.init(new SecretKeySpec(secret, "HmacSHA512"));
            return HexFormat.of().formatHex(mac.doFinal(canonicalQuery(parameters).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA512 is not available", e);
        }
    }

    /** The parameters with their signature appended, as a query string. */
    public String signedQuery(Map<String, String> parameters) {
        return canonicalQuery(parameters) + "&" + SECURE_HASH + "=" + sign(parameters);
    }

    /** Whether {@code vnp_SecureHash} matches (in either case), compared in constant time. */
    public boolean verify(Map<String, String> parameters) {
        String received = parameters.get(SECURE_HASH);
        if (received == null || received.isBlank()) {
            return false;
        }
        byte[] expected = sign(parameters).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, received.trim().toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII));
    }
}
