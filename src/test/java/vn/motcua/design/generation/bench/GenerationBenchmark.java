package vn.motcua.design.generation.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.management.OperatingSystemMXBean;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.deploy.Deployer;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import vn.motcua.MotcuaApplication;
import vn.motcua.catalog.importing.CatalogImportReport;
import vn.motcua.catalog.importing.CatalogImports;
import vn.motcua.design.generation.GeneratedFiles;
import vn.motcua.design.generation.ProcessGenerator;
import vn.motcua.design.generation.StepTable;
import vn.motcua.design.generation.SyntheticStepTables;
import vn.motcua.postgres.TestConfigurationsExcluded;
import vn.motcua.process.ProcessDriver;

/**
 * How long a province's worth of internal procedures takes from step tables to deployed processes: N synthetic
 * step tables (derived from processes/internal/*.yaml, varied steps, units and days; default 2,000) are generated;
 * the application starts (test profile, H2 in memory; not timed as a phase) and its catalog import reads a CSV of
 * the N procedures, each row naming its generated process; then everything is deployed as ONE deployment through
 * the application's RepositoryService, so the deploy-time lint runs as in production with the legal limits of the
 * just-imported catalog, before the engine's own deployers. Phases are timed separately: read, generate, import,
 * lint (inside the deployment, timed around the lint deployer), deploy (the rest of the deployment). Then three of
 * the deployed procedures run a dossier to the end as a sanity check (not timed).
 * Writes target/bench/generation.md. Arguments: [procedures=2000] [threads=available processors].
 */
public final class GenerationBenchmark {

    private GenerationBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        int threads = args.length > 1 ? Integer.parseInt(args[1]) : Runtime.getRuntime().availableProcessors();
        Map<String, Long> phases = new LinkedHashMap<>();
        Map<String, Long> cpu = new LinkedHashMap<>();

        long start = System.nanoTime();
        long cpuStart = cpuTime();
        List<StepTable> tables = SyntheticStepTables.derive(SyntheticStepTables.samples(Path.of(".")), count, 42);
        phases.put("read and derive step tables", System.nanoTime() - start);
        cpu.put("read and derive step tables", cpuTime() - cpuStart);

        // warm-up outside the figures: schema loading and JIT of the model API
        ProcessGenerator generator = new ProcessGenerator();
        for (StepTable table : tables.subList(0, Math.min(20, tables.size()))) {
            generator.generate(table);
        }
        start = System.nanoTime();
        cpuStart = cpuTime();
        ForkJoinPool pool = new ForkJoinPool(threads);
        List<Map<String, String>> generated = pool.submit(() -> tables.parallelStream()
                .map(table -> GeneratedFiles.withMarker(generator.generate(table))).toList()).get();
        pool.shutdown();
        phases.put("generate (" + threads + " threads)", System.nanoTime() - start);
        cpu.put("generate (" + threads + " threads)", cpuTime() - cpuStart);
        long files = generated.stream().mapToLong(Map::size).sum();
        long bytes = generated.stream().flatMap(m -> m.values().stream()).mapToLong(String::length).sum();

