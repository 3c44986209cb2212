package vn.motcua.organization;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Deletes an officer's sessions from the shared session store once the organization API has narrowed their
 * access, so the change takes effect on the next request rather than at the next recheck of their standing.
 */
@Component
class NarrowedAccessSessions {

    private final OfficerStanding standing;
    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    NarrowedAccessSessions(OfficerStanding standing,
                           ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.standing = standing;
        this.sessions = sessions;
    }

    @TransactionalEventListener(fallbackExecution = true)
    void endSessions(OfficerAccessChanged change) {
        standing.forget(change.username());
        sessions.ifAvailable(repository -> repository.findByPrincipalName(change.username()).keySet()
                .forEach(repository::deleteById));
    }
}
