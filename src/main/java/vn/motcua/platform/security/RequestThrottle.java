package vn.motcua.platform.security;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.EstimationProbe;
import io.github.bucket4j.TimeMeter;

/**
 * Token buckets (Bucket4j) of failed logins per account and per client address, and of public lookups
 * per client address. Buckets live in this node's memory, in bounded caches: a node behind a load
 * balancer counts only what it sees, and an evicted or idle bucket starts full again. Only failed logins
 * spend tokens, so an officer who types the right password is never slowed down by their own use;
 * a full account bucket refuses even the right password until it refills, which is the price of
 * stopping a guesser and lasts at most one window (nothing is locked for good).
 */
public class RequestThrottle {

    private static final int MAX_ACCOUNT_KEY = 100;

    private final ThrottleProperties limits;
    private final TimeMeter time;
    private final Cache<String, Bucket> failuresByAccount;
    private final Cache<String, Bucket> failuresByAddress;
    private final Cache<String, Bucket> lookupsByAddress;

    /** Throttle on the system clock. */
    public RequestThrottle(ThrottleProperties limits) {
        this(limits, TimeMeter.SYSTEM_MILLISECONDS);
    }

    /** Throttle on the given time source (tests drive time through it). */
    public RequestThrottle(ThrottleProperties limits, TimeMeter time) {
        this.limits = limits;
        this.time = time;
        // a bucket untouched for a whole window is full again: forgetting it changes nothing
        this.failuresByAccount = cache(limits.loginWindow());
        this.failuresByAddress = cache(limits.loginWindow());
        this.lookupsByAddress = cache(limits.lookupWindow());
    }

    /** How long the caller must wait before this login may be tried, or empty when it may be tried now. */
    public Optional<Duration> loginRefusal(String account, String address) {
        Duration wait = max(waitOf(failuresByAddress.getIfPresent(address)),
                waitOf(failuresByAccount.getIfPresent(accountKey(account))));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Counts a failed login against the account and the client address. */
    public void loginFailed(String account, String address) {
        failuresByAccount.get(accountKey(account), key -> bucket(limits.accountLoginFailures(), limits.loginWindow()))
                .tryConsume(1);
        failuresByAddress.get(address, key -> bucket(limits.addressLoginFailures(), limits.loginWindow()))
                .tryConsume(1);
    }

    /** Counts a public lookup; answers how long to wait when the address is over its limit. */
    public Optional<Duration> lookup(String address) {
        var probe = lookupsByAddress.get(address, key -> bucket(limits.addressLookups(), limits.lookupWindow()))
                .tryConsumeAndReturnRemaining(1);
        return probe.isConsumed() ? Optional.empty() : Optional.of(Duration.ofNanos(probe.getNanosToWaitForRefill()));
    }

    private Cache<String, Bucket> cache(Duration idle) {
        return Caffeine.newBuilder().maximumSize(limits.maxTrackedKeys()).expireAfterAccess(idle).build();
    }

    private Bucket bucket(int capacity, Duration window) {
        return Bucket.builder()
                .addLimit(limit -> limit.capacity(capacity).refillGreedy(capacity, window))
                .withCustomTimePrecision(time)
                .build();
    }

    private static Duration waitOf(Bucket bucket) {
        if (bucket == null) {
            return Duration.ZERO;
        }
        EstimationProbe probe = bucket.estimateAbilityToConsume(1);
        return probe.canBeConsumed() ? Duration.ZERO : Duration.ofNanos(probe.getNanosToWaitForRefill());
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** Case-insensitive and bounded, so that neither case variants nor huge names escape or bloat the count. */
    private static String accountKey(String account) {
        String key = account.toLowerCase(Locale.ROOT);
        return key.length() > MAX_ACCOUNT_KEY ? key.substring(0, MAX_ACCOUNT_KEY) : key;
    }
}
