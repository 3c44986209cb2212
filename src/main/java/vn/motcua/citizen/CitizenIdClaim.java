package vn.motcua.citizen;

import java.util.Map;
import java.util.regex.Pattern;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;

/**
 * Reads the citizen's personal ID (CCCD, exactly 12 ASCII digits) from the claims the e-ID provider
 * returned. A login without a valid one is refused: the ID is what every dossier is matched on, so a
 * missing, shortened or reformatted value must never reach the application.
 */
final class CitizenIdClaim {

    /** OAuth2 error code of a refused login, so that the login page can show why. */
    static final String INVALID_CITIZEN_ID = "invalid_citizen_id";

    static final String MISSING_MESSAGE =
            "Tài khoản định danh điện tử không cung cấp số định danh cá nhân, nên không thể đăng nhập.";
    static final String MALFORMED_MESSAGE =
            "Số định danh cá nhân nhận từ tài khoản định danh điện tử không hợp lệ (phải gồm đúng 12 chữ số), "
                    + "nên không thể đăng nhập.";

    private static final Pattern TWELVE_DIGITS = Pattern.compile("[0-9]{12}");

    private final String name;

    CitizenIdClaim(String name) {
        this.name = name;
    }

    /** The claim's name, as configured by {@code motcua.citizen.id-claim}. */
    String name() {
        return name;
    }

    /**
     * Returns the citizen ID found in the claims.
     *
     * @throws OAuth2AuthenticationException with {@link #INVALID_CITIZEN_ID} and a Vietnamese description
     *         when the claim is missing or not a string of exactly 12 digits (a JSON number would have lost
     *         the leading zero of a province code such as 001)
     */
    String readFrom(Map<String, Object> claims) {
        Object value = claims == null ? null : claims.get(name);
        if (value == null || (value instanceof String text && text.isEmpty())) {
            throw refused(MISSING_MESSAGE);
        }
        if (!(value instanceof String id) || !TWELVE_DIGITS.matcher(id).matches()) {
            throw refused(MALFORMED_MESSAGE);
        }
        return id;
    }

    private static OAuth2AuthenticationException refused(String message) {
        return new OAuth2AuthenticationException(new OAuth2Error(INVALID_CITIZEN_ID, message, null));
    }
}
