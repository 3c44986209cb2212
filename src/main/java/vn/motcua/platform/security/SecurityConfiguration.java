package vn.motcua.platform.security;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.AccessDeniedHandlerImpl;
import org.springframework.security.web.authentication.AnonymousAuthenticationFilter;
import org.springframework.security.web.util.matcher.AndRequestMatcher;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RegexRequestMatcher;
import org.springframework.security.web.util.matcher.RequestHeaderRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

/**
 * Who may call what. Two filter chains:
 * <ul>
 *   <li>{@code /engine-rest/**}: stateless HTTP Basic (Camunda Modeler deploys this way); the engine
 *       then checks its own authorizations for the user.</li>
 *   <li>everything else: one form login for officers that also signs them into Tasklist, Cockpit and
 *       Admin; HTTP Basic for API clients; only the public dossier and e-receipt lookups, the payment
 *       gateway's callback (signature-checked, {@code /api/public/payments/**}), the page the gateway
 *       returns the citizen to and health are open.</li>
 * </ul>
 */
@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
public class SecurityConfiguration {

    /**
     * The webapps' own login would switch identity behind Spring's back: only our login exists. Matched on
     * the decoded path the container maps, in any case, with or without anything after {@code login}.
     */
    private static final RequestMatcher WEBAPP_LOGIN = new RegexRequestMatcher(
            "/camunda/api/admin/auth/user/[^/]+/login([/?].*)?", null, true);
    private static final String ADMINISTRATORS = EngineIdentityAuthenticationProvider.GROUP_PREFIX + "camunda-admin";
    private static final String WEBAPP_LOGOUT = "/camunda/api/admin/auth/user/*/logout";

    @Bean
    ProblemJsonSecurityResponses problemJsonSecurityResponses(ObjectMapper json) {
        return new ProblemJsonSecurityResponses(json);
    }

    @Bean
    @Order(1)
    SecurityFilterChain engineRestChain(HttpSecurity http, ProblemJsonSecurityResponses problems) throws Exception {
        return http
                .securityMatcher(withDefaults().matcher("/engine-rest/**"))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .exceptionHandling(ex -> ex.authenticationEntryPoint(problems).accessDeniedHandler(problems))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    @Bean
    @Order(2)
    SecurityFilterChain applicationChain(HttpSecurity http, ProblemJsonSecurityResponses problems,
                                         AccountStanding standing) throws Exception {
        RequestMatcher apiRequests = new OrRequestMatcher(
                withDefaults().matcher("/api/**"), withDefaults().matcher("/camunda/api/**"));
        return http
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(WEBAPP_LOGIN).denyAll()
                        .requestMatchers(withDefaults().matcher("/api/public/**"), withDefaults().matcher("/tra-cuu"),
                                withDefaults().matcher("/thanh-toan/ket-qua"), withDefaults().matcher("/tra-cuu-bien-lai/*"))
                        .permitAll()
                        .requestMatchers(withDefaults().matcher("/actuator/health/**"),
                                withDefaults().matcher("/actuator/health"),
                                withDefaults().matcher("/actuator/info")).permitAll()
                        // metrics and every other actuator endpoint: administrators only
                        .requestMatchers(withDefaults().matcher("/actuator/**")).hasAuthority(ADMINISTRATORS)
                        .requestMatchers(withDefaults().matcher("/login"), withDefaults().matcher("/error"),
                                withDefaults().matcher("/css/**"), withDefaults().matcher("/favicon.ico"))
                        .permitAll()
                        .anyRequest().authenticated())
                .formLogin(form -> form.loginPage("/login").defaultSuccessUrl("/", false).permitAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(problems))
                .logout(logout -> logout
                        .logoutRequestMatcher(new OrRequestMatcher(
                                withDefaults().matcher(HttpMethod.POST, "/logout"),
                                withDefaults().matcher(HttpMethod.POST, WEBAPP_LOGOUT)))
                        .logoutSuccessUrl("/login?logout"))
                // pages get the error page; with a single mapping Spring would use the API's for everything
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(problems, apiRequests)
                        .defaultAccessDeniedHandlerFor(problems, apiRequests)
                        .defaultAccessDeniedHandlerFor(new AccessDeniedHandlerImpl(), AnyRequestMatcher.INSTANCE))
                // the webapps run their own CSRF check (X-XSRF-TOKEN); a request without a live session carries
                // no ambient cookie credential, so an API client with an Authorization header and an anonymous
                // API call (which then gets its 401) skip it; anything riding a session needs the token
                .csrf(csrf -> csrf.ignoringRequestMatchers(
                        withDefaults().matcher("/camunda/api/**"),
                        new AndRequestMatcher(request -> !request.isRequestedSessionIdValid(), new OrRequestMatcher(
                                new RequestHeaderRequestMatcher("Authorization"), withDefaults().matcher("/api/**")))))
                .headers(headers -> headers.frameOptions(frame -> frame.sameOrigin()))
                // a session whose officer lost a role or was locked goes on anonymous
                .addFilterBefore(new EndedSessions(standing), AnonymousAuthenticationFilter.class)
                .build();
    }
}
