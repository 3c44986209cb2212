package vn.motcua.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * A catalog of procedures as YAML ({@code processes/catalog/procedures.yaml}): every version of every procedure.
 * Read without Spring, so that the command-line lint reads the same file the same way as the application.
 */
public record CatalogFile(List<Procedure> procedures) {

    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .registerModule(new JavaTimeModule())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** Reads a catalog file; a file without procedures is an empty catalog. */
    public static CatalogFile read(InputStream in) throws IOException {
        CatalogFile file = YAML.readValue(in, CatalogFile.class);
        return new CatalogFile(file.procedures() == null ? List.of() : file.procedures());
    }
}
