package vn.motcua.resilience;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The packaged application (the Spring Boot jar of {@code target/}) in a JVM of its own, so that a test
 * can kill it the hard way: {@link #kill()} is SIGKILL on Linux, no shutdown hook, no graceful stop, as a
 * power cut or the OOM killer would do. Profiles {@code dev,postgres}: the demo province's officers
 * (password {@code demo}) on the test's PostgreSQL; no demo dossiers, so the register holds only the
 * test's. The log goes to {@code target/resilience/<name>.log} (appended across restarts).
 */
final class ApplicationNode {

    private static final Duration STARTUP = Duration.ofMinutes(4);

    private final String name;
    private final String jdbcUrl;
    private final List<String> extraArguments;
    private final int port;
    private final HttpClient probe = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
    private Process process;
    private int starts;

    ApplicationNode(String name, String jdbcUrl, List<String> extraArguments) {
        this.name = name;
        this.jdbcUrl = jdbcUrl;
        this.extraArguments = List.copyOf(extraArguments);
        this.port = freePort();
    }

    int port() {
        return port;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    String name() {
        return name;
    }

    /** Starts the JVM and waits until the application reports itself ready. */
    void start() throws IOException, InterruptedException {
        Path log = logFile();
        Files.createDirectories(log.getParent());
        List<String> command = new ArrayList<>(List.of(javaExecutable(), "-Xmx512m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Djava.io.tmpdir=" + Path.of("target").toAbsolutePath(),
                "-jar", applicationJar().toString(),
                "--server.port=" + port,
                "--spring.profiles.active=dev,postgres",
                "--spring.datasource.url=" + jdbcUrl,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=postgres",
                "--spring.datasource.hikari.maximum-pool-size=10",
                "--motcua.demo.dossiers=false",
                // the crash and cluster tests play the demo procedures, not the province-sized sample catalog
                "--motcua.catalog.import.at-start=",
                "--server.shutdown=immediate"));
        command.addAll(extraArguments);
        Files.writeString(log, "%n==== start %d of %s: %s%n".formatted(++starts, name, String.join(" ", command)),
                StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        long deadline = System.nanoTime() + STARTUP.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + " while starting: see " + log);
            }
            if (ready()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(name + " not ready after " + STARTUP + ": see " + log);
    }

    /** SIGKILL: the JVM gets no chance to finish anything. */
    void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly();
            process.waitFor(30, TimeUnit.SECONDS);
        }
    }

    /** A normal stop at the end of a test (SIGTERM), then SIGKILL when it hangs. */
    void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                kill();
            }
        }
    }

    boolean alive() {
        return process != null && process.isAlive();
    }

    private boolean ready() {
        try {
            HttpResponse<Void> answer = probe.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health/readiness"))
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return answer.statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private Path logFile() {
        return Path.of("target", "resilience", name + ".log");
    }

    /** The Spring Boot jar that {@code package} built (failsafe runs after it). */
    static Path applicationJar() {
        try (var files = Files.list(Path.of("target"))) {
            return files.filter(file -> file.getFileName().toString().matches("motcua-.*\\.jar"))
                    .filter(file -> !file.getFileName().toString().endsWith(".original"))
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No target/motcua-*.jar: run mvn package first"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
