package vn.motcua.platform.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.spring.boot.starter.property.CamundaBpmProperties;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Health contributor {@code jobAcquisition}, part of the readiness group: DOWN when this node should run
 * jobs (timers, asynchronous steps) but its Camunda job executor is not active, or is active while its
 * acquisition thread has completed no acquisition for {@code motcua.engine.health.acquisition-stall-after}.
 * A node started with {@code camunda.bpm.job-execution.enabled=false} runs no jobs by design and is UP.
 * Not part of liveness: a restart does not fix a database that the acquisition cannot reach.
 */
@Component
public class JobAcquisitionHealthIndicator extends AbstractHealthIndicator {

    private final ProcessEngineConfigurationImpl engine;
    private final boolean jobExecutionEnabled;
    private final AcquisitionHeartbeat heartbeat;
    private final Duration stallAfter;
    private final Clock clock;
    private Instant activeSince;

    @Autowired
    public JobAcquisitionHealthIndicator(ProcessEngineConfigurationImpl engine, CamundaBpmProperties camunda,
                                         AcquisitionHeartbeat heartbeat, EngineHealthProperties properties) {
        this(engine, camunda.getJobExecution().isEnabled(), heartbeat, properties.acquisitionStallAfter(),
                Clock.systemUTC());
    }

    JobAcquisitionHealthIndicator(ProcessEngineConfigurationImpl engine, boolean jobExecutionEnabled,
                                  AcquisitionHeartbeat heartbeat, Duration stallAfter, Clock clock) {
        super("Job acquisition health check failed");
        this.engine = engine;
        this.jobExecutionEnabled = jobExecutionEnabled;
        this.heartbeat = heartbeat;
        this.stallAfter = stallAfter;
        this.clock = clock;
    }

    @Override
    protected synchronized void doHealthCheck(Health.Builder health) {
        if (!jobExecutionEnabled) {
            health.up().withDetail("jobExecution", "disabled on this node (camunda.bpm.job-execution.enabled=false)");
            return;
        }
        JobExecutor jobExecutor = engine.getJobExecutor();
        health.withDetail("lockOwner", jobExecutor.getLockOwner());
        Instant now = clock.instant();
        if (heartbeat.installOn(jobExecutor)) {
            // restarted since the last check (or never checked): measured from now
            activeSince = null;
        }
        if (!jobExecutor.isActive()) {
            activeSince = null;
            health.down().withDetail("reason", "Bộ thực thi công việc (job executor) không hoạt động");
            return;
        }
        if (activeSince == null) {
            activeSince = now;
        }
        Instant last = heartbeat.lastAcquisition();
        // before its first acquisition, a job executor is measured from when it was first seen active
        Instant reference = last != null ? last : activeSince;
        if (last != null) {
            health.withDetail("lastAcquisition", last.toString());
        }
        if (Duration.between(reference, now).compareTo(stallAfter) > 0) {
            health.down().withDetail("reason", "Luồng lấy công việc (job acquisition) bị treo: không lấy công việc nào từ "
                    + reference + " (ngưỡng " + stallAfter + ")");
            return;
        }
        health.up();
    }
}
