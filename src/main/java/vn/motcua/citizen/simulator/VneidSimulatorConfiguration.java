package vn.motcua.citizen.simulator;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.source.ImmutableJWKSet;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.proc.SecurityContext;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.oauth2.core.AuthorizationGrantType;
import org.springframework.security.oauth2.core.ClientAuthenticationMethod;
import org.springframework.security.oauth2.core.oidc.OidcScopes;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.StandardClaimNames;
import org.springframework.security.oauth2.core.oidc.endpoint.OidcParameterNames;
import org.springframework.security.oauth2.server.authorization.client.InMemoryRegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClient;
import org.springframework.security.oauth2.server.authorization.client.RegisteredClientRepository;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configuration.OAuth2AuthorizationServerConfiguration;
import org.springframework.security.oauth2.server.authorization.config.annotation.web.configurers.OAuth2AuthorizationServerConfigurer;
import org.springframework.security.oauth2.server.authorization.settings.AuthorizationServerSettings;
import org.springframework.security.oauth2.server.authorization.settings.ClientSettings;
import org.springframework.security.oauth2.server.authorization.token.JwtEncodingContext;
import org.springframework.security.oauth2.server.authorization.token.OAuth2TokenCustomizer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.csrf.HttpSessionCsrfTokenRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;

import static org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher.withDefaults;

/**
 * A SIMULATOR of the national e-ID provider (VNeID) for development and tests only: an OpenID Connect
 * provider built with Spring Authorization Server and served by this application under
 * {@value #PATH} — discovery at {@code /vneid-simulator/.well-known/openid-configuration}, then
 * {@code oauth2/authorize}, {@code oauth2/token}, {@code oauth2/jwks} and {@code userinfo} below the same
 * prefix — with its own Vietnamese login page and the demo citizens of {@code motcua.citizen.simulator}.
 * <p>
 * Active only under the dev or test profile and never together with prod (the production safeguard
 * also refuses to start prod with either). The simulator and the application share one servlet session:
 * the simulator keeps its login, CSRF token and saved request under its own session attributes, so a
 * login at the simulator signs nobody into the application; only the application's OIDC login does.
 */
@Configuration(proxyBeanMethods = false)
@Profile(VneidSimulatorConfiguration.PROFILES)
class VneidSimulatorConfiguration {

    static final String PROFILES = "(dev | test) & !prod";
    static final String PATH = "/vneid-simulator";
    static final String LOGIN_PAGE = PATH + "/login";
    /** The application's OIDC callback: Spring Security's default redirect URI for registration "vneid". */
    static final String CALLBACK_PATH = "/login/oauth2/code/vneid";
    static final String SECURITY_CONTEXT_KEY = "VNEID_SIMULATOR_SECURITY_CONTEXT";

    @Bean
    VneidSimulatorCitizens vneidSimulatorCitizens(VneidSimulatorProperties properties) {
        return new VneidSimulatorCitizens(properties);
    }

    /** Before the citizens' (0) and officers' (1, 2) chains; it matches only the simulator's own paths. */
    @Bean
    @Order(-1)
    SecurityFilterChain vneidSimulatorChain(HttpSecurity http, VneidSimulatorCitizens citizens,
                                            JWKSource<SecurityContext> keys) throws Exception {
        // only the simulator's own login here: a wrong password must not fall back to the officers' accounts
        http.getSharedObject(AuthenticationManagerBuilder.class).parentAuthenticationManager(null);
        return http
                .securityMatcher(withDefaults().matcher(PATH + "/**"))
                .with(OAuth2AuthorizationServerConfigurer.authorizationServer(), server -> server
                        .authorizationEndpoint(endpoint -> endpoint
                                .authenticationProviders(VneidSimulatorRedirectUris::useFor))
                        .oidc(oidc -> oidc.userInfoEndpoint(userInfo -> userInfo.userInfoMapper(context ->
                                new OidcUserInfo(citizens.claimsOf(context.getAuthorization().getPrincipalName()))))))
                .authorizeHttpRequests(auth -> auth.anyRequest().authenticated())
                .formLogin(form -> form.loginPage(LOGIN_PAGE).defaultSuccessUrl("/citizen", false).permitAll())
                .authenticationProvider(new VneidSimulatorLogin(citizens))
                // userinfo is called with the access token the simulator issued
                .oauth2ResourceServer(resourceServer -> resourceServer.jwt(jwt -> jwt
                        .decoder(OAuth2AuthorizationServerConfiguration.jwtDecoder(keys))))
                .securityContext(context -> context.securityContextRepository(simulatorSecurityContexts()))
                .requestCache(cache -> cache.requestCache(simulatorSavedRequests()))
                .csrf(csrf -> csrf.csrfTokenRepository(simulatorCsrfTokens()))
                .build();
    }

