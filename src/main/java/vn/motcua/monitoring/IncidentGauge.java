package vn.motcua.monitoring;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The gauge {@code motcua.incidents.open} (Prometheus: {@code motcua_incidents_open}), one row per process
 * definition key ({@code processDefinitionKey}) and incident type ({@code incidentType}): the open incidents
 * of the whole engine, re-read every {@code motcua.monitoring.incidents.gauge-refresh}. Every node reports the
 * same shared figure: aggregate across nodes with {@code max}, not {@code sum}. A row disappears when its
 * last incident is resolved.
 */
@Component
class IncidentGauge {

    static final String NAME = "motcua.incidents.open";

    private final OpenIncidents incidents;
    private final MultiGauge gauge;

    IncidentGauge(OpenIncidents incidents, MeterRegistry registry) {
        this.incidents = incidents;
        this.gauge = MultiGauge.builder(NAME)
                .description("Sự cố (incident) Camunda đang mở, theo quy trình và loại sự cố")
                .register(registry);
    }

    @Scheduled(initialDelay = 0, fixedDelayString = "${motcua.monitoring.incidents.gauge-refresh:PT1M}")
    void refresh() {
        gauge.register(incidents.counts().stream()
                .map(count -> MultiGauge.Row.of(Tags.of("processDefinitionKey", count.processDefinitionKey(),
                        "incidentType", count.type()), count.open()))
                .toList(), true);
    }
}
