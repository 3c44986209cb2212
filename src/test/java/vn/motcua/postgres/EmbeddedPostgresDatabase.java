package vn.motcua.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * One real PostgreSQL server per test JVM, shared by every Spring test context. Contexts take a lease
 * when they create their data source and give it back when they close it; the server stops when the
 * last lease is returned. Its own shutdown hook is off: it could stop the database under an engine
 * that is still shutting down.
 */
public final class EmbeddedPostgresDatabase {

    private static EmbeddedPostgres server;
    private static int leases;

    private EmbeddedPostgresDatabase() {
    }

    /** Starts the server on first use and returns its JDBC URL for the {@code postgres} database. */
    public static synchronized String lease() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.builder()
                        .setRegisterShutdownHook(false)
                        .setServerConfig("max_connections", "300")
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
        }
        leases++;
        return server.getJdbcUrl("postgres", "postgres");
    }

    /**
     * Takes a lease (see {@link #lease()}) and creates a database of its own on the server, for an application
     * context that must not share the engine's tables with the other tests (a running job executor, a context
     * that is stopped). Returns its JDBC URL; give the lease back with {@link #release()}.
     */
    public static synchronized String leaseNewDatabase(String name) {
        if (!name.matches("[a-z][a-z0-9_]*")) {
            throw new IllegalArgumentException("database name " + name);
        }
        String postgres = lease();
        try (Connection connection = DriverManager.getConnection(postgres, "postgres", "postgres");
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            release();
            throw new IllegalStateException("database " + name + " could not be created", e);
        }
        return server.getJdbcUrl("postgres", name);
    }

    /** The JDBC URL of the server's {@code postgres} database while a lease is held. */
    public static synchronized String administrationUrl() {
        if (server == null) {
            throw new IllegalStateException("no lease is held");
        }
        return server.getJdbcUrl("postgres", "postgres");
    }

    /** Returns a lease; the last one stops the server. */
    public static synchronized void release() {
        if (--leases == 0 && server != null) {
            try {
                server.close();
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not stop", e);
            } finally {
                server = null;
            }
        }
    }
}
