package vn.motcua.platform.security;

import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabase;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseBuilder;
import org.springframework.jdbc.datasource.embedded.EmbeddedDatabaseType;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.transaction.support.TransactionTemplate;

/** The developer's H2 database takes the same concurrent attribute writes as PostgreSQL ({@link SharedSessionStoreIT}). */
class SharedSessionStoreTest {

    @Test
    void on_h2_two_requests_adding_the_same_attribute_at_once_both_save() throws Exception {
        EmbeddedDatabase h2 = new EmbeddedDatabaseBuilder().setType(EmbeddedDatabaseType.H2).generateUniqueName(true)
                .addScript("db/migration/V13__http_session.sql").build();
        try {
            var repository = new JdbcIndexedSessionRepository(new JdbcTemplate(h2),
                    new TransactionTemplate(new DataSourceTransactionManager(h2)));
            new SharedSessionStore().concurrentAttributeWrites(h2).customize(repository);
            SharedSessionStoreIT.race(repository);
        } finally {
            h2.shutdown();
        }
    }
}
