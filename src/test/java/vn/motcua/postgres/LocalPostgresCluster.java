package vn.motcua.postgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL server of this machine's own PostgreSQL installation (Debian's {@code postgresql-15}), in a
 * temporary directory, for tests that need the server's client tools: {@code pg_dump} refuses a server newer
 * than itself, and the embedded PostgreSQL 17 of the other tests ships no {@code pg_dump}. The binaries are
 * read from {@code MOTCUA_POSTGRES_BIN} (default {@code /usr/lib/postgresql/15/bin}); when they are missing
 * the test FAILS with what to install ({@code .ci/run} installs {@code postgresql-15}). As root, the server
 * tools run in a new user namespace ({@code unshare -U}), as the embedded PostgreSQL does: PostgreSQL refuses
 * to run as root.
 */
public final class LocalPostgresCluster implements AutoCloseable {

    static final String DEFAULT_BIN = "/usr/lib/postgresql/15/bin";
    private static final List<String> TOOLS = List.of("initdb", "pg_ctl", "pg_dump", "pg_restore");

    private final Path bin;
    private final Path directory;
    private final int port;

    private LocalPostgresCluster(Path bin, Path directory, int port) {
        this.bin = bin;
        this.directory = directory;
        this.port = port;
    }

    /** Creates a cluster (user {@code postgres}, trust authentication, localhost only) and starts it. */
    public static LocalPostgresCluster start() throws IOException {
        String configured = System.getenv("MOTCUA_POSTGRES_BIN");
        return start(Path.of(configured == null || configured.isBlank() ? DEFAULT_BIN : configured));
    }

    /** Like {@link #start()} with the server tools of {@code bin}. */
    static LocalPostgresCluster start(Path bin) throws IOException {
        List<String> missing = TOOLS.stream().filter(tool -> !Files.isExecutable(bin.resolve(tool))).toList();
        if (!missing.isEmpty()) {
            throw new IllegalStateException("PostgreSQL server tools " + missing + " are missing in " + bin
                    + ": install them (Debian: apt-get install postgresql-15; .ci/run does it) or point MOTCUA_POSTGRES_BIN"
                    + " at the bin directory of one PostgreSQL version that has initdb, pg_ctl, pg_dump and pg_restore");
        }
        Path directory = Files.createTempDirectory("motcua-postgres-");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        LocalPostgresCluster cluster = new LocalPostgresCluster(bin, directory, port);
        cluster.server("initdb", "-D", cluster.data(), "-U", "postgres", "--auth=trust", "-E", "UTF8",
                "--locale=C.UTF-8", "-N");
        cluster.server("pg_ctl", "-D", cluster.data(), "-l", directory.resolve("server.log").toString(), "-w", "-t", "60",
                "-o", "-p " + port + " -k " + directory + " -c listen_addresses=localhost -c fsync=off", "start");
        return cluster;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public void createDatabase(String name) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), "postgres", "");
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + name);
        } catch (SQLException e) {
            throw new IllegalStateException("database " + name + " could not be created", e);
        }
    }

    /** {@code pg_dump -Fc} of a database (the server may be in use): a consistent snapshot. */
    public Path dump(String database) {
        Path file = directory.resolve(database + ".dump");
        run(List.of(bin.resolve("pg_dump").toString(), "-h", "localhost", "-p", String.valueOf(port), "-U", "postgres",
                "-Fc", "-f", file.toString(), database));
        return file;
    }

    /** {@code pg_restore} of a custom-format dump into an existing, empty database; any error fails. */
    public void restore(Path dump, String database) {
        run(List.of(bin.resolve("pg_restore").toString(), "-h", "localhost", "-p", String.valueOf(port), "-U", "postgres",
                "--exit-on-error", "--no-owner", "-d", database, dump.toString()));
    }

    @Override
    public void close() {
        try {
            server("pg_ctl", "-D", data(), "-m", "fast", "-w", "stop");
        } finally {
            try (Stream<Path> files = Files.walk(directory)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private String data() {
        return directory.resolve("data").toString();
    }

    /** A server tool, which refuses to run as root: as root, in a new user namespace. */
    private void server(String tool, String... arguments) {
        List<String> command = new ArrayList<>();
        if ("root".equals(System.getProperty("user.name"))) {
            command.addAll(List.of("unshare", "-U"));
        }
        command.add(bin.resolve(tool).toString());
        command.addAll(List.of(arguments));
        run(command);
    }

    private static void run(List<String> command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            // the server started by pg_ctl keeps no handle on our pipe (its output goes to its log file)
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException(String.join(" ", command) + " did not finish in 120 s");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed (" + process.exitValue() + "):\n"
                        + new String(output, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
