package vn.motcua.platform.shutdown;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Shutdown of the engine ({@code motcua.engine.shutdown.*}).
 *
 * @param jobDrainTimeout how long a stopping node waits for the jobs its job executor is executing
 *                        before it gives back the locks of the jobs it acquired but did not run; jobs
 *                        still running after that keep their locks until they expire
 */
@ConfigurationProperties("motcua.engine.shutdown")
public record EngineShutdownProperties(@DefaultValue("30s") Duration jobDrainTimeout) {
}
