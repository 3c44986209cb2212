package vn.motcua.sla.calendar.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.LongSupplier;

import vn.motcua.sla.Deadlines;
import vn.motcua.sla.calendar.WorkingTimeProperties;
import vn.motcua.sla.TimeLimit;
import vn.motcua.sla.calendar.CalendarYamlReader;
import vn.motcua.sla.calendar.CalendarYear;
import vn.motcua.sla.calendar.WorkingDayCalendar;
import vn.motcua.sla.calendar.WorkingHours;
import vn.motcua.sla.calendar.WorkingTimeCalculator;
import vn.motcua.sla.engine.WorkingTimeNotation;

/**
 * Benchmark of the due-date arithmetic on the official 2025–2026 calendar (not a test: it prints
 * figures and never fails on time). Each batch runs the operation on {@value #CALLS_PER_BATCH}
 * pre-generated random receipts (any minute of 2025–2026, 1–30 working days); after warm-up batches
 * the ns per call of every measured batch is recorded and p50/p99 over batches are reported, on
 * stdout and in {@code target/bench/due-date.txt}.
 *
 * <p>Run after {@code mvn test-compile}:
 * <pre>
 * mvn -q -o dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/test-classes:target/classes:$(cat target/cp.txt) vn.motcua.sla.calendar.bench.DueDateBenchmark
 * </pre>
 */
public final class DueDateBenchmark {

    private static final int CALLS_PER_BATCH = 100_000;
    private static final int WARM_UP_BATCHES = 30;
    private static final int MEASURED_BATCHES = 100;

    /** Keeps the JIT from discarding results. */
    private static volatile long sink;

    private DueDateBenchmark() {
    }

