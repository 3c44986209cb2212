package vn.motcua.platform.security;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProductionSafeguardTest {

    private final ProductionSafeguard safeguard = new ProductionSafeguard();

    @Test
    void prod_with_the_demo_officer_password_refuses_to_start_and_says_why() {
        var environment = environment(Map.of(
                "spring.datasource.url", "jdbc:postgresql://db/motcua",
                "motcua.organization.initial-password", "demo"), "prod", "postgres");

        assertThatThrownBy(() -> safeguard.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("refuses to start with the prod profile")
                .hasMessageContaining("motcua.organization.initial-password");
    }

    @Test
    void without_a_profile_the_packaged_jar_refuses_to_start_and_names_the_profiles_to_choose() {
        var environment = environment(Map.of("spring.datasource.url", "jdbc:h2:file:./data/motcua"));

        assertThatThrownBy(() -> safeguard.postProcessEnvironment(environment, new SpringApplication()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("without a profile")
                .hasMessageContaining("--spring.profiles.active")
                .hasMessageContaining("prod,postgres")
                .hasMessageContaining("dev");
    }

    @Test
    void a_profile_named_as_default_by_the_operator_is_a_choice() {
        var environment = environment(Map.of("spring.datasource.url", "jdbc:postgresql://db/motcua"));
        environment.setDefaultProfiles("prod", "postgres");

        assertThatCode(() -> safeguard.postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void prod_on_h2_refuses_to_start() {
        var environment = environment(Map.of("spring.datasource.url", "jdbc:h2:file:./data/motcua"), "prod");

        assertThatThrownBy(() -> safeguard.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("H2");
    }

    @Test
    void prod_with_a_demo_camunda_admin_password_or_the_dev_profile_refuses_to_start() {
        var environment = environment(Map.of(
                "spring.datasource.url", "jdbc:postgresql://db/motcua",
                "camunda.bpm.admin-user.password", "admin"), "prod", "dev");

        assertThatThrownBy(() -> safeguard.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("camunda.bpm.admin-user.password")
                .hasMessageContaining("dev profile");
    }

    @Test
    void prod_with_the_test_profile_which_brings_the_vneid_simulator_refuses_to_start() {
        var environment = environment(Map.of("spring.datasource.url", "jdbc:postgresql://db/motcua"), "prod", "test");

        assertThatThrownBy(() -> safeguard.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("test profile");
    }

    @Test
    void prod_with_online_payment_through_the_gateway_simulator_refuses_to_start() {
        var environment = environment(Map.of(
                "spring.datasource.url", "jdbc:postgresql://db/motcua",
                "motcua.payment.vnpay.pay-url", "/payment-simulator/pay"), "prod", "postgres");

        assertThatThrownBy(() -> safeguard.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("motcua.payment.vnpay.pay-url");
    }

    @Test
    void prod_with_citizen_login_against_the_vneid_simulator_refuses_to_start() {
        var environment = environment(Map.of(
                "spring.datasource.url", "jdbc:postgresql://db/motcua",
                "spring.security.oauth2.client.provider.vneid.issuer-uri", "http://localhost:8080/vneid-simulator"),
                "prod", "postgres");

        assertThatThrownBy(() -> safeguard.postProcessEnvironment(environment, new SpringApplication()))
                .hasMessageContaining("VNeID simulator");
    }

    @Test
    void prod_with_a_real_e_id_provider_starts() {
        var environment = environment(Map.of(
                "spring.datasource.url", "jdbc:postgresql://db/motcua",
                "spring.security.oauth2.client.provider.vneid.issuer-uri", "https://sso.vneid.example"),
                "prod", "postgres");

        assertThatCode(() -> safeguard.postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void prod_may_create_its_first_administrator_from_a_strong_admin_user_password() {
        var environment = environment(Map.of(
                "spring.datasource.url", "jdbc:postgresql://db/motcua",
                "camunda.bpm.admin-user.id", "quantri",
                "camunda.bpm.admin-user.password", "k7#Vq9!mZ2@wLp4"), "prod", "postgres");

        assertThatCode(() -> safeguard.postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void prod_on_postgresql_without_demo_credentials_starts() {
        var environment = environment(Map.of("spring.datasource.url", "jdbc:postgresql://db/motcua"), "prod", "postgres");

        assertThatCode(() -> safeguard.postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }

    @Test
    void the_dev_profile_may_use_demo_credentials_and_h2() {
        var environment = environment(Map.of(
                "spring.datasource.url", "jdbc:h2:file:./data/motcua",
                "motcua.organization.initial-password", "demo"), "dev");

        assertThatCode(() -> safeguard.postProcessEnvironment(environment, new SpringApplication()))
                .doesNotThrowAnyException();
    }

    private static StandardEnvironment environment(Map<String, Object> properties, String... profiles) {
        var environment = new StandardEnvironment();
        environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
        environment.setActiveProfiles(profiles);
        return environment;
    }
}
