package vn.motcua.design.generation;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
     * The highest version of every procedure of the catalog file below the project root: generation must not
     * depend on the day it runs.
     */
    public static List<Procedure> latestVersions(Path projectRoot) throws IOException {
        try (InputStream in = Files.newInputStream(projectRoot.resolve(CATALOG_FILE))) {
            Map<String, Procedure> latest = new HashMap<>();
            for (Procedure procedure : CatalogFile.read(in).procedures()) {
                latest.merge(procedure.code(), procedure, (a, b) -> b.version() > a.version() ? b : a);
            }
            return List.copyOf(latest.values());
        }
    }
}
