package vn.motcua.portal;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

import vn.motcua.platform.security.ProblemJsonSecurityResponses;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

/**
 * The National Public Service Portal's technical account on {@code /api/portal/submissions}: stateless
 * HTTP Basic against {@code motcua.portal.inbound.username} / {@code password} only (officers' and
 * citizens' logins do not work there), role {@code PORTAL}. Without a configured password the chain
 * knows no user, so every call is refused: closed by default.
 */
@Configuration(proxyBeanMethods = false)
class PortalAccountSecurityConfiguration {

    static final String PORTAL_ROLE = "PORTAL";

    @Bean
    @Order(-1)
    SecurityFilterChain portalAccountChain(HttpSecurity http, PortalProperties properties, ObjectMapper json)
            throws Exception {
        DaoAuthenticationProvider provider = portalAccount(properties);
        ProblemJsonSecurityResponses problems = new ProblemJsonSecurityResponses(json);
        return http
                .securityMatcher(withDefaults().matcher("/api/portal/submissions/**"))
                .authenticationManager(new ProviderManager(provider))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasRole(PORTAL_ROLE))
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** The portal's technical account, role {@code PORTAL}; none without a configured password. */
    static DaoAuthenticationProvider portalAccount(PortalProperties properties) {
        InMemoryUserDetailsManager accounts = new InMemoryUserDetailsManager();
        PortalProperties.Inbound inbound = properties.inbound();
        if (inbound.password() != null && !inbound.password().isBlank()) {
            accounts.createUser(User.withUsername(inbound.username()).password(inbound.password())
                    .roles(PORTAL_ROLE).build());
        }
        DaoAuthenticationProvider provider = new DaoAuthenticationProvider(accounts);
        provider.setPasswordEncoder(PasswordEncoderFactories.createDelegatingPasswordEncoder());
        return provider;
    }
}
