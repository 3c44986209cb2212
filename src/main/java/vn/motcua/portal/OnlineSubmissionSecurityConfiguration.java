package vn.motcua.portal;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;

import vn.motcua.citizen.CitizenSecurityConfiguration;
import vn.motcua.platform.security.EngineIdentityAuthenticationProvider;
import vn.motcua.platform.security.ProblemJsonSecurityResponses;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

/**
 * The online channel, {@code /api/dossiers/online}: the National Public Service Portal's technical account
 * (HTTP Basic) and a citizen signed in with VNeID (their session, with the citizen pages' CSRF token) file
 * online dossiers; an officer, signed in or with HTTP Basic, is recognised and refused with 403: officers
 * receive dossiers at the counter.
 */
@Configuration(proxyBeanMethods = false)
class OnlineSubmissionSecurityConfiguration {

    @Bean
    @Order(-2)
    SecurityFilterChain onlineSubmissionChain(HttpSecurity http, PortalProperties portal,
                                              EngineIdentityAuthenticationProvider officers, ObjectMapper json)
            throws Exception {
        ProblemJsonSecurityResponses problems = new ProblemJsonSecurityResponses(json);
        return http
                .securityMatcher(withDefaults().matcher("/api/dossiers/online"))
                .authenticationManager(new ProviderManager(PortalAccountSecurityConfiguration.portalAccount(portal),
                        officers))
                .authorizeHttpRequests(auth -> auth.anyRequest().hasAnyRole(
                        PortalAccountSecurityConfiguration.PORTAL_ROLE, CitizenSecurityConfiguration.CITIZEN_ROLE))
                // HTTP Basic stays per request: the portal's call never opens a session
                .httpBasic(basic -> basic.authenticationEntryPoint(problems)
                        .securityContextRepository(new RequestAttributeSecurityContextRepository()))
                // a citizen's login first, then an officer's, so that an officer is told 403, not 401
                .securityContext(context -> context.securityContextRepository(new DelegatingSecurityContextRepository(
                        CitizenSecurityConfiguration.citizenSecurityContexts(),
                        new HttpSessionSecurityContextRepository())))
                .csrf(csrf -> csrf.csrfTokenRepository(CitizenSecurityConfiguration.citizenCsrfTokens())
                        // a request without a session cookie carries no ambient credential to forge with
                        .ignoringRequestMatchers(request -> request.getRequestedSessionId() == null))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .build();
    }
}
