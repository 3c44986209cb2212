package vn.motcua.citizen;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

class CitizenLoginPropertiesTest {

    @Test
    void the_citizen_id_claim_defaults_to_citizen_id_and_a_province_may_rename_it() {
        assertThat(bind(Map.of()).idClaim()).isEqualTo("citizen_id");
        assertThat(bind(Map.of("motcua.citizen.id-claim", "so_dinh_danh")).idClaim()).isEqualTo("so_dinh_danh");
    }

    private static CitizenLoginProperties bind(Map<String, String> properties) {
        return new Binder(new MapConfigurationPropertySource(properties))
                .bindOrCreate("motcua.citizen", CitizenLoginProperties.class);
    }
}
