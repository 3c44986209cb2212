package vn.motcua.platform.health;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;

import org.camunda.bpm.engine.impl.ProcessEngineImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.jobexecutor.AcquiredJobs;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The readiness rule of the job executor, with a clock of our own (stall after 5 minutes): the acquisition
 * of 10:00 keeps the node ready until 10:05; at 10:06 without another acquisition it is stalled.
 */
class JobAcquisitionHealthIndicatorTest {

    private static final Instant TEN = Instant.parse("2025-11-25T03:00:00Z");
    private static final Duration STALL_AFTER = Duration.ofMinutes(5);

    private final MovableClock clock = new MovableClock(TEN);
    private final FakeJobExecutor jobExecutor = new FakeJobExecutor();
    private final ProcessEngineConfigurationImpl engine = new StandaloneProcessEngineConfiguration().setJobExecutor(jobExecutor);
    private final AcquisitionHeartbeat heartbeat = new AcquisitionHeartbeat(clock);
    private final JobAcquisitionHealthIndicator indicator =
            new JobAcquisitionHealthIndicator(engine, true, heartbeat, STALL_AFTER, clock);

    JobAcquisitionHealthIndicatorTest() {
        jobExecutor.setAcquireJobsCmdFactory(numJobs -> commandContext -> new AcquiredJobs(numJobs));
        heartbeat.postInit(engine);
    }

    @Test
    void an_acquisition_at_10_00_keeps_the_node_ready_until_10_05() {
        jobExecutor.active(true);
        acquire();
        clock.set(TEN.plus(Duration.ofMinutes(5)));
        Health health = indicator.health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsEntry("lastAcquisition", TEN.toString())
                .containsEntry("lockOwner", jobExecutor.getLockOwner());
    }

    @Test
    void no_acquisition_from_10_00_to_10_06_is_a_stalled_acquisition_thread() {
        jobExecutor.active(true);
        acquire();
        clock.set(TEN.plus(Duration.ofMinutes(6)));
        Health health = indicator.health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat((String) health.getDetails().get("reason")).startsWith("Luồng lấy công việc (job acquisition) bị treo")
                .contains(TEN.toString(), "PT5M");

        acquire();
        assertThat(indicator.health().getStatus()).as("the next acquisition makes it ready again").isEqualTo(Status.UP);
    }

    @Test
    void a_job_executor_that_never_acquires_is_stalled_five_minutes_after_it_was_first_seen_active() {
        jobExecutor.active(true);
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        clock.set(TEN.plus(Duration.ofMinutes(4)));
        assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
        clock.set(TEN.plus(Duration.ofMinutes(6)));
        assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
    }

    @Test
    void a_job_executor_that_is_not_active_makes_the_node_not_ready_whatever_its_last_acquisition() {
        jobExecutor.active(true);
        acquire();
        jobExecutor.active(false);
        Health health = indicator.health();
        assertThat(health.getStatus()).isEqualTo(Status.DOWN);
        assertThat(health.getDetails()).containsEntry("reason", "Bộ thực thi công việc (job executor) không hoạt động");
    }

    @Test
    void a_node_configured_without_job_execution_is_ready() {
        JobAcquisitionHealthIndicator disabled = new JobAcquisitionHealthIndicator(engine, false, heartbeat, STALL_AFTER, clock);
        Health health = disabled.health();
        assertThat(health.getStatus()).isEqualTo(Status.UP);
        assertThat(health.getDetails()).containsKey("jobExecution");
    }

    private void acquire() {
        jobExecutor.getAcquireJobsCmd(1).execute(null);
    }

    private static final class FakeJobExecutor extends JobExecutor {

        void active(boolean active) {
            isActive = active;
        }

        @Override
        protected void startExecutingJobs() {
        }

        @Override
        protected void stopExecutingJobs() {
        }

        @Override
        public void executeJobs(List<String> jobIds, ProcessEngineImpl processEngine) {
        }
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
