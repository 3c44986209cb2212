package vn.motcua.platform.security;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import org.springframework.boot.autoconfigure.security.SecurityProperties;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Gives every request to the Camunda webapps its own Content-Security-Policy nonce. Camunda 7.24 keeps the nonce of a
 * response in a ServletContext attribute: its header filter writes a new one on every webapp request, and the
 * Tasklist page is templated from that attribute a moment later. Another request in between (another officer, or the
 * page's own calls) gives the page a nonce its header does not allow: the browser blocks every script and Tasklist
 * stays blank. The filter runs before Camunda's and lets the request see that one attribute as its own.
 */
@Configuration(proxyBeanMethods = false)
class WebappCspNonce {

    /** The ServletContext attribute Camunda's ContentSecurityPolicyProvider and ProcessEnginesFilter share. */
    static final String NONCE_ATTRIBUTE = "org.camunda.bpm.csp.nonce";

    @Bean
    FilterRegistrationBean<PerRequest> webappCspNoncePerRequest() {
        var registration = new FilterRegistrationBean<>(new PerRequest());
        registration.setName("camunda-webapp-csp-nonce-per-request");
        registration.addUrlPatterns("/camunda/*");
        // any order of ours comes before the filters Camunda's initializer adds; before Spring Security's, to be plain
        registration.setOrder(SecurityProperties.DEFAULT_FILTER_ORDER - 2);
        return registration;
    }

    /** Hands the chain a request whose ServletContext keeps {@link #NONCE_ATTRIBUTE} in the request. */
    static final class PerRequest implements Filter {

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            HttpServletRequest http = (HttpServletRequest) request;
            ServletContext own = ownNonce(http.getServletContext(), http);
            chain.doFilter(new HttpServletRequestWrapper(http) {
                @Override
                public ServletContext getServletContext() {
                    return own;
                }
            }, response);
        }

        private static ServletContext ownNonce(ServletContext shared, ServletRequest request) {
            return (ServletContext) Proxy.newProxyInstance(WebappCspNonce.class.getClassLoader(),
                    new Class<?>[] {ServletContext.class}, (proxy, method, args) -> {
                        if (args != null && args.length > 0 && NONCE_ATTRIBUTE.equals(args[0])) {
                            if ("getAttribute".equals(method.getName())) {
                                return request.getAttribute(NONCE_ATTRIBUTE);
                            }
                            if ("setAttribute".equals(method.getName())) {
                                request.setAttribute(NONCE_ATTRIBUTE, args[1]);
                                return null;
                            }
                            if ("removeAttribute".equals(method.getName())) {
                                request.removeAttribute(NONCE_ATTRIBUTE);
                                return null;
                            }
                        }
                        try {
                            return method.invoke(shared, args);
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }
    }
}
