package vn.motcua.monitoring;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Open Camunda incidents on the dashboard and in metrics ({@code motcua.monitoring.incidents.*}).
 *
 * @param gaugeRefresh how often each node re-reads the open incidents for the gauge {@code motcua.incidents.open}
 * @param listLimit    at most this many incidents are listed on the dashboard (newest first)
 */
@ConfigurationProperties("motcua.monitoring.incidents")
public record IncidentProperties(@DefaultValue("1m") Duration gaugeRefresh, @DefaultValue("200") int listLimit) {
}
