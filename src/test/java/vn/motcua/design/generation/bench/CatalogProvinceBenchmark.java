package vn.motcua.design.generation.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.catalog.importing.CatalogImportReport;
import vn.motcua.catalog.importing.CatalogImports;
import vn.motcua.catalog.importing.SampleCatalog;
import vn.motcua.design.generation.CatalogProcesses;
import vn.motcua.design.generation.CatalogProcesses.Status;
import vn.motcua.organization.importing.OrganizationImportReport;
import vn.motcua.organization.importing.OrganizationImports;
import vn.motcua.sla.calendar.WorkingTimeCalculator;

/**
 * A province's whole catalog and organization, as its IT staff would load them on a new server: the sample
 * province's units (≥100 centers) and officers (≥3,000 accounts) imported from their CSV files, then a catalog of N
 * procedures in the national record layout ({@link SampleCatalog#rows}, default 2,000) imported through
 * {@link CatalogImports}, whose commit generates, lints and deploys a process for every procedure nobody drew
 * ({@link CatalogProcesses}); then a start with nothing changed. Each phase is timed (wall and JVM CPU); the heap in
 * use after a full GC is reported. The application runs as in the tests (profile test) on H2 in memory; its start is
 * not a phase. Writes target/bench/catalog-province.md. Arguments: [procedures=2000]. Run from the project root.
 */
public final class CatalogProvinceBenchmark {

    private static final Path UNITS = Path.of("processes/organization/sample-province-units.csv");
    private static final Path OFFICERS = Path.of("processes/organization/sample-province-officers.csv");

    private CatalogProvinceBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        byte[] catalogCsv = SampleCatalog.csv(SampleCatalog.rows(count));
        Map<String, long[]> phases = new LinkedHashMap<>();
        long started = System.nanoTime();
        ConfigurableApplicationContext application = GenerationBenchmark.application();
        long startup = System.nanoTime() - started;
        try {
            OrganizationImports organization = application.getBean(OrganizationImports.class);
            OrganizationImports.Options options = new OrganizationImports.Options(false, false, false);
            OrganizationImportReport units = timed(phases, "import units (" + UNITS.getFileName() + ")",
                    () -> organization.importUnits(UNITS.getFileName().toString(), Files.readAllBytes(UNITS), options));
            OrganizationImportReport officers = timed(phases, "import officers (" + OFFICERS.getFileName() + ")",
                    () -> organization.importOfficers(OFFICERS.getFileName().toString(), Files.readAllBytes(OFFICERS),
                            options, "benchmark"));

            CatalogImports catalog = application.getBean(CatalogImports.class);
            LocalDate today = LocalDate.now(WorkingTimeCalculator.ZONE);
            CatalogImportReport imported = timed(phases, "import " + count + " procedures, then generate, lint and "
                    + "deploy their processes", () -> catalog.importFile("catalog-province-benchmark.csv", catalogCsv,
                    new CatalogImports.Options(false, today, false, false), "benchmark"));
            if (!imported.written()) {
                throw new IllegalStateException("The catalog import wrote nothing: "
                        + imported.problems().stream().limit(5).toList());
            }
            CatalogProcesses processes = application.getBean(CatalogProcesses.class);
            CatalogProcesses.Deployed again = timed(phases, "start again: nothing changed", processes::deploy);
            List<Status> statuses = processes.statuses(today);
            System.gc();
            long heap = ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
            report(count, startup, phases, summary(units), summary(officers), imported, again, statuses, heap);
        } finally {
            application.close();
        }
    }

    private static String summary(OrganizationImportReport report) {
        return report.rows() + " rows, " + report.created().size() + " created, " + report.updated().size()
                + " updated, " + report.deactivated().size() + " deactivated, " + report.unchanged() + " unchanged, "
                + report.invalidRows() + " refused";
    }

    private interface Phase<T> {
        T run() throws Exception;
    }

    private static <T> T timed(Map<String, long[]> phases, String name, Phase<T> phase) throws Exception {
        long wall = System.nanoTime();
        long cpu = GenerationBenchmark.cpuTime();
        T result = phase.run();
        phases.put(name, new long[] {System.nanoTime() - wall, GenerationBenchmark.cpuTime() - cpu});
        return result;
    }

    private static void report(int count, long startup, Map<String, long[]> phases, String units, String officers,
                               CatalogImportReport imported, CatalogProcesses.Deployed again, List<Status> statuses,
                               long heap) throws IOException {
        StringBuilder out = new StringBuilder("# Catalog and organization of a province\n\n");
        out.append("- date: ").append(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS)).append('\n');
        out.append("- application: motcua (profile test) on H2 in memory, started in ")
                .append(String.format("%.1f", startup / 1e9)).append(" s (not a phase)\n");
        out.append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, load average ")
                .append(String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
                .append(", max heap ").append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB; heap in use "
                        + "after the run (after GC) ").append(heap / (1024 * 1024)).append(" MB\n\n");
        out.append("| phase | wall s | JVM CPU s |\n|---|---|---|\n");
        long total = 0;
        for (Map.Entry<String, long[]> phase : phases.entrySet()) {
            out.append(String.format("| %s | %.2f | %.2f |%n", phase.getKey(), phase.getValue()[0] / 1e9,
                    phase.getValue()[1] / 1e9));
            if (!phase.getKey().startsWith("start again")) {
                total += phase.getValue()[0];
            }
        }
        out.append(String.format("| **organization and catalog of %d procedures** | **%.2f** | |%n%n", count, total / 1e9));
        out.append("Goal: under 60 s on this 2-core machine.\n\n");
        out.append("- units: ").append(units).append('\n');
        out.append("- officers: ").append(officers).append('\n');
        out.append("- catalog: ").append(imported.rows()).append(" rows, ").append(imported.diff().added().size())
                .append(" added, ").append(imported.invalidRows()).append(" refused\n");
        out.append("- start again: ").append(again.changed().size()).append(" processes deployed, ")
                .append(again.unchanged()).append(" unchanged\n");
        Map<String, Long> how = statuses.stream().collect(Collectors.groupingBy(
                status -> status.how() + (status.pattern() == null ? "" : " " + status.pattern()), TreeMap::new,
                Collectors.counting()));
        out.append("- procedures in force by how they run: ").append(how).append('\n');
        Map<String, Long> reasons = statuses.stream().filter(status -> status.reason() != null)
                .collect(Collectors.groupingBy(Status::reason, TreeMap::new, Collectors.counting()));
        reasons.forEach((reason, n) -> out.append("  - not running (").append(n).append("): ").append(reason).append('\n'));
        System.out.print(out);
        Path file = Path.of("target/bench/catalog-province.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
    }
}
