package vn.motcua;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/** Conventions a reader relies on that the compiler does not check. */
class SourceConventionsTest {

    /** A qualified class name in code (not in a comment, a string or an import). */
    private static final Pattern INLINE_QUALIFIED_NAME = Pattern.compile(
            "(?<![\\w.\"])(?:java|javax|jakarta|org|com|net|vn)\\.(?:[a-z_][a-z0-9_]*\\.)+[A-Z]");
    private static final Pattern STRING = Pattern.compile("\"(?:\\\\.|[^\"\\\\])*\"");

    @Test
    void classesAreImportedRatherThanQualifiedInline() throws IOException {
        List<String> found = new ArrayList<>();
        for (Path file : javaFiles()) {
            List<String> lines = Files.readAllLines(file);
            boolean inComment = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                if (inComment) {
                    inComment = !line.contains("*/");
                    continue;
                }
                if (line.startsWith("/*")) {
                    inComment = !line.contains("*/");
                    continue;
                }
                if (line.startsWith("*") || line.startsWith("//") || line.startsWith("import ")
                        || line.startsWith("package ")) {
                    continue;
                }
                String code = STRING.matcher(line).replaceAll("\"\"");
                int comment = code.indexOf("//");
                if (INLINE_QUALIFIED_NAME.matcher(comment < 0 ? code : code.substring(0, comment)).find()) {
                    found.add(file + ":" + (i + 1) + ": " + line);
                }
            }
        }
        assertThat(found).as("qualified class names written inline (import them, unless two share a simple name)")
                .allMatch(SourceConventionsTest::twoClassesShareTheName);
    }

    /** The exceptions: a second class of the same simple name as one imported in the file. */
    private static boolean twoClassesShareTheName(String line) {
        return line.contains("org.w3c.dom.Node") || line.contains("org.slf4j.event.Level");
    }

    @Test
    void noDumpingGroundNames() throws IOException {
        // ModelExpressionManager keeps the name of the Camunda extension point it extends (ExpressionManager)
        assertThat(javaFiles()).map(path -> path.getFileName().toString())
                .noneMatch(name -> name.matches(".*(Helper|Utils?)\\.java")
                        || name.endsWith("Manager.java") && !name.endsWith("ExpressionManager.java"));
        try (Stream<Path> folders = Files.walk(Path.of("src/main/java"))) {
            assertThat(folders.filter(Files::isDirectory).map(path -> path.getFileName().toString()))
                    .doesNotContain("util", "utils", "common", "helpers", "misc");
        }
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            return files.filter(path -> path.toString().endsWith(".java")).toList();
        }
    }
}
