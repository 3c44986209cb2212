package vn.motcua;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Flyway migrations are numbered one after the last one on main: a database that has applied V13 must get
 * V14 next, never a V9 filled in later (Flyway would refuse it as out of order on every province's database)
 * nor a second V13 written on a branch.
 */
class MigrationsTest {

    private static final Path MIGRATIONS = Path.of("src/main/resources/db/migration");
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+)__[a-z0-9_]+\\.sql");

    /** V9 was never written (the number was skipped before any province applied V10); it stays a gap. */
    private static final int NEVER_WRITTEN = 9;

    @Test
    void migrationsAreNumberedWithoutGapOrDuplicate() throws IOException {
        List<Integer> versions = new ArrayList<>();
        try (Stream<Path> files = Files.list(MIGRATIONS)) {
            for (Path file : files.toList()) {
                Matcher name = VERSIONED.matcher(file.getFileName().toString());
                assertThat(name.matches()).as("migration file name %s (V<n>__lower_case_words.sql)", file.getFileName())
                        .isTrue();
                versions.add(Integer.parseInt(name.group(1)));
            }
        }
        versions.sort(null);
        int last = versions.get(versions.size() - 1);
        assertThat(versions).as("migration versions: each number once, one after another")
                .containsExactlyElementsOf(IntStream.rangeClosed(1, last).filter(v -> v != NEVER_WRITTEN).boxed().toList());
    }
}