        start = System.nanoTime();
        ConfigurableApplicationContext application = application();
        long startup = System.nanoTime() - start;
        try {
            start = System.nanoTime();
            cpuStart = cpuTime();
            CatalogImportReport imported = application.getBean(CatalogImports.class).importFile("generation-benchmark.csv",
                    SyntheticStepTables.catalogCsv(tables, 0, 2), new CatalogImports.Options(false, LocalDate.now(), false, false),
                    "generation-benchmark");
            String importPhase = "import (CSV of " + imported.rows() + " procedures, " + imported.diff().added().size()
                    + " added)";
            phases.put(importPhase, System.nanoTime() - start);
            cpu.put(importPhase, cpuTime() - cpuStart);
            if (!imported.written() || imported.diff().added().size() != count) {
                throw new IllegalStateException("The catalog import did not add the " + count + " procedures: "
                        + imported.problems().stream().limit(5).toList());
            }

            ProcessEngine engine = application.getBean(ProcessEngine.class);
            AtomicLong lintWall = new AtomicLong();
            AtomicLong lintCpu = new AtomicLong();
            timeLint(engine, lintWall, lintCpu);
            DeploymentBuilder builder = engine.getRepositoryService().createDeployment().name("generation-benchmark");
            SyntheticStepTables.buildingBlocks().forEach(builder::addString);
            start = System.nanoTime();
            cpuStart = cpuTime();
            generated.forEach(map -> map.forEach(builder::addString));
            Deployment deployment = builder.deploy();
            long deployWall = System.nanoTime() - start;
            long deployCpu = cpuTime() - cpuStart;
            int resources = engine.getRepositoryService().getDeploymentResourceNames(deployment.getId()).size();
            String lintPhase = "lint (deploy-time plugin, " + resources + " files, 0 problems)";
            phases.put(lintPhase, lintWall.get());
            cpu.put(lintPhase, lintCpu.get());
            phases.put("deploy (one deployment, without the lint)", deployWall - lintWall.get());
            cpu.put("deploy (one deployment, without the lint)", deployCpu - lintCpu.get());
            long definitions = engine.getRepositoryService().createProcessDefinitionQuery()
                    .deploymentId(deployment.getId()).count();

            List<String> checked = new ArrayList<>();
            for (int index : new int[] {0, count / 2, count - 1}) {
                try {
                    checked.add(runDossier(engine, tables.get(index), SyntheticStepTables.catalogCode(index)));
                } catch (RuntimeException e) {
                    checked.add(tables.get(index).processKey() + ": FAILED " + e);
                }
            }
            report(count, threads, startup, phases, cpu, files, bytes, definitions, checked);
        } finally {
            application.close();
        }
    }

    /**
     * The application as in the tests (profile test) but on H2 in memory: the catalog import, the catalog and the
     * engine with motcua's plugins (deploy-time lint, parse listeners) are the production beans.
     */
    static ConfigurableApplicationContext application() {
        return new SpringApplicationBuilder(MotcuaApplication.class)
                .profiles("test")
                // the embedded PostgreSQL of the integration tests is not this run's database
                .initializers(context -> context.getBeanFactory().registerSingleton("benchTypeExcludeFilter",
                        new TestConfigurationsExcluded()))
                .properties(Map.of("server.port", "0", "spring.main.banner-mode", "off", "logging.level.root", "warn",
                        "spring.datasource.url", "jdbc:h2:mem:generation-bench;DB_CLOSE_DELAY=-1",
                        "spring.datasource.username", "sa", "spring.datasource.password", "",
                        "camunda.bpm.database.type", "h2"))
                .run();
    }

    /** Times the lint deployer (the first of the engine's deployers) on the deploying thread, wall and CPU. */
    private static void timeLint(ProcessEngine engine, AtomicLong wall, AtomicLong cpu) {
        ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
        List<Deployer> deployers = new ArrayList<>(configuration.getDeployers());
        Deployer lint = deployers.get(0);
        if (!lint.getClass().getSimpleName().equals("LintDeployer")) {
            throw new IllegalStateException("The lint is not the engine's first deployer: " + deployers);
        }
        deployers.set(0, deployment -> {
            long wallStart = System.nanoTime();
            long cpuStart = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            lint.deploy(deployment);
            wall.addAndGet(System.nanoTime() - wallStart);
            cpu.addAndGet(ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpuStart);
        });
        configuration.getDeploymentCache().setDeployers(deployers);
    }

    /** Reception → every step approved → result returned; returns a line for the report. */
    private static String runDossier(ProcessEngine engine, StepTable table, String procedureCode) {
        Map<String, Object> variables = ProcessDriver.dossierVariables(procedureCode, ProcessDriver.TAN_DINH_CENTER,
                "received");
        variables.put("residenceCommune", "000.01.00.H99");
        ProcessInstance dossier = engine.getRuntimeService().startProcessInstanceByKey(table.processKey(), variables);
        int steps = 0;
        for (int round = 0; round < 50; round++) {
            List<Task> open = engine.getTaskService().createTaskQuery().processInstanceId(dossier.getId()).list();
            if (open.isEmpty()) {
                break;
            }
            for (Task task : open) {
                engine.getTaskService().complete(task.getId(), Map.of("appraisalOutcome", "approve", "leaderDecision", "approve"));
                steps++;
            }
        }
        ProcessInstance resultReturn = engine.getRuntimeService().createProcessInstanceQuery()
                .superProcessInstanceId(dossier.getId()).singleResult();
        Task returnTask = engine.getTaskService().createTaskQuery().processInstanceId(resultReturn.getId()).singleResult();
        engine.getTaskService().complete(returnTask.getId(), Map.of("returnMethod", "counter"));
        boolean ended = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(dossier.getId()).count() == 0;
        return table.processKey() + ": " + steps + " steps of " + table.steps().size() + ", result returned, "
                + (ended ? "ended" : "NOT ENDED");
    }

    /** CPU time of this JVM (all threads): on a shared machine wall time alone says little. */
    static long cpuTime() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void report(int count, int threads, long startup, Map<String, Long> phases, Map<String, Long> cpu,
                               long files, long bytes, long definitions, List<String> checked) throws IOException {
        StringBuilder out = new StringBuilder("# Generation benchmark\n\n");
        out.append("- date: ").append(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS)).append('\n');
        out.append("- procedures: ").append(count).append(" synthetic step tables; ").append(files)
                .append(" generated files (BPMN, forms, decisions), ").append(bytes / 1024).append(" KiB\n");
        out.append("- application: motcua (profile test) on H2 in memory, its catalog import and its engine with the "
                + "deploy-time lint and parse listeners; started in ").append(String.format("%.1f", startup / 1e9))
                .append(" s (not a phase); ").append(definitions).append(" process definitions in the deployment\n");
        out.append("- machine: ").append(Runtime.getRuntime().availableProcessors()).append(" cores, load average ")
                .append(String.format("%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()))
                .append(", max heap ").append(Runtime.getRuntime().maxMemory() / (1024 * 1024)).append(" MB\n\n");
        out.append("| phase | wall s | ms per procedure | JVM CPU s |\n|---|---|---|---|\n");
        long total = 0;
        long totalCpu = 0;
        for (Map.Entry<String, Long> phase : phases.entrySet()) {
            total += phase.getValue();
            totalCpu += cpu.get(phase.getKey());
            out.append(String.format("| %s | %.2f | %.2f | %.2f |%n", phase.getKey(), phase.getValue() / 1e9,
                    phase.getValue() / 1e6 / count, cpu.get(phase.getKey()) / 1e9));
        }
        out.append(String.format("| **total** | **%.2f** | %.2f | %.2f |%n%n", total / 1e9, total / 1e6 / count,
                totalCpu / 1e9));
        out.append("Goal: import, generate, lint and deploy 2,000 procedures in under 60 s. Sanity check (not timed):\n\n");
        checked.forEach(line -> out.append("- ").append(line).append('\n'));
        System.out.print(out);
        Path file = Path.of("target/bench/generation.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
    }
}
