package vn.motcua.citizen;

import java.util.Map;
import java.util.function.Supplier;

import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientProperties;
import org.springframework.boot.autoconfigure.security.oauth2.client.OAuth2ClientPropertiesMapper;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;

/**
 * The e-ID client registrations, built from Spring Boot's standard {@code spring.security.oauth2.client.*}
 * properties (with Boot's own mapper) on the first citizen login instead of while the application starts.
 * <p>
 * Boot's default repository reads the provider's discovery document ({@code issuer-uri}) during start-up:
 * then the officers' side could not start while the national e-ID is unreachable, and the development
 * simulator, served by this very application on a port known only once it listens, could not be read
 * at all. A failed attempt is not remembered: the next login tries again.
 */
final class LazyClientRegistrationRepository implements ClientRegistrationRepository {

    private static final String PREFIX = "spring.security.oauth2.client";

    private final Supplier<Map<String, ClientRegistration>> source;
    private volatile Map<String, ClientRegistration> registrations;

    LazyClientRegistrationRepository(Supplier<Map<String, ClientRegistration>> source) {
        this.source = source;
    }

    /** Binds the properties when first needed, so placeholders such as {@code ${local.server.port}} resolve. */
    static LazyClientRegistrationRepository fromProperties(Environment environment) {
        return new LazyClientRegistrationRepository(() -> {
            OAuth2ClientProperties properties = Binder.get(environment)
                    .bind(PREFIX, OAuth2ClientProperties.class)
                    .orElseGet(OAuth2ClientProperties::new);
            properties.validate();
            return new OAuth2ClientPropertiesMapper(properties).asClientRegistrations();
        });
    }

    @Override
    public ClientRegistration findByRegistrationId(String registrationId) {
        return registrations().get(registrationId);
    }

    private Map<String, ClientRegistration> registrations() {
        Map<String, ClientRegistration> current = registrations;
        if (current == null) {
            synchronized (this) {
                if (registrations == null) {
                    registrations = Map.copyOf(source.get());
                }
                current = registrations;
            }
        }
        return current;
    }
}
