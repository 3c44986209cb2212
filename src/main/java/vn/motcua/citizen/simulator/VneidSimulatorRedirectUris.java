package vn.motcua.citizen.simulator;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2ErrorCodes;
import org.springframework.security.oauth2.core.endpoint.OAuth2ParameterNames;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationContext;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationException;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationProvider;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationToken;
import org.springframework.security.oauth2.server.authorization.authentication.OAuth2AuthorizationCodeRequestAuthenticationValidator;
import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Redirect URI check of the simulator's authorization endpoint. A real provider registers the exact
 * callback URL of each province's application; the simulator serves only the application it runs in,
 * whose host and port (random in tests) are not known in advance. It therefore accepts a redirect URI
 * on the same origin as the authorization request itself, with a registered path.
 */
final class VneidSimulatorRedirectUris implements Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> {

    /** Installs the check, keeping Spring Authorization Server's scope check. */
    static void useFor(List<AuthenticationProvider> providers) {
        Consumer<OAuth2AuthorizationCodeRequestAuthenticationContext> validator = new VneidSimulatorRedirectUris()
                .andThen(OAuth2AuthorizationCodeRequestAuthenticationValidator.DEFAULT_SCOPE_VALIDATOR);
        providers.stream()
                .filter(OAuth2AuthorizationCodeRequestAuthenticationProvider.class::isInstance)
                .map(OAuth2AuthorizationCodeRequestAuthenticationProvider.class::cast)
                .forEach(provider -> provider.setAuthenticationValidator(validator));
    }

    @Override
    public void accept(OAuth2AuthorizationCodeRequestAuthenticationContext context) {
        OAuth2AuthorizationCodeRequestAuthenticationToken request = context.getAuthentication();
        if (!acceptable(request.getRedirectUri(), request.getAuthorizationUri(),
                context.getRegisteredClient().getRedirectUris())) {
            // no token in the exception: an invalid redirect URI is answered with 400, never redirected to
            throw new OAuth2AuthorizationCodeRequestAuthenticationException(new OAuth2Error(
                    OAuth2ErrorCodes.INVALID_REQUEST, "OAuth 2.0 Parameter: " + OAuth2ParameterNames.REDIRECT_URI,
                    null), null);
        }
    }

    static boolean acceptable(String redirectUri, String authorizationUri, Collection<String> registeredPaths) {
        if (redirectUri == null || authorizationUri == null) {
            return false;
        }
        UriComponents redirect;
        UriComponents authorization;
        try {
            redirect = UriComponentsBuilder.fromUriString(redirectUri).build();
            authorization = UriComponentsBuilder.fromUriString(authorizationUri).build();
        } catch (IllegalArgumentException malformed) {
            return false;
        }
        return redirect.getFragment() == null && redirect.getQuery() == null
                && Objects.equals(redirect.getScheme(), authorization.getScheme())
                && Objects.equals(redirect.getHost(), authorization.getHost())
                && redirect.getPort() == authorization.getPort()
                && registeredPaths.contains(redirect.getPath());
    }
}
