package vn.motcua.fees.simulator;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.Profile;
import org.springframework.core.env.Profiles;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Component;

import static org.assertj.core.api.Assertions.assertThat;

/** Every bean of the payment gateway simulator exists under dev or test only, never with prod. */
class PaymentGatewaySimulatorProfileTest {

    @Test
    void every_simulator_component_is_limited_to_dev_and_test_and_excluded_from_prod() throws Exception {
        var devAndTest = new StandardEnvironment();
        devAndTest.setActiveProfiles("dev", "test");
        var scanner = new ClassPathScanningCandidateComponentProvider(false, devAndTest);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Component.class));
        Set<BeanDefinition> components = scanner.findCandidateComponents(getClass().getPackageName());
        assertThat(components).hasSizeGreaterThanOrEqualTo(2);

        for (BeanDefinition component : components) {
            Profile profile = Class.forName(component.getBeanClassName()).getAnnotation(Profile.class);
            assertThat(profile).as(component.getBeanClassName()).isNotNull();
            Profiles accepted = Profiles.of(profile.value());
            assertThat(accepted.matches(Set.of("dev")::contains)).as("dev").isTrue();
            assertThat(accepted.matches(Set.of("test")::contains)).as("test").isTrue();
            for (List<String> active : List.of(List.of("prod"), List.of("prod", "dev"), List.of("prod", "test"),
                    List.of("prod", "postgres"), List.of("postgres"))) {
                assertThat(accepted.matches(active::contains)).as("%s under %s", component.getBeanClassName(), active)
                        .isFalse();
            }
        }
    }
}
