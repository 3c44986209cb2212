package vn.motcua.platform.health;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Health of the engine ({@code motcua.engine.health.*}).
 *
 * @param acquisitionStallAfter an active job executor whose acquisition thread has completed no
 *                              acquisition for this long is stalled: the node is not ready. An idle job
 *                              executor still acquires at least every {@code maxWait} (60 s by default).
 */
@ConfigurationProperties("motcua.engine.health")
public record EngineHealthProperties(@DefaultValue("5m") Duration acquisitionStallAfter) {
}
