package vn.motcua.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;

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
