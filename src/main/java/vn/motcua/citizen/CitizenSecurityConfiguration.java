package vn.motcua.citizen;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.ObjectMapper;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.core.env.Environment;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.util.matcher.AnyRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;

import vn.motcua.platform.security.ProblemJsonSecurityResponses;
import vn.motcua.platform.security.SecurityConfiguration;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

/**
 * Citizens sign in with the national e-ID (VNeID) through OpenID Connect and reach only the citizen
 * pages and the citizen API. This chain comes before the officers' chains of
 * {@link SecurityConfiguration} and matches only its own paths.
 * <p>
 * A citizen is not an officer: the citizen's login is kept in its own session attribute, so the
 * officers' chains never see it and a citizen session is anonymous on {@code /camunda/**},
 * {@code /engine-rest/**} and the officers' {@code /api/**}. For the same reason its CSRF token and
 * saved request live under their own keys: a citizen login in a browser never disturbs an officer's.
 * The citizen's ID (CCCD) is the authenticated name ({@code Authentication.getName()}).
 */
@Configuration(proxyBeanMethods = false)
public class CitizenSecurityConfiguration {

    private static final Logger log = LoggerFactory.getLogger(CitizenSecurityConfiguration.class);

    /** Registration id of the e-ID provider in {@code spring.security.oauth2.client.registration.*}. */
    static final String REGISTRATION_ID = "vneid";
    static final String LOGIN_PAGE = "/citizen/login";
    public static final String CITIZEN_ROLE = "CITIZEN";
    static final String SECURITY_CONTEXT_KEY = "MOTCUA_CITIZEN_SECURITY_CONTEXT";

    @Bean
    ClientRegistrationRepository clientRegistrationRepository(Environment environment) {
        return LazyClientRegistrationRepository.fromProperties(environment);
    }

    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        // the provider's tokens live in the citizen's session, not in a server-wide map growing with every login
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    @Bean
    @Order(0)
    SecurityFilterChain citizenChain(HttpSecurity http, CitizenLoginProperties properties, ObjectMapper json,
                                     ClientRegistrationRepository registrations,
                                     OAuth2AuthorizedClientRepository authorizedClients) throws Exception {
        RequestMatcher citizenApi = withDefaults().matcher("/api/citizen/**");
        ProblemJsonSecurityResponses problems = ProblemJsonSecurityResponses.withoutChallenge(json);
        return http
                .securityMatcher(new OrRequestMatcher(withDefaults().matcher("/citizen/**"),
                        withDefaults().matcher("/oauth2/**"), withDefaults().matcher("/login/oauth2/**"), citizenApi))
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(withDefaults().matcher(LOGIN_PAGE)).permitAll()
                        .anyRequest().hasRole(CITIZEN_ROLE))
                .oauth2Login(login -> login
                        .loginPage(LOGIN_PAGE)
                        .defaultSuccessUrl("/citizen", false)
                        .clientRegistrationRepository(registrations)
                        .authorizedClientRepository(authorizedClients)
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(citizenUsers(properties))))
                .logout(logout -> logout
                        .logoutRequestMatcher(withDefaults().matcher(HttpMethod.POST, "/citizen/logout"))
                        // ends the citizen's login only: an officer signed in in the same browser stays
                        .invalidateHttpSession(false)
                        .logoutSuccessUrl(LOGIN_PAGE + "?logout"))
                .securityContext(context -> context.securityContextRepository(citizenSecurityContexts()))
                .requestCache(cache -> cache.requestCache(citizenSavedRequests()))
                .csrf(csrf -> csrf.csrfTokenRepository(citizenCsrfTokens()))
                .exceptionHandling(ex -> ex
                        .defaultAuthenticationEntryPointFor(problems, citizenApi)
                        .defaultAccessDeniedHandlerFor(problems, citizenApi)
                        .defaultAuthenticationEntryPointFor(new LoginUrlAuthenticationEntryPoint(LOGIN_PAGE),
                                AnyRequestMatcher.INSTANCE))
                .build();
    }

    /**
     * Spring's OIDC user service (ID token, then userinfo) that also requires a valid citizen ID and
     * names the user by it.
     */
    private static OidcUserService citizenUsers(CitizenLoginProperties properties) {
        CitizenIdClaim citizenId = new CitizenIdClaim(properties.idClaim());
        OidcUserService users = new OidcUserService();
        users.setOidcUserMapper((request, userInfo) -> {
            Map<String, Object> claims = new HashMap<>(request.getIdToken().getClaims());
            if (userInfo != null) {
                claims.putAll(userInfo.getClaims());
            }
            try {
                citizenId.readFrom(claims);
            } catch (OAuth2AuthenticationException refused) {
                // the opaque subject traces the login without writing anybody's ID number to the log
                log.warn("Refused a VNeID login (subject {}): claim '{}' missing or not 12 digits",
                        request.getIdToken().getSubject(), citizenId.name());
                throw refused;
            }
            return new DefaultOidcUser(List.of(new SimpleGrantedAuthority("ROLE_" + CITIZEN_ROLE)),
                    request.getIdToken(), userInfo, citizenId.name());
        });
        return users;
    }

    /** Where a citizen's login lives: its own session attribute, apart from an officer's in the same browser. */
    public static SecurityContextRepository citizenSecurityContexts() {
        HttpSessionSecurityContextRepository session = new HttpSessionSecurityContextRepository();
        session.setSpringSecurityContextKey(SECURITY_CONTEXT_KEY);
        return new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(SECURITY_CONTEXT_KEY), session);
    }

    private static HttpSessionRequestCache citizenSavedRequests() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setSessionAttrName("MOTCUA_CITIZEN_SAVED_REQUEST");
        return cache;
    }

    public static HttpSessionCsrfTokenRepository citizenCsrfTokens() {
        HttpSessionCsrfTokenRepository tokens = new HttpSessionCsrfTokenRepository();
        tokens.setSessionAttributeName("MOTCUA_CITIZEN_CSRF_TOKEN");
        return tokens;
    }
}
