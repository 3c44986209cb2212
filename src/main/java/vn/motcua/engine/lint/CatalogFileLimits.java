package vn.motcua.engine.lint;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The legal limits read straight from a catalog file ({@code processes/catalog/procedures.yaml}), for
 * the command-line lint and for the first start, before the catalog reaches the database. Reads only
 * the fields it needs, so that the catalog's format may grow. Per process key it takes the version in
 * force on the given day, else the highest version.
 */
public final class CatalogFileLimits implements ProcedureLimits {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    private final Map<String, LegalLimit> byProcessKey;

    private CatalogFileLimits(Map<String, LegalLimit> byProcessKey) {
        this.byProcessKey = byProcessKey;
    }

    public static CatalogFileLimits read(InputStream in, LocalDate day) throws IOException {
        Map<String, JsonNode> chosen = new HashMap<>();
        for (JsonNode procedure : YAML.readTree(in).path("procedures")) {
            String key = procedure.path("processKey").asText(null);
            if (key == null) {
                continue;
            }
            JsonNode previous = chosen.get(key);
            if (previous == null || rank(procedure, day) > rank(previous, day)) {
                chosen.put(key, procedure);
            }
        }
        Map<String, LegalLimit> limits = new HashMap<>();
        chosen.forEach((key, procedure) -> {
            JsonNode limit = procedure.path("limit");
            LegalLimit legal = LegalLimit.of(procedure.path("code").asText(), integer(limit, "workingDays"),
                    integer(limit, "workingHours"), limit.path("sameDay").asBoolean(false),
                    integer(limit, "extendedWorkingDays"));
            if (legal != null) {
                limits.put(key, legal);
            }
        });
        return new CatalogFileLimits(limits);
    }

    @Override
    public Optional<LegalLimit> of(String processKey) {
        return Optional.ofNullable(byProcessKey.get(processKey));
    }

    /** Versions in force on the day outrank the others; then the higher version wins. */
    private static long rank(JsonNode procedure, LocalDate day) {
        LocalDate from = date(procedure, "validFrom");
        LocalDate to = date(procedure, "validTo");
        boolean inForce = (from == null || !day.isBefore(from)) && (to == null || !day.isAfter(to));
        return (inForce ? 1_000_000L : 0L) + procedure.path("version").asInt(0);
    }

    private static LocalDate date(JsonNode node, String field) {
        String value = node.path(field).asText(null);
        return value == null || value.isBlank() ? null : LocalDate.parse(value);
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }
}
