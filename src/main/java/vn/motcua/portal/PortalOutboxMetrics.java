package vn.motcua.portal;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;

import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The outbox seen from operations: gauges {@code motcua.portal.outbox.pending} and
 * {@code motcua.portal.outbox.stuck}, and the {@code portalOutbox} health contributor. The health
 * contributor is always UP and reports the counts as details: a slow or absent portal must not take
 * this application out of the load balancer, since counters and officers work on without it. Alert on
 * the stuck gauge instead.
 */
@Component("portalOutboxHealthIndicator")
class PortalOutboxMetrics implements MeterBinder, HealthIndicator {

    private final PortalOutboxStatus status;
    private final PortalProperties properties;

    PortalOutboxMetrics(PortalOutboxStatus status, PortalProperties properties) {
        this.status = status;
        this.properties = properties;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("motcua.portal.outbox.pending", status, s -> s.counts().pending())
                .description("Dossier status changes not yet acknowledged by the National Public Service Portal")
                .register(registry);
        Gauge.builder("motcua.portal.outbox.stuck", status, s -> s.counts().stuck())
                .description("Outbox rows parked by the portal or unsent beyond the stuck thresholds")
                .register(registry);
    }

    @Override
    public Health health() {
        PortalOutboxStatus.Counts counts = status.counts();
        return Health.up()
                .withDetail("portalConfigured", properties.configured())
                .withDetail("pending", counts.pending())
                .withDetail("stuck", counts.stuck())
                .withDetail("oldestUnsentAgeSeconds", counts.oldestPendingAge().toSeconds())
                .build();
    }
}
