package vn.motcua.resilience;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.SplittableRandom;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Nothing accepted is ever lost: the application, in a JVM of its own on a real PostgreSQL, is killed with
 * SIGKILL at random moments under a steady load of online submissions and officers' task completions, and
 * started again each time while the clients keep going (retrying, with the same Idempotency-Key, what got no
 * answer). Afterwards every submission that was answered 2xx is in the register exactly once, with a
 * consistent status, control sheet, appointment and portal outbox, and nothing is half-written.
 * Report: stdout and {@code target/resilience/crash.md}.
 */
class CrashRecoveryIT {

    private static final int KILLS = 3;

    @Test
    void every_acknowledged_submission_survives_three_sigkills_exactly_once_and_consistent() throws Exception {
        SplittableRandom random = new SplittableRandom();
        Instant began = Instant.now();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().setRegisterShutdownHook(false)
                .setServerConfig("max_connections", "100").start()) {
            String jdbcUrl = postgres.getJdbcUrl("postgres", "postgres");
            ApplicationNode node = new ApplicationNode("crash-node", jdbcUrl, List.of());
            DossierLoad load = new DossierLoad("crash-" + System.currentTimeMillis(), () -> List.of(node.baseUrl()));
            try {
                node.start();
                load.start(2, 2);
                for (int kill = 1; kill <= KILLS; kill++) {
                    Thread.sleep(6_000 + random.nextInt(10_000));
                    node.kill();
                    Thread.sleep(random.nextInt(2_000));
                    node.start();
                }
                Thread.sleep(8_000);
                load.stop(Duration.ofSeconds(40));
                RegisterAudit.Findings findings = new RegisterAudit(jdbcUrl).audit(load.run(), load.acknowledged());
                new ResilienceReport("Crash test: SIGKILL under load").row("kills (SIGKILL)", KILLS).traffic(load)
                        .verdict(findings, load).publish("crash.md", Duration.between(began, Instant.now()));

                assertThat(load.acknowledged()).as("submissions answered 2xx").hasSizeGreaterThan(10);
                assertThat(load.noAnswer()).as("requests the kills left without an answer").isPositive();
                assertThat(findings.lost()).as("lost").isEmpty();
                assertThat(findings.duplicated()).as("duplicated").isEmpty();
                assertThat(findings.inconsistent()).as("half-written or inconsistent").isEmpty();
                assertThat(load.unexpected()).as("answers a correct application never gives").isEmpty();
                // the audit itself can fail: an acknowledgement the register does not hold is reported lost
                var invented = new DossierLoad.Acknowledged(load.run() + "-invented", "none", "none", 0,
                        DossierLoad.COMMUNES.get(0));
                var withInvented = new HashMap<>(load.acknowledged());
                withInvented.put(invented.key(), invented);
                assertThat(new RegisterAudit(jdbcUrl).audit(load.run(), withInvented).lost()).hasSize(1);
                assertThat(load.finishedCount()).as("dossiers taken to the result returned").isPositive();
                assertThat(findings.receipts()).as("e-receipts of the fees collected").isPositive();
            } finally {
                load.stop(Duration.ZERO);
                node.stop();
            }
        }
    }
}
