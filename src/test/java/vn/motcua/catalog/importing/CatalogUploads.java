package vn.motcua.catalog.importing;

import java.nio.charset.StandardCharsets;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import vn.motcua.files.FileUploads;

import static org.assertj.core.api.Assertions.assertThat;

/** A catalog file uploaded through {@code POST /api/catalog/imports}, as a designer does it. */
public final class CatalogUploads {

    private static final ObjectMapper JSON = new ObjectMapper();

    private CatalogUploads() {
    }

    /** The import's answer to the upload of a CSV text under the file name ({@code query}: "" or "?dryRun=true"…). */
    public static ResponseEntity<String> upload(TestRestTemplate designer, String fileName, byte[] content, String query) {
        return FileUploads.post(designer, "/api/catalog/imports" + query, fileName, content);
    }

    /** Imports a CSV text as the designer and returns the report; anything but 200 fails the test. */
    public static JsonNode imported(TestRestTemplate designer, String fileName, String csv) throws Exception {
        ResponseEntity<String> answer = upload(designer, fileName, csv.getBytes(StandardCharsets.UTF_8), "");
        assertThat(answer.getStatusCode().value()).as(answer.getBody()).isEqualTo(200);
        return JSON.readTree(answer.getBody());
    }
}
