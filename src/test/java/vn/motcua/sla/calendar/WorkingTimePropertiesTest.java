package vn.motcua.sla.calendar;

import java.time.Duration;
import java.time.LocalTime;
import java.util.Map;

import org.junit.jupiter.api.DisplayNameGeneration;
import org.junit.jupiter.api.DisplayNameGenerator;
import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.BindException;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;


import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DisplayNameGeneration(DisplayNameGenerator.ReplaceUnderscores.class)
class WorkingTimePropertiesTest {

    private static WorkingTimeProperties bind(Map<String, String> values) {
        return new Binder(new MapConfigurationPropertySource(values))
                .bindOrCreate("motcua.sla", WorkingTimeProperties.class);
    }

    @Test
    void without_settings_the_office_hours_are_07_30_to_11_30_and_13_30_to_17_30_with_a_15_00_cut_off() {
        WorkingTimeProperties properties = bind(Map.of());

        assertThat(properties.hours().periods()).isEqualTo(WorkingHours.defaults().periods());
        assertThat(properties.sameDayCutOff()).isEqualTo(LocalTime.of(15, 0));
        assertThat(properties.timeZone().getId()).isEqualTo("Asia/Ho_Chi_Minh");
        assertThat(properties.applyUnconfirmedDays()).isFalse();
        assertThat(properties.calendarRefreshInterval()).isEqualTo(Duration.ofMinutes(1));
    }

    @Test
    void office_hours_and_cut_off_are_read_as_local_times() {
        WorkingTimeProperties properties = bind(Map.of(
                "motcua.sla.working-hours[0].start", "08:00", "motcua.sla.working-hours[0].end", "12:00",
                "motcua.sla.working-hours[1].start", "13:00", "motcua.sla.working-hours[1].end", "17:00",
                "motcua.sla.same-day-cut-off", "16:00", "motcua.sla.calendar-refresh-interval", "30s"));

        assertThat(properties.hours().periods()).containsExactly(WorkingHours.Period.of("08:00", "12:00"),
                WorkingHours.Period.of("13:00", "17:00"));
        assertThat(properties.sameDayCutOff()).isEqualTo(LocalTime.of(16, 0));
        assertThat(properties.calendarRefreshInterval()).isEqualTo(Duration.ofSeconds(30));
    }

    @Test
    void another_time_zone_or_a_cut_off_after_office_hours_is_refused_at_start_up() {
        assertThatThrownBy(() -> bind(Map.of("motcua.sla.time-zone", "Asia/Bangkok")))
                .isInstanceOf(BindException.class).hasRootCauseMessage(
                        "motcua.sla.time-zone must be Asia/Ho_Chi_Minh: working time is computed in Vietnam local time, got Asia/Bangkok");
        assertThatThrownBy(() -> bind(Map.of("motcua.sla.same-day-cut-off", "18:00")))
                .isInstanceOf(BindException.class);
    }
}
