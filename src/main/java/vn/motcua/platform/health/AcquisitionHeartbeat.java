package vn.motcua.platform.health;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.jobexecutor.AcquireJobsCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultAcquireJobsCommandFactory;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Notes when the job executor's acquisition thread last completed an acquisition. It wraps the job
 * executor's {@link AcquireJobsCommandFactory} (Camunda's extension point for the acquisition command)
 * when the engine is built: every acquisition cycle, idle or not, runs one such command, so a time that
 * no longer moves means the acquisition thread is stuck or dead ({@link JobAcquisitionHealthIndicator}).
 */
@Component
public class AcquisitionHeartbeat extends AbstractProcessEnginePlugin {

    private final Clock clock;
    private final AtomicReference<Instant> lastAcquisition = new AtomicReference<>();

    @Autowired
    public AcquisitionHeartbeat() {
        this(Clock.systemUTC());
    }

    AcquisitionHeartbeat(Clock clock) {
        this.clock = clock;
    }

    @Override
    public void postInit(ProcessEngineConfigurationImpl configuration) {
        installOn(configuration.getJobExecutor());
    }

    /**
     * Wraps the job executor's acquisition command factory unless it is already wrapped. Camunda drops the
     * factory when a job executor shuts down and creates a default one when it starts again, so a job executor
     * restarted at runtime needs this again; the health check calls it every time. Returns whether it wrapped
     * (the times noted so far belong to the job executor's previous run and are forgotten).
     */
    public boolean installOn(JobExecutor jobExecutor) {
        AcquireJobsCommandFactory current = jobExecutor.getAcquireJobsCmdFactory();
        if (current instanceof Recording) {
            return false;
        }
        AcquireJobsCommandFactory acquisition = current != null ? current : new DefaultAcquireJobsCommandFactory(jobExecutor);
        jobExecutor.setAcquireJobsCmdFactory(new Recording(acquisition));
        lastAcquisition.set(null);
        return true;
    }

    /** The acquisition command factory that notes the end of every acquisition. */
    private final class Recording implements AcquireJobsCommandFactory {

        private final AcquireJobsCommandFactory acquisition;

        Recording(AcquireJobsCommandFactory acquisition) {
            this.acquisition = acquisition;
        }

        @Override
        public Command<AcquiredJobs> getCommand(int numJobsToAcquire) {
            Command<AcquiredJobs> acquire = acquisition.getCommand(numJobsToAcquire);
            return commandContext -> {
                AcquiredJobs acquired = acquire.execute(commandContext);
                lastAcquisition.set(clock.instant());
                return acquired;
            };
        }
    }

    /** The end of the last acquisition on this node; {@code null} before the first one. */
    public Instant lastAcquisition() {
        return lastAcquisition.get();
    }
}
