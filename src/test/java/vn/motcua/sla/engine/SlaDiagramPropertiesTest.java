package vn.motcua.sla.engine;

import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;

import vn.motcua.sla.TimeLimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class SlaDiagramPropertiesTest {

    @Test
    void sla_days_hours_and_same_day_become_the_step_allotment() {
        assertThat(SlaDiagramProperties.stepAllotment(Map.of("slaDays", "2"))).contains(TimeLimit.parse("P2D"));
        assertThat(SlaDiagramProperties.stepAllotment(Map.of("slaDays", "0,5"))).contains(TimeLimit.parse("P0.5D"));
        assertThat(SlaDiagramProperties.stepAllotment(Map.of("slaHours", "4"))).contains(TimeLimit.parse("PT4H"));
        assertThat(SlaDiagramProperties.stepAllotment(Map.of("slaHours", "1.5"))).contains(TimeLimit.parse("PT1H30M"));
        assertThat(SlaDiagramProperties.stepAllotment(Map.of("slaSameDay", "true"))).contains(TimeLimit.sameDay());
    }

    @Test
    void a_task_without_sla_properties_has_no_allotment() {
        assertThat(SlaDiagramProperties.stepAllotment(null)).isEmpty();
        assertThat(SlaDiagramProperties.stepAllotment(Map.of("other", "x"))).isEmpty();
        assertThat(SlaDiagramProperties.stepAllotment(Map.of("slaSameDay", "false"))).isEmpty();
    }

    @Test
    void malformed_or_conflicting_values_are_refused() {
        assertThatThrownBy(() -> SlaDiagramProperties.stepAllotment(Map.of("slaDays", "hai")))
                .hasMessageContaining("slaDays phải là một số dương");
        assertThatThrownBy(() -> SlaDiagramProperties.stepAllotment(Map.of("slaDays", "0")))
                .hasMessageContaining("số dương");
        assertThatThrownBy(() -> SlaDiagramProperties.stepAllotment(Map.of("slaDays", "2", "slaHours", "4")))
                .hasMessageContaining("Chỉ dùng một");
        assertThatThrownBy(() -> SlaDiagramProperties.stepAllotment(Map.of("slaSameDay", "yes")))
                .hasMessageContaining("true hoặc false");
    }

    @Test
    void a_timer_is_an_sla_timer_only_when_marked_true() {
        assertThat(SlaDiagramProperties.isSlaTimer(Map.of("slaTimer", "true"))).isTrue();
        assertThat(SlaDiagramProperties.isSlaTimer(Map.of("slaTimer", "false"))).isFalse();
        assertThat(SlaDiagramProperties.isSlaTimer(Map.of())).isFalse();
        assertThatThrownBy(() -> SlaDiagramProperties.isSlaTimer(Map.of("slaTimer", "1")))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
