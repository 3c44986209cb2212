package vn.motcua.platform.security;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Runs before Spring Security: refuses a login attempt (the login page's POST, any request with HTTP
 * Basic credentials) while its account or client address has failed too often, counts the attempt as
 * failed when authentication refused it, and counts public lookups. The client address is the servlet's
 * remote address. The payment gateway's callback ({@code /api/public/payments/**}) is never throttled.
 */
class ThrottlingFilter extends OncePerRequestFilter {

    static final String LOGIN_PAGE = "/login";
    static final String THROTTLED_LOGIN_PAGE = "/login?throttled";

    private final RequestThrottle throttle;
    private final ProblemJsonSecurityResponses problems;

    ThrottlingFilter(RequestThrottle throttle, ProblemJsonSecurityResponses problems) {
        this.throttle = throttle;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String address = request.getRemoteAddr();
        String path = path(request);
        if (isLookup(path)) {
            Optional<Duration> wait = throttle.lookup(address);
            if (wait.isPresent()) {
                refuseLookup(request, response, path, wait.get());
                return;
            }
            chain.doFilter(request, response);
            return;
        }
        boolean formLogin = HttpMethod.POST.matches(request.getMethod()) && LOGIN_PAGE.equals(path);
        String account = formLogin ? request.getParameter("username") : basicUsername(request);
        if (account == null) {
            chain.doFilter(request, response);
            return;
        }
        Optional<Duration> wait = throttle.loginRefusal(account, address);
        if (wait.isPresent()) {
            response.setHeader(HttpHeaders.RETRY_AFTER, seconds(wait.get()));
            if (formLogin) {
                response.sendRedirect(request.getContextPath() + THROTTLED_LOGIN_PAGE);
            } else {
                problems.tooManyRequests(request, response, "Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau "
                        + seconds(wait.get()) + " giây.");
            }
            return;
        }
        chain.doFilter(request, response);
        if (formLogin ? refusedFormLogin(response) : response.getStatus() == HttpStatus.UNAUTHORIZED.value()) {
            throttle.loginFailed(account, address);
        }
    }

    private void refuseLookup(HttpServletRequest request, HttpServletResponse response, String path, Duration wait)
            throws IOException {
        response.setHeader(HttpHeaders.RETRY_AFTER, seconds(wait));
        if (path.startsWith("/api/")) {
            problems.tooManyRequests(request, response, "Tra cứu quá nhiều lần trong thời gian ngắn. Vui lòng thử lại sau "
                    + seconds(wait) + " giây.");
        } else {
            response.sendError(HttpStatus.TOO_MANY_REQUESTS.value());
        }
    }

    /** Spring's form login answers a refused password with a redirect back to {@code /login?error}. */
    private static boolean refusedFormLogin(HttpServletResponse response) {
        String location = response.getHeader(HttpHeaders.LOCATION);
        return location != null && location.contains(LOGIN_PAGE + "?error");
    }

    private static boolean isLookup(String path) {
        return path.equals("/tra-cuu") || path.startsWith("/tra-cuu-bien-lai/")
                || (path.startsWith("/api/public/") && !path.startsWith("/api/public/payments/"));
    }

    /** The decoded, normalized path the servlet container maps (not the raw URI, which may be encoded). */
    private static String path(HttpServletRequest request) {
        return request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    }

    private static String basicUsername(HttpServletRequest request) {
        String header = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.toLowerCase(Locale.ROOT).startsWith("basic ")) {
            return null;
        }
        try {
            String decoded = new String(Base64.getDecoder().decode(header.substring(6).trim()), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon < 0 ? null : decoded.substring(0, colon);
        } catch (IllegalArgumentException notBase64) {
            return null;
        }
    }

    private static String seconds(Duration wait) {
        long seconds = wait.toSeconds() + (wait.toNanosPart() > 0 ? 1 : 0);
        return Long.toString(Math.max(1, seconds));
    }
}