    @Bean
    RegisteredClientRepository vneidSimulatorClients(VneidSimulatorProperties properties) {
        return new InMemoryRegisteredClientRepository(RegisteredClient.withId("motcua")
                .clientId(properties.clientId())
                .clientSecret("{noop}" + properties.clientSecret())
                .clientAuthenticationMethod(ClientAuthenticationMethod.CLIENT_SECRET_BASIC)
                .authorizationGrantType(AuthorizationGrantType.AUTHORIZATION_CODE)
                .redirectUri(CALLBACK_PATH) // on the authorization request's own origin: VneidSimulatorRedirectUris
                .scope(OidcScopes.OPENID)
                .scope(OidcScopes.PROFILE)
                .clientSettings(ClientSettings.builder().requireAuthorizationConsent(false).build())
                .build());
    }

    /** The issuer is taken from the request path, so it is {@code http(s)://<host>/vneid-simulator}. */
    @Bean
    AuthorizationServerSettings vneidSimulatorSettings() {
        return AuthorizationServerSettings.builder().multipleIssuersAllowed(true).build();
    }

    /** A fresh signing key at every start: the simulator's tokens live for minutes. */
    @Bean
    JWKSource<SecurityContext> vneidSimulatorKeys() throws NoSuchAlgorithmException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        RSAKey key = new RSAKey.Builder((RSAPublicKey) pair.getPublic())
                .privateKey((RSAPrivateKey) pair.getPrivate())
                .keyID(UUID.randomUUID().toString())
                .build();
        return new ImmutableJWKSet<>(new JWKSet(key));
    }

    /** The ID token carries the citizen's claims; every token names the citizen by the opaque subject. */
    @Bean
    OAuth2TokenCustomizer<JwtEncodingContext> vneidSimulatorClaims(VneidSimulatorCitizens citizens) {
        return context -> {
            Map<String, Object> claims = citizens.claimsOf(context.getPrincipal().getName());
            if (OidcParameterNames.ID_TOKEN.equals(context.getTokenType().getValue())) {
                context.getClaims().claims(all -> all.putAll(claims));
            } else {
                context.getClaims().subject((String) claims.get(StandardClaimNames.SUB));
            }
        };
    }

    private static SecurityContextRepository simulatorSecurityContexts() {
        HttpSessionSecurityContextRepository session = new HttpSessionSecurityContextRepository();
        session.setSpringSecurityContextKey(SECURITY_CONTEXT_KEY);
        return new DelegatingSecurityContextRepository(
                new RequestAttributeSecurityContextRepository(SECURITY_CONTEXT_KEY), session);
    }

    private static HttpSessionRequestCache simulatorSavedRequests() {
        HttpSessionRequestCache cache = new HttpSessionRequestCache();
        cache.setSessionAttrName("VNEID_SIMULATOR_SAVED_REQUEST");
        return cache;
    }

    private static HttpSessionCsrfTokenRepository simulatorCsrfTokens() {
        HttpSessionCsrfTokenRepository tokens = new HttpSessionCsrfTokenRepository();
        tokens.setSessionAttributeName("VNEID_SIMULATOR_CSRF_TOKEN");
        return tokens;
    }
}
