package vn.motcua.bench;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Latencies per call type, kept whole (a province day is a few hundred thousand calls: a sorted
 * {@code long[]} per type is exact and small enough).
 */
final class Latencies {

    /** Call types in report order. */
    static final String[] TYPES = {"receipt", "task list", "task by dossier", "claim", "complete", "supplement",
            "return", "lookup"};

    private final Map<String, Samples> samples = new ConcurrentHashMap<>();

    void record(String type, long nanos) {
        samples.computeIfAbsent(type, any -> new Samples()).add(nanos);
    }

    /** Forgets the samples of a warm-up. */
    void clear() {
        samples.clear();
    }

    /** Per type: count and p50/p95/p99/max in milliseconds. */
    Map<String, Map<String, Object>> summary() {
        Map<String, Map<String, Object>> summary = new LinkedHashMap<>();
        for (String type : TYPES) {
            Samples s = samples.get(type);
            if (s == null) {
                continue;
            }
            long[] sorted = s.sorted();
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("count", sorted.length);
            row.put("p50", millis(percentile(sorted, 50)));
            row.put("p95", millis(percentile(sorted, 95)));
            row.put("p99", millis(percentile(sorted, 99)));
            row.put("max", millis(sorted[sorted.length - 1]));
            summary.put(type, row);
        }
        return summary;
    }

    private static double millis(long nanos) {
        return Math.round(nanos / 10_000.0) / 100.0;
    }

    private static long percentile(long[] sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static final class Samples {
        private long[] values = new long[1024];
        private int size;

        synchronized void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        synchronized long[] sorted() {
            long[] copy = Arrays.copyOf(values, size);
            Arrays.sort(copy);
            return copy;
        }
    }
}
