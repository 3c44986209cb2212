package vn.motcua.platform.security;

import java.io.IOException;
import java.net.URI;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.security.web.csrf.CsrfException;

/**
 * RFC 7807 answers for API clients that are not signed in (401, with a Basic challenge so that
 * Camunda Modeler and scripts know what to send; none for the citizens' API) or not allowed (403).
 */
public class ProblemJsonSecurityResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private static final String BASIC_CHALLENGE = "Basic realm=\"motcua\"";

    private final ObjectMapper json;
    private final String challenge;

    public ProblemJsonSecurityResponses(ObjectMapper json) {
        this(json, BASIC_CHALLENGE);
    }

    private ProblemJsonSecurityResponses(ObjectMapper json, String challenge) {
        this.json = json;
        this.challenge = challenge;
    }

    /**
     * For the citizens' API: no Basic challenge, which would make a browser ask for a password citizens
     * do not have (they sign in with VNeID).
     */
    public static ProblemJsonSecurityResponses withoutChallenge(ObjectMapper json) {
        return new ProblemJsonSecurityResponses(json, null);
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response,
                         AuthenticationException exception) throws IOException {
        if (challenge != null) {
            response.setHeader("WWW-Authenticate", challenge);
        }
        write(request, response, HttpStatus.UNAUTHORIZED, "Cần đăng nhập để sử dụng chức năng này.");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response,
                       AccessDeniedException exception) throws IOException {
        // a missing CSRF token of someone not signed in is not a missing right: they have to sign in first
        if (exception instanceof CsrfException && !signedIn()) {
            commence(request, response, new InsufficientAuthenticationException(exception.getMessage(), exception));
            return;
        }
        write(request, response, HttpStatus.FORBIDDEN, "Tài khoản không có quyền thực hiện thao tác này.");
    }

    private static boolean signedIn() {
        Authentication authentication = SecurityContextHolder.getContextHolderStrategy().getContext().getAuthentication();
        return authentication != null && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken);
    }

    /** A URL Spring Security's firewall refuses (an encoded '%', '/' or ';' …): 400, not Spring Boot's English error. */
    void rejected(HttpServletRequest request, HttpServletResponse response) throws IOException {
        write(request, response, HttpStatus.BAD_REQUEST, "Địa chỉ yêu cầu chứa ký tự không được phép.");
    }

    /** Over a throttle's limit (the caller has set {@code Retry-After}). */
    void tooManyRequests(HttpServletRequest request, HttpServletResponse response, String detail) throws IOException {
        write(request, response, HttpStatus.TOO_MANY_REQUESTS, detail);
    }

    private void write(HttpServletRequest request, HttpServletResponse response, HttpStatus status, String detail)
            throws IOException {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setInstance(URI.create(request.getRequestURI()));
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        response.setCharacterEncoding("UTF-8");
        json.writeValue(response.getOutputStream(), problem);
    }
}
