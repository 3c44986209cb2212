package vn.motcua.platform.security;

import java.util.Collection;

/**
 * What a signed-in account may still do, as the module that keeps accounts knows it (the organization's
 * officers). The security chain asks it at sign-in and on every request of a live session, so a lock or a
 * removed role takes effect without the platform knowing where accounts are kept.
 */
public interface AccountStanding {

    /** Whether the account exists, is not locked and still belongs to every one of these groups. */
    boolean stillHolds(String username, Collection<String> groupIds);

    /** Whether the account is locked (an administrator's lock or too many failed sign-ins). */
    boolean isLocked(String username);
}
