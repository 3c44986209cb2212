package vn.motcua.platform;

import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How long an outbox row waits after a failed attempt: {@code base × 2^(attempt-1)}, at most {@code max},
 * with ±20 % jitter so that many rows that failed together do not all return at once.
 */
public record RetryBackoff(Duration base, Duration max) {

    /** The wait after failed attempt number {@code attempt} (1, 2, 3 …). */
    public Duration after(int attempt) {
        Duration wait = attempt >= 31 ? max : base.multipliedBy(1L << Math.max(0, attempt - 1));
        if (wait.compareTo(max) > 0 || wait.isNegative()) {
            wait = max;
        }
        double jitter = 0.8 + 0.4 * ThreadLocalRandom.current().nextDouble();
        return Duration.ofMillis(Math.max(1, (long) (wait.toMillis() * jitter)));
    }
}
