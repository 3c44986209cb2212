package vn.motcua.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Login and public lookup throttling, in front of every Spring Security filter chain. */
@Configuration(proxyBeanMethods = false)
class ThrottleConfiguration {

    private static final int JUST_BEFORE_SPRING_SECURITY = SecurityProperties.DEFAULT_FILTER_ORDER - 1;

    @Bean
    RequestThrottle requestThrottle(ThrottleProperties limits) {
        return new RequestThrottle(limits);
    }

    @Bean
    FilterRegistrationBean<ThrottlingFilter> throttlingFilter(RequestThrottle throttle, ObjectMapper json) {
        var registration = new FilterRegistrationBean<>(new ThrottlingFilter(throttle, new ProblemJsonSecurityResponses(json)));
        registration.setName("motcua-throttling");
        registration.setOrder(JUST_BEFORE_SPRING_SECURITY);
        return registration;
    }
}
