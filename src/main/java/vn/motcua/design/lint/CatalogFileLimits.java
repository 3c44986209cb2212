package vn.motcua.design.lint;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

import vn.motcua.catalog.CatalogFile;
import vn.motcua.catalog.Procedure;

/**
 * The legal limits read straight from a catalog file ({@code processes/catalog/procedures.yaml}, through
 * {@link CatalogFile}), for the command-line lint and for the first start, before the catalog reaches the
 * database. Per process key it takes the version in force on the given day, else the highest version.
 */
public final class CatalogFileLimits implements ProcedureLimits {

    private final Map<String, LegalLimit> byProcessKey;

    private CatalogFileLimits(Map<String, LegalLimit> byProcessKey) {
        this.byProcessKey = byProcessKey;
    }

    public static CatalogFileLimits read(InputStream in, LocalDate day) throws IOException {
        Map<String, Procedure> chosen = new HashMap<>();
        for (Procedure procedure : CatalogFile.read(in).procedures()) {
            if (procedure.processKey() != null) {
                chosen.merge(procedure.processKey(), procedure,
                        (previous, next) -> rank(next, day) > rank(previous, day) ? next : previous);
            }
        }
        Map<String, LegalLimit> limits = new HashMap<>();
        chosen.forEach((key, procedure) -> {
            LegalLimit legal = LegalLimit.of(procedure);
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
    private static long rank(Procedure procedure, LocalDate day) {
        boolean inForce = (procedure.validFrom() == null || !day.isBefore(procedure.validFrom()))
                && (procedure.validTo() == null || !day.isAfter(procedure.validTo()));
        return (inForce ? 1_000_000L : 0L) + procedure.version();
    }
}
