package vn.motcua.platform.shutdown;

import java.time.Duration;
import java.util.concurrent.ThreadPoolExecutor;

import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.web.context.WebServerGracefulShutdownLifecycle;
import org.springframework.context.SmartLifecycle;
import org.springframework.core.task.TaskExecutor;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;

/**
 * Gives back this node's job locks when the application stops, so that another node runs the jobs at once
 * instead of waiting for the locks to expire (the job executor's lock time, 5 minutes by default).
 *
 * <p>Camunda's job executor locks the jobs it acquires; when it is shut down, the jobs waiting in its
 * queue unlock themselves only if the queue still runs them, and a queue dropped with the thread pool
 * keeps them locked. This lifecycle stops after the web server has finished its in-flight requests
 * ({@code server.shutdown: graceful}) and before the engine and the data source are destroyed: it shuts
 * the job executor down (no further acquisition), waits up to {@code motcua.engine.shutdown.job-drain-timeout}
 * for the executing jobs, then unlocks every job still locked by this node's lock owner
 * ({@link ReleaseJobLocksCmd}). If jobs are still executing after the timeout, nothing is unlocked (an
 * executing job's lock must stay); those locks expire as before.
 */
@Component
class JobLockRelease implements SmartLifecycle {

    /** After the web server's graceful shutdown and stop (higher phases stop first), before bean destruction. */
    static final int PHASE = WebServerGracefulShutdownLifecycle.SMART_LIFECYCLE_PHASE - 2048;

    private static final Logger LOG = LoggerFactory.getLogger(JobLockRelease.class);
    private static final long POLL_MILLIS = 50;

    private final ProcessEngineConfigurationImpl engine;
    private final ObjectProvider<TaskExecutor> jobThreads;
    private final Duration drainTimeout;
    private volatile boolean running;

    JobLockRelease(ProcessEngineConfigurationImpl engine,
                   @Qualifier("camundaTaskExecutor") ObjectProvider<TaskExecutor> jobThreads,
                   EngineShutdownProperties properties) {
        this.engine = engine;
        this.jobThreads = jobThreads;
        this.drainTimeout = properties.jobDrainTimeout();
    }

    @Override
    public void start() {
        running = true;
    }

    @Override
    public void stop() {
        running = false;
        JobExecutor jobExecutor = engine.getJobExecutor();
        String lockOwner = jobExecutor.getLockOwner();
        jobExecutor.shutdown();
        if (!drained()) {
            LOG.warn("MOTCUA-SHUTDOWN-01 jobs still executing after {}: the locks of lock owner {} expire by themselves",
                    drainTimeout, lockOwner);
            return;
        }
        try {
            int released = engine.getCommandExecutorTxRequired().execute(new ReleaseJobLocksCmd(lockOwner));
            LOG.info("MOTCUA-SHUTDOWN-02 released {} job lock(s) of lock owner {}", released, lockOwner);
        } catch (RuntimeException e) {
            LOG.warn("MOTCUA-SHUTDOWN-03 could not release the job locks of lock owner {}: they expire by themselves",
                    lockOwner, e);
        }
    }

    /** Whether the job executor's threads are idle with an empty queue, waiting up to the drain timeout. */
    private boolean drained() {
        TaskExecutor threads = jobThreads.getIfAvailable();
        if (!(threads instanceof ThreadPoolTaskExecutor pool) || pool.getThreadPoolExecutor() == null) {
            return true;
        }
        ThreadPoolExecutor executor = pool.getThreadPoolExecutor();
        long deadline = System.nanoTime() + drainTimeout.toNanos();
        while (executor.getActiveCount() > 0 || !executor.getQueue().isEmpty()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(POLL_MILLIS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return true;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return PHASE;
    }
}
