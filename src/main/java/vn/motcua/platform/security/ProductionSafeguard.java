package vn.motcua.platform.security;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Refuses to start without a profile, so that a packaged jar started bare does not become the demo
 * province ({@code mvn spring-boot:run} names {@code dev} itself). Refuses to start the {@code prod} profile while anything meant only for the developer's demo is
 * configured: the dev or test profile (which also bring the VNeID simulator), citizen login against the
 * VNeID simulator, online payment through the payment gateway simulator, a demo officer password, a demo or short Camunda admin-user password (the first
 * administrator of a new province is created from that property) or an H2 database.
 * Runs before any bean exists, so nothing is created with a demo credential.
 */
public class ProductionSafeguard implements EnvironmentPostProcessor {

    static final String PROD = "prod";
    static final int MIN_ADMIN_PASSWORD_LENGTH = 12;
    static final String VNEID_SIMULATOR_PATH = "/vneid-simulator";
    static final String PAYMENT_SIMULATOR_PATH = "/payment-simulator";
    private static final Set<String> DEMO_PASSWORDS = Set.of("demo", "admin", "camunda", "password", "test-password");

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        List<String> active = Arrays.asList(environment.getActiveProfiles().length > 0
                ? environment.getActiveProfiles() : environment.getDefaultProfiles());
        if (active.equals(List.of("default"))) {
            throw new IllegalStateException("motcua refuses to start without a profile: choose one with "
                    + "--spring.profiles.active (or SPRING_PROFILES_ACTIVE): prod,postgres for a province on "
                    + "PostgreSQL, or dev for the developer's demo province on H2 (what mvn spring-boot:run starts)");
        }
        if (!active.contains(PROD)) {
            return;
        }
        List<String> problems = new ArrayList<>();
        for (String demoProfile : List.of("dev", "test")) {
            if (active.contains(demoProfile)) {
                problems.add("the " + demoProfile + " profile is active together with prod");
            }
        }
        String eidIssuer = environment.getProperty("spring.security.oauth2.client.provider.vneid.issuer-uri", "");
        if (eidIssuer.contains(VNEID_SIMULATOR_PATH)) {
            problems.add("spring.security.oauth2.client.provider.vneid.issuer-uri points at the development "
                    + "VNeID simulator (set the national e-ID provider's issuer)");
        }
        if (environment.getProperty("motcua.payment.vnpay.pay-url", "").contains(PAYMENT_SIMULATOR_PATH)) {
            problems.add("motcua.payment.vnpay.pay-url points at the development payment gateway simulator "
                    + "(set the gateway's payment URL, terminal code and secret)");
        }
        if (hasText(environment.getProperty("motcua.organization.initial-password"))) {
            problems.add("motcua.organization.initial-password (the demo officers' password) is set");
        }
        String adminPassword = environment.getProperty("camunda.bpm.admin-user.password");
        if (hasText(adminPassword) && (adminPassword.length() < MIN_ADMIN_PASSWORD_LENGTH
                || DEMO_PASSWORDS.contains(adminPassword.toLowerCase(Locale.ROOT)))) {
            problems.add("camunda.bpm.admin-user.password is a demo password or shorter than "
                    + MIN_ADMIN_PASSWORD_LENGTH + " characters");
        }
        String portalAccountPassword = environment.getProperty("motcua.portal.inbound.password", "");
        if (portalAccountPassword.startsWith("{noop}")) {
            problems.add("motcua.portal.inbound.password (the portal's technical account) is not hashed: "
                    + "give a {bcrypt} hash");
        }
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.isBlank() || url.startsWith("jdbc:h2:")) {
            problems.add("spring.datasource.url is " + (url.isBlank() ? "not set" : "an H2 database")
                    + " (production runs on PostgreSQL: set SPRING_DATASOURCE_URL)");
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("motcua refuses to start with the prod profile: "
                    + String.join("; ", problems));
        }
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