    /**
     * @param args ignored
     */
    public static void main(String[] args) throws IOException {
        WorkingTimeCalculator calculator = new WorkingTimeCalculator(
                new WorkingDayCalendar(List.of(read(2025), read(2026))), WorkingHours.defaults());

        Random random = new Random(20260217L);
        long firstMinute = LocalDate.of(2025, 1, 1).atStartOfDay(WorkingTimeCalculator.ZONE).toEpochSecond() / 60;
        long minutes = Duration.ofDays(730).toMinutes();
        Instant[] receipts = new Instant[CALLS_PER_BATCH];
        Instant[] ends = new Instant[CALLS_PER_BATCH];
        int[] days = new int[CALLS_PER_BATCH];
        for (int i = 0; i < CALLS_PER_BATCH; i++) {
            receipts[i] = Instant.ofEpochSecond((firstMinute + (long) (random.nextDouble() * minutes)) * 60);
            days[i] = 1 + random.nextInt(30);
            ends[i] = receipts[i].plus(Duration.ofMinutes(random.nextInt(60 * 24 * 45)));
        }

        Duration[] amounts = new Duration[CALLS_PER_BATCH];
        TimeLimit[] limits = new TimeLimit[CALLS_PER_BATCH];
        String[] notations = new String[CALLS_PER_BATCH];
        for (int i = 0; i < CALLS_PER_BATCH; i++) {
            amounts[i] = Duration.ofHours(8L * days[i]);
            limits[i] = TimeLimit.workingDays(days[i]);
            notations[i] = "working:P" + days[i] + "D";
        }
        Deadlines deadlines = Deadlines.fixed(calculator, WorkingTimeProperties.defaults());
        // one explicit loop per operation: a shared loop over lambdas would turn megamorphic and
        // stop inlining, measuring the harness rather than the calculator
        Operation[] operations = {
            new Operation("plusWorkingDays (1-30 days)", () -> {
                long sum = 0;
                for (int i = 0; i < CALLS_PER_BATCH; i++) {
                    sum += calculator.plusWorkingDays(receipts[i], days[i]).getEpochSecond();
                }
                return sum;
            }),
            new Operation("plusWorkingHours (1-30 days as hours)", () -> {
                long sum = 0;
                for (int i = 0; i < CALLS_PER_BATCH; i++) {
                    sum += calculator.plusWorkingHours(receipts[i], amounts[i]).getEpochSecond();
                }
                return sum;
            }),
            new Operation("workingTimeBetween (spans up to 45 days)", () -> {
                long sum = 0;
                for (int i = 0; i < CALLS_PER_BATCH; i++) {
                    sum += calculator.workingTimeBetween(receipts[i], ends[i]).getSeconds();
                }
                return sum;
            }),
            new Operation("sameDayDeadline (15:00 rule)", () -> {
                long sum = 0;
                for (int i = 0; i < CALLS_PER_BATCH; i++) {
                    sum += calculator.sameDayDeadline(receipts[i]).getEpochSecond();
                }
                return sum;
            }),
            new Operation("Deadlines.deadline (TimeLimit of 1-30 days)", () -> {
                long sum = 0;
                for (int i = 0; i < CALLS_PER_BATCH; i++) {
                    sum += deadlines.deadline(receipts[i], limits[i]).getEpochSecond();
                }
                return sum;
            }),
            new Operation("working:P<n>D parsed (uncached), then deadline", () -> {
                long sum = 0;
                for (int i = 0; i < CALLS_PER_BATCH; i++) {
                    sum += deadlines.deadline(receipts[i], WorkingTimeNotation.parse(notations[i])).getEpochSecond();
                }
                return sum;
            }),
            new Operation("nextWorkingMoment", () -> {
                long sum = 0;
                for (int i = 0; i < CALLS_PER_BATCH; i++) {
                    sum += calculator.nextWorkingMoment(receipts[i]).getEpochSecond();
                }
                return sum;
            }),
        };

        List<String> lines = new ArrayList<>();
        lines.add(String.format(Locale.ROOT, "due-date benchmark  %s  java %s  %s/%s  %d cpus",
                Instant.now(), System.getProperty("java.version"), System.getProperty("os.name"),
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors()));
        lines.add(String.format(Locale.ROOT, "%d calls per batch, %d warm-up batches, %d measured batches",
                CALLS_PER_BATCH, WARM_UP_BATCHES, MEASURED_BATCHES));
        for (Operation operation : operations) {
            lines.add(measure(operation));
        }

        lines.forEach(System.out::println);
        Path out = Path.of("target", "bench", "due-date.txt");
        Files.createDirectories(out.getParent());
        Files.write(out, lines);
        System.out.println("written to " + out.toAbsolutePath());
    }

    /** A named batch: runs the operation {@value #CALLS_PER_BATCH} times and returns a checksum. */
    private record Operation(String name, LongSupplier batch) {
    }

    private static String measure(Operation operation) {
        for (int batch = 0; batch < WARM_UP_BATCHES; batch++) {
            time(operation.batch());
        }
        double[] nsPerCall = new double[MEASURED_BATCHES];
        for (int batch = 0; batch < MEASURED_BATCHES; batch++) {
            nsPerCall[batch] = (double) time(operation.batch()) / CALLS_PER_BATCH;
        }
        Arrays.sort(nsPerCall);
        return String.format(Locale.ROOT, "%-48s ns/call  p50 %7.1f  p99 %7.1f  min %7.1f  max %7.1f",
                operation.name(), percentile(nsPerCall, 50), percentile(nsPerCall, 99), nsPerCall[0],
                nsPerCall[nsPerCall.length - 1]);
    }

    private static long time(LongSupplier batch) {
        long start = System.nanoTime();
        long checksum = batch.getAsLong();
        long elapsed = System.nanoTime() - start;
        sink += checksum;
        return elapsed;
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static CalendarYear read(int year) throws IOException {
        String resource = "/processes/calendar/" + year + ".yaml";
        try (InputStream in = DueDateBenchmark.class.getResourceAsStream(resource)) {
            if (in != null) {
                return new CalendarYamlReader().read(in);
            }
        }
        try (InputStream in = Files.newInputStream(Path.of("processes", "calendar", year + ".yaml"))) {
            return new CalendarYamlReader().read(in);
        }
    }
}
