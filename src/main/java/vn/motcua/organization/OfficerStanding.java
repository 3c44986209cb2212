package vn.motcua.organization;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

import vn.motcua.platform.security.AccountStanding;


/**
 * What an officer may do now: their Camunda groups and whether the account exists and is neither locked nor left,
 * read again at most {@link #RECHECK} after the last reading. A session signed in with more than that
 * ends (the platform's security chain asks {@link AccountStanding}), so a role removed in Camunda Admin or a lock ends live sessions within a
 * minute; changes made through the organization API end them at once ({@link #forget}).
 */
@Component
public class OfficerStanding implements AccountStanding {

    static final Duration RECHECK = Duration.ofSeconds(60);

    private record Standing(Instant readAt, boolean exists, boolean locked, Set<String> groups) {
    }

    private final IdentityService identity;
    private final OrganizationService organization;
    private final Cache<String, Standing> standings = Caffeine.newBuilder().maximumSize(10_000).build();
    private volatile Clock clock = Clock.systemUTC();

    OfficerStanding(IdentityService identity, OrganizationService organization) {
        this.identity = identity;
        this.organization = organization;
    }

    /** Whether the officer exists, is not locked and still belongs to every one of these groups. */
    @Override
    public boolean stillHolds(String username, Collection<String> groupIds) {
        Standing standing = current(username);
        return standing.exists() && !standing.locked() && standing.groups().containsAll(groupIds);
    }

    /** Whether an administrator locked the account or the officer left ({@link OrganizationService#deactivate}). */
    @Override
    public boolean isLocked(String username) {
        return current(username).locked();
    }

    /** Reads the officer's standing afresh on the next request. */
    public void forget(String username) {
        standings.invalidate(username);
    }

    /** The clock the re-reading follows (tests move it instead of waiting a minute). */
    void clock(Clock clock) {
        this.clock = clock;
    }

    private Standing current(String username) {
        Instant now = clock.instant();
        Standing known = standings.getIfPresent(username);
        if (known != null && known.readAt().plus(RECHECK).isAfter(now)) {
            return known;
        }
        boolean exists = identity.createUserQuery().userId(username).count() > 0;
        Set<String> groups = exists ? identity.createGroupQuery().groupMember(username).list().stream()
                .map(Group::getId).collect(Collectors.toUnmodifiableSet()) : Set.of();
        boolean locked = exists && (organization.isLocked(username) || organization.isDeactivated(username));
        Standing read = new Standing(now, exists, locked, groups);
        standings.put(username, read);
        return read;
    }
}
