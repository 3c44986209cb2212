package vn.motcua.platform.security;

import java.sql.DatabaseMetaData;
import javax.sql.DataSource;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.support.JdbcUtils;
import org.springframework.jdbc.support.MetaDataAccessException;
import org.springframework.session.config.SessionRepositoryCustomizer;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;
import org.springframework.session.jdbc.PostgreSqlJdbcIndexedSessionRepositoryCustomizer;

/**
 * The HTTP sessions every node shares (Spring Session JDBC, tables of {@code V13__http_session.sql}). A page of
 * the Camunda webapps sends several requests at once; when two of them add the same session attribute, the
 * plain INSERT of the second fails on the primary key and so does its request (a Cockpit that never starts).
 * The insert becomes an upsert: Spring Session's own customizer on PostgreSQL, H2's MERGE on the developer's
 * database.
 */
@Configuration(proxyBeanMethods = false)
class SharedSessionStore {

    private static final String H2_UPSERT_ATTRIBUTE = """
            MERGE INTO %TABLE_NAME%_ATTRIBUTES (SESSION_PRIMARY_ID, ATTRIBUTE_NAME, ATTRIBUTE_BYTES)
            KEY (SESSION_PRIMARY_ID, ATTRIBUTE_NAME) VALUES (?, ?, ?)""";

    @Bean
    SessionRepositoryCustomizer<JdbcIndexedSessionRepository> concurrentAttributeWrites(DataSource dataSource)
            throws MetaDataAccessException {
        String product = JdbcUtils.extractDatabaseMetaData(dataSource, DatabaseMetaData::getDatabaseProductName);
        return switch (JdbcUtils.commonDatabaseName(product)) {
            case "PostgreSQL" -> new PostgreSqlJdbcIndexedSessionRepositoryCustomizer();
            case "H2" -> repository -> repository.setCreateSessionAttributeQuery(H2_UPSERT_ATTRIBUTE);
            default -> repository -> { };
        };
    }
}
