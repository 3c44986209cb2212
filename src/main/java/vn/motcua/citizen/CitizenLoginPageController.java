package vn.motcua.citizen;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.web.WebAttributes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The citizens' login page: one button that starts the VNeID login, and why the last attempt failed.
 */
@Controller
class CitizenLoginPageController {

    static final String FAILED = "Đăng nhập bằng tài khoản định danh điện tử không thành công. Vui lòng thử lại.";

    @GetMapping(CitizenSecurityConfiguration.LOGIN_PAGE)
    String login(HttpServletRequest request, Model model) {
        model.addAttribute("vneidLogin", "/oauth2/authorization/" + CitizenSecurityConfiguration.REGISTRATION_ID);
        if (request.getParameter("error") != null) {
            model.addAttribute("error", reasonOfLastFailure(request.getSession(false)));
        }
        return "citizen/login";
    }

    /** Our own refusals explain themselves in Vietnamese; the provider's technical errors do not. */
    private static String reasonOfLastFailure(HttpSession session) {
        Object failure = session == null ? null : session.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        if (failure instanceof OAuth2AuthenticationException oauth2) {
            session.removeAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            if (CitizenIdClaim.INVALID_CITIZEN_ID.equals(oauth2.getError().getErrorCode())) {
                return oauth2.getError().getDescription();
            }
        }
        return FAILED;
    }
}
