package vn.motcua.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.Session;
import org.springframework.session.SessionRepository;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

import vn.motcua.IntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;

/** Two requests of one session that add the same attribute at once (two XHRs of a webapp page) both succeed. */
@IntegrationTest
class SharedSessionStoreIT {

    @Autowired
    JdbcIndexedSessionRepository sessions;

    @Test
    void two_requests_adding_the_same_attribute_at_once_both_save_and_the_last_value_stays() {
        race(sessions);
    }

    static <S extends Session> void race(SessionRepository<S> sessions) {
        S session = sessions.createSession();
        sessions.save(session);
        // each request reads the session before either has written: neither sees the other's attribute
        S first = sessions.findById(session.getId());
        S second = sessions.findById(session.getId());
        first.setAttribute("CAMUNDA_CSRF_TOKEN", "A");
        second.setAttribute("CAMUNDA_CSRF_TOKEN", "B");

        sessions.save(first);
        assertThatNoException().as("the second insert of the same attribute").isThrownBy(() -> sessions.save(second));
        assertThat(sessions.findById(session.getId()).<String>getAttribute("CAMUNDA_CSRF_TOKEN")).isEqualTo("B");
        sessions.deleteById(session.getId());
    }
}
