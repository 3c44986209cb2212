package vn.motcua.design.lint;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;

/**
 * The deploy-time lint without the engine: checks the BPMN, DMN and form files under the given paths
 * (default {@code processes} and {@code forms}) as ONE deployment, prints every problem as
 * {@code file:line element message} and exits with 1 when there is any (2 for a usage error).
 * Resources are named by their path relative to the working directory, as the classpath deployment
 * names them when run from the project root. Limits come from {@code --catalog FILE} (default
 * {@code processes/catalog/procedures.yaml} when present). The engine's own BPMN parse and the
 * "already deployed" lookups are not available here: every reference must be among the files.
 */
public final class LintCommand {

    private static final String DEFAULT_CATALOG = "processes/catalog/procedures.yaml";

    private LintCommand() {
    }

    public static void main(String[] args) throws IOException {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the lint and returns the exit code. */
    static int run(String[] args, PrintStream out, PrintStream err) throws IOException {
        List<Path> roots = new ArrayList<>();
        Path catalog = Path.of(DEFAULT_CATALOG);
        for (int i = 0; i < args.length; i++) {
            if (args[i].equals("--catalog") && i + 1 < args.length) {
                catalog = Path.of(args[++i]);
            } else if (args[i].startsWith("-")) {
                err.println("usage: LintCommand [--catalog procedures.yaml] [path ...]   (default: processes forms)");
                return 2;
            } else {
                roots.add(Path.of(args[i]));
            }
        }
        if (roots.isEmpty()) {
            roots = List.of(Path.of("processes"), Path.of("forms"));
        }
        ProcedureLimits limits = ProcedureLimits.NONE;
        if (Files.isRegularFile(catalog)) {
            try (InputStream in = Files.newInputStream(catalog)) {
                limits = CatalogFileLimits.read(in, LocalDate.now());
            }
        }
        Map<String, byte[]> resources = read(roots);
        List<LintProblem> problems = new DeploymentLint(
                DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine(),
                DeployedDefinitions.NONE, limits).check(resources);
        problems.forEach(out::println);
        out.println(problems.isEmpty()
                ? "Không có lỗi trong " + resources.size() + " tệp."
                : problems.size() + " lỗi trong " + resources.size() + " tệp.");
        return problems.isEmpty() ? 0 : 1;
    }

    /** The deployable files under the paths, named relative to the working directory. */
    static Map<String, byte[]> read(List<Path> roots) throws IOException {
        Map<String, byte[]> resources = new TreeMap<>();
        Path here = Path.of("").toAbsolutePath();
        for (Path root : roots) {
            if (!Files.exists(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(Files::isRegularFile).filter(LintCommand::deployable).toList()) {
                    Path absolute = file.toAbsolutePath().normalize();
                    String name = (absolute.startsWith(here) ? here.relativize(absolute) : absolute).toString()
                            .replace('\\', '/');
                    resources.put(name, Files.readAllBytes(file));
                }
            }
        }
        return resources;
    }

    private static boolean deployable(Path file) {
        String name = file.getFileName().toString();
        return DeploymentLint.isBpmn(name) || DeploymentLint.isDmn(name) || name.endsWith(".form");
    }
}
