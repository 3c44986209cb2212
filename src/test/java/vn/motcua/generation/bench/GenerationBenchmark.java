package vn.motcua.generation.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ForkJoinPool;

import org.camunda.bpm.dmn.engine.DmnEngineConfiguration;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineConfiguration;
import org.camunda.bpm.engine.impl.cfg.StandaloneInMemProcessEngineConfiguration;
import org.camunda.bpm.engine.repository.Deployment;
import org.camunda.bpm.engine.repository.DeploymentBuilder;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

import vn.motcua.engine.lint.DeployedDefinitions;
import vn.motcua.engine.lint.DeploymentLint;
import vn.motcua.engine.lint.LintProblem;
import vn.motcua.engine.lint.ProcedureLimits;
import vn.motcua.generation.GeneratedFiles;
import vn.motcua.generation.ProcessGenerator;
import vn.motcua.generation.StepTable;
import vn.motcua.generation.SyntheticStepTables;
import vn.motcua.process.ProcessDriver;

/**
 * How long a province's worth of internal procedures takes from step tables to deployed processes: N synthetic
 * step tables (derived from processes/internal/*.yaml, varied steps, units and days; default 2,000) are
 * generated, then deployed as ONE deployment through RepositoryService on a bare Camunda engine (H2 in memory,
 * history full, none of motcua's plugins), with the building blocks, forms and decisions they use. Phases are
 * timed separately: read, generate, import (the catalog import hook, not merged yet: nothing to time), lint (the
 * deploy-time lint runs inside the deploy once merged, on the application's engine only: here it is not
 * included), deploy. Then three of the deployed procedures run a dossier to the end as a sanity check (not timed).
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
        cpuStart = cpuTime();
        // hook: the catalog import (another branch) runs here once merged
        phases.put("import (hook, nothing yet)", System.nanoTime() - start);
        cpu.put("import (hook, nothing yet)", cpuTime() - cpuStart);
        // the deploy-time lint over the whole deployment, as the application's engine runs it before its
        // own deployers (the bare engine below has no motcua plugin); legal limits from the step tables
        Map<String, byte[]> resources = new LinkedHashMap<>();
        buildingBlocks().forEach((name, text) -> resources.put(name, text.getBytes(StandardCharsets.UTF_8)));
        generated.forEach(map -> map.forEach((name, text) -> resources.put(name, text.getBytes(StandardCharsets.UTF_8))));
        Map<String, StepTable> byKey = new LinkedHashMap<>();
        tables.forEach(table -> byKey.put(table.processKey(), table));
        ProcedureLimits limits = key -> java.util.Optional.ofNullable(byKey.get(key)).map(table ->
                ProcedureLimits.LegalLimit.of(table.procedureCode(), table.workingDays(), null, table.sameDay(), null));
        start = System.nanoTime();
        cpuStart = cpuTime();
        List<LintProblem> problems = new DeploymentLint(
                DmnEngineConfiguration.createDefaultDmnEngineConfiguration().buildEngine(),
                DeployedDefinitions.NONE, limits).check(resources);
        phases.put("lint (" + resources.size() + " files, " + problems.size() + " problems)", System.nanoTime() - start);
        cpu.put("lint (" + resources.size() + " files, " + problems.size() + " problems)", cpuTime() - cpuStart);
        problems.stream().limit(20).forEach(System.out::println);

        ProcessEngine engine = bareEngine();
        try {
            DeploymentBuilder builder = engine.getRepositoryService().createDeployment().name("generation-benchmark");
            buildingBlocks().forEach(builder::addString);
            start = System.nanoTime();
            cpuStart = cpuTime();
            generated.forEach(map -> map.forEach(builder::addString));
            Deployment deployment = builder.deploy();
            phases.put("deploy (one deployment)", System.nanoTime() - start);
            cpu.put("deploy (one deployment)", cpuTime() - cpuStart);
            long definitions = engine.getRepositoryService().createProcessDefinitionQuery()
                    .deploymentId(deployment.getId()).count();

            List<String> checked = new ArrayList<>();
            for (int index : new int[] {0, count / 2, count - 1}) {
                checked.add(runDossier(engine, tables.get(index)));
            }
            report(count, threads, phases, cpu, files, bytes, definitions, checked);
        } finally {
            engine.close();
        }
    }

    private static ProcessEngine bareEngine() {
        StandaloneInMemProcessEngineConfiguration configuration = new StandaloneInMemProcessEngineConfiguration();
        configuration.setJdbcUrl("jdbc:h2:mem:generation-bench;DB_CLOSE_DELAY=-1");
        configuration.setDatabaseSchemaUpdate(ProcessEngineConfiguration.DB_SCHEMA_UPDATE_CREATE_DROP);
        configuration.setHistory(ProcessEngineConfiguration.HISTORY_FULL);
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEngineName("generation-benchmark");
        return configuration.buildProcessEngine();
    }

    /** The shared call activities, their forms and the routing decision the generated processes use. */
    private static Map<String, String> buildingBlocks() throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        for (String pattern : List.of("processes/common/*.bpmn", "forms/common-*.form",
                "processes/routing/civil-status-handling-unit.dmn")) {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources("classpath*:" + pattern)) {
                try (InputStream in = resource.getInputStream()) {
                    files.put(pattern.substring(0, pattern.lastIndexOf('/') + 1) + resource.getFilename(),
                            new String(in.readAllBytes(), StandardCharsets.UTF_8));
                }
            }
        }
        return files;
    }

    /** Receipt → every step approved → result returned; returns a line for the report. */
    private static String runDossier(ProcessEngine engine, StepTable table) {
        Map<String, Object> variables = ProcessDriver.dossierVariables(table.procedureCode(), ProcessDriver.TAN_DINH_CENTER,
                "received");
        variables.put("residenceCommune", "phuong-tan-dinh");
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
    private static long cpuTime() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void report(int count, int threads, Map<String, Long> phases, Map<String, Long> cpu, long files,
                               long bytes, long definitions, List<String> checked) throws IOException {
        StringBuilder out = new StringBuilder("# Generation benchmark\n\n");
        out.append("- date: ").append(LocalDateTime.now().truncatedTo(ChronoUnit.SECONDS)).append('\n');
        out.append("- procedures: ").append(count).append(" synthetic step tables; ").append(files)
                .append(" generated files (BPMN, forms, decisions), ").append(bytes / 1024).append(" KiB\n");
        out.append("- engine: bare Camunda 7.24, H2 in memory, history full, no motcua plugins; ")
                .append(definitions).append(" process definitions in the deployment\n");
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
        out.append("Goal: under 60 s for 2,000 procedures. Sanity check (not timed):\n\n");
        checked.forEach(line -> out.append("- ").append(line).append('\n'));
        System.out.print(out);
        Path file = Path.of("target/bench/generation.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, out.toString());
    }
}
