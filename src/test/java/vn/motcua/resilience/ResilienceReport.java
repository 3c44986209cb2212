package vn.motcua.resilience;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures a resilience test prints at its end and keeps in {@code target/resilience/<name>.md}: the load's
 * traffic, the audit's verdict (lost, duplicated, inconsistent, each must be 0), the test's own rows, and the
 * first 50 problems found.
 */
final class ResilienceReport {

    private final StringBuilder md;
    private final List<String> problems = new ArrayList<>();

    ResilienceReport(String title) {
        md = new StringBuilder("# ").append(title).append("\n\n| figure | value |\n|---|---|\n");
    }

    ResilienceReport row(String figure, Object value) {
        md.append("| ").append(figure).append(" | ").append(value).append(" |\n");
        return this;
    }

    /** What the load sent and was answered, and how far the officers took the dossiers. */
    ResilienceReport traffic(DossierLoad load) {
        return row("requests sent", load.requests())
                .row("2xx answers", load.answers2xx())
                .row("requests without an answer (retried)", load.noAnswer())
                .row("submissions acknowledged", load.acknowledged().size())
                .row("tasks completed", load.tasksCompleted())
                .row("dossiers taken to the result returned", load.finishedCount());
    }

    /** What the audit of the register found, and the answers a correct application never gives. */
    ResilienceReport verdict(RegisterAudit.Findings findings, DossierLoad load) {
        problems.addAll(findings.lost());
        problems.addAll(findings.duplicated());
        problems.addAll(findings.inconsistent());
        problems.addAll(load.unexpected());
        return row("dossiers of the run in the register", findings.dossiers())
                .row("e-receipts issued (fees in cash; numbers gapless)", findings.receipts())
                .row("lost", findings.lost().size())
                .row("duplicated", findings.duplicated().size())
                .row("half-written or inconsistent", findings.inconsistent().size())
                .row("unexpected answers", load.unexpected().size());
    }

    /** Problems of the test's own checks, listed before the audit's. */
    ResilienceReport problems(List<String> found) {
        problems.addAll(0, found);
        return this;
    }

    /** Prints the report and writes it to {@code target/resilience/<file>}. */
    void publish(String file, Duration took) throws IOException {
        row("took", took.toSeconds() + " s");
        problems.stream().limit(50).forEach(problem -> md.append("\n- ").append(problem));
        String report = md.append('\n').toString();
        System.out.println(report);
        Path path = Path.of("target", "resilience", file);
        Files.createDirectories(path.getParent());
        Files.writeString(path, report);
    }
}
