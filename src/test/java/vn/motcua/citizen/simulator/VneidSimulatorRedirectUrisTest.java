package vn.motcua.citizen.simulator;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class VneidSimulatorRedirectUrisTest {

    private static final String AUTHORIZE = "http://localhost:41234/vneid-simulator/oauth2/authorize";
    private static final List<String> REGISTERED = List.of("/login/oauth2/code/vneid");

    @Test
    void the_callback_of_the_application_the_simulator_runs_in_is_accepted() {
        assertThat(VneidSimulatorRedirectUris.acceptable(
                "http://localhost:41234/login/oauth2/code/vneid", AUTHORIZE, REGISTERED)).isTrue();
        assertThat(VneidSimulatorRedirectUris.acceptable("http://127.0.0.1:8080/login/oauth2/code/vneid",
                "http://127.0.0.1:8080/vneid-simulator/oauth2/authorize", REGISTERED)).isTrue();
    }

    @Test
    void another_origin_another_path_or_extra_parts_are_refused() {
        for (String redirect : List.of(
                "http://evil.example/login/oauth2/code/vneid",
                "http://localhost:41235/login/oauth2/code/vneid",
                "https://localhost:41234/login/oauth2/code/vneid",
                "http://localhost:41234/login/oauth2/code/other",
                "http://localhost:41234/login/oauth2/code/vneid?next=http://evil.example",
                "http://localhost:41234/login/oauth2/code/vneid#fragment",
                "/login/oauth2/code/vneid",
                "not a uri ::")) {
            assertThat(VneidSimulatorRedirectUris.acceptable(redirect, AUTHORIZE, REGISTERED)).as(redirect).isFalse();
        }
        assertThat(VneidSimulatorRedirectUris.acceptable(null, AUTHORIZE, REGISTERED)).isFalse();
    }
}
