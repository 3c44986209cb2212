package vn.motcua.design.generation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import vn.motcua.catalog.CatalogFile;
import vn.motcua.catalog.Procedure.RequiredDocument;
import vn.motcua.catalog.Procedure;

/**
 * The reception checklist of a start form, one checkbox per document the catalog requires: key
 * {@code doc<Code>} from the document's catalog code ({@code don-de-nghi} → {@code docDonDeNghi}) and the
 * label "name (copies form)", e.g. "Bản vẽ thiết kế xây dựng (02 bản chính)". Generated start forms carry
 * it; hand-made start forms must carry the same, which the process conventions test checks.
 */
public final class DocumentChecklist {

    /** The catalog file, below the project root. */
    public static final String CATALOG_FILE = "processes/catalog/procedures.yaml";

    private DocumentChecklist() {
    }

    public static String key(RequiredDocument document) {
        return "doc" + Arrays.stream(document.code().split("[^A-Za-z0-9]+")).filter(part -> !part.isEmpty())
                .map(part -> Character.toUpperCase(part.charAt(0)) + part.substring(1))
                .collect(Collectors.joining());
    }

    public static String label(RequiredDocument document) {
        String form = switch (document.form()) {
            case ORIGINAL -> "bản chính";
            case CERTIFIED_COPY -> "bản sao có chứng thực";
            case COPY -> "bản sao";
        };
        return "%s (%02d %s)".formatted(document.name(), document.copies(), form);
    }

    /**
     * The required documents of every procedure of a catalog file by procedure code, from its highest version:
     * generation must not depend on the day it runs.
     */
    public static Map<String, List<RequiredDocument>> byProcedure(Path projectRoot) throws IOException {
        return latestOf(projectRoot, procedure -> procedure.requiredDocuments() == null ? List.of()
                : procedure.requiredDocuments());
    }

    /** The fixed fees in đồng collected before handling of the catalog file's procedures, by code. */
    public static Map<String, Long> fixedFees(Path projectRoot) throws IOException {
        Map<String, Long> fees = new HashMap<>();
        latestOf(projectRoot, ProcessGenerator::fixedFee).forEach((code, fee) -> fee.ifPresent(amount -> fees.put(code, amount)));
        return fees;
    }

    private static <T> Map<String, T> latestOf(Path projectRoot, Function<Procedure, T> value) throws IOException {
        try (InputStream in = Files.newInputStream(projectRoot.resolve(CATALOG_FILE))) {
            Map<String, Procedure> latest = new HashMap<>();
            for (Procedure procedure : CatalogFile.read(in).procedures()) {
                latest.merge(procedure.code(), procedure, (a, b) -> b.version() > a.version() ? b : a);
            }
            Map<String, T> values = new HashMap<>();
            latest.forEach((code, procedure) -> values.put(code, value.apply(procedure)));
            return values;
        }
    }
}
