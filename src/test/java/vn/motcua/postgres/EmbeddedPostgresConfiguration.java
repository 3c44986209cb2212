package vn.motcua.postgres;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/** The data source of integration tests: the JVM's embedded PostgreSQL server. */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresConfiguration {

    @Bean
    DataSource dataSource() {
        HikariDataSource dataSource = new HikariDataSource() {
            @Override
            public void close() {
                super.close();
                EmbeddedPostgresDatabase.release();
            }
        };
        dataSource.setJdbcUrl(EmbeddedPostgresDatabase.lease());
        dataSource.setUsername("postgres");
        dataSource.setPassword("postgres");
        dataSource.setMaximumPoolSize(20);
        return dataSource;
    }
}
