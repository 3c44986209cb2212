package vn.motcua.sla.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.List;

/**
 * Converts instants to Vietnam local day and time of day and back, without allocating for dates
 * after the zone's last offset change (Asia/Ho_Chi_Minh has been UTC+7 since 1975). Earlier dates
 * go through the JDK zone rules.
 */
final class VietnamLocalTime {

    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");

    private static final long SECONDS_PER_DAY = 86_400;
    private static final long NANOS_PER_SECOND = 1_000_000_000L;
    private static final ZoneRules RULES = ZONE.getRules();
    private static final int FIXED_OFFSET;
    /** From this epoch second on, the offset is FIXED_OFFSET. */
    private static final long FIXED_SINCE;
    /** From this local epoch second on, local times map back with FIXED_OFFSET. */
    private static final long FIXED_SINCE_LOCAL;

    static {
        List<ZoneOffsetTransition> transitions = RULES.getTransitions();
        if (RULES.isFixedOffset() || !RULES.getTransitionRules().isEmpty() || transitions.isEmpty()) {
            // no shortcut unless the zone has a last, permanent offset (true for Asia/Ho_Chi_Minh)
            FIXED_OFFSET = RULES.getOffset(Instant.EPOCH).getTotalSeconds();
            FIXED_SINCE = RULES.isFixedOffset() ? Long.MIN_VALUE : Long.MAX_VALUE;
            FIXED_SINCE_LOCAL = FIXED_SINCE;
        } else {
            ZoneOffsetTransition last = transitions.get(transitions.size() - 1);
            FIXED_OFFSET = last.getOffsetAfter().getTotalSeconds();
            FIXED_SINCE = last.getInstant().getEpochSecond();
            FIXED_SINCE_LOCAL = Math.max(last.getDateTimeBefore().toEpochSecond(ZoneOffset.UTC),
                    last.getDateTimeAfter().toEpochSecond(ZoneOffset.UTC));
        }
    }

    private VietnamLocalTime() {
    }

    /** Seconds since 1970-01-01T00:00 local time. */
    static long localEpochSecond(Instant instant) {
        long second = instant.getEpochSecond();
        return second + (second >= FIXED_SINCE ? FIXED_OFFSET : RULES.getOffset(instant).getTotalSeconds());
    }

    static long epochDay(long localEpochSecond) {
        return Math.floorDiv(localEpochSecond, SECONDS_PER_DAY);
    }

    static long nanoOfDay(long localEpochSecond, Instant instant) {
        return Math.floorMod(localEpochSecond, SECONDS_PER_DAY) * NANOS_PER_SECOND + instant.getNano();
    }

    /** The instant of a local day and time of day (a time in a historical gap moves forward). */
    static Instant toInstant(long epochDay, long nanoOfDay) {
        long localSecond = epochDay * SECONDS_PER_DAY + nanoOfDay / NANOS_PER_SECOND;
        int nano = (int) (nanoOfDay % NANOS_PER_SECOND);
        if (localSecond >= FIXED_SINCE_LOCAL) {
            return Instant.ofEpochSecond(localSecond - FIXED_OFFSET, nano);
        }
        return LocalDateTime.ofEpochSecond(localSecond, nano, ZoneOffset.UTC).atZone(ZONE).toInstant();
    }
}
