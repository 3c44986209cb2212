package vn.motcua.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.web.firewall.HttpStatusRequestRejectedHandler;
import org.springframework.security.web.firewall.RequestRejectedHandler;

/**
 * Spring Security's firewall refuses URLs with encoded '%', '/', ';' or '..'; the web security
 * configuration uses a {@link RequestRejectedHandler} bean when there is one. API clients get a 400
 * problem+json; pages keep the plain 400.
 */
@Configuration(proxyBeanMethods = false)
class RejectedRequests {

    @Bean
    RequestRejectedHandler problemJsonForRejectedApiRequests(ObjectMapper json) {
        ProblemJsonSecurityResponses problems = new ProblemJsonSecurityResponses(json);
        RequestRejectedHandler pages = new HttpStatusRequestRejectedHandler();
        return (request, response, rejected) -> {
            if (request.getRequestURI().startsWith("/api/")) {
                problems.rejected(request, response);
            } else {
                pages.handle(request, response, rejected);
            }
        };
    }
}
