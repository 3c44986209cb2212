package vn.motcua.organization.importing;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** Uploads of organization files to the import API, as a test's user. */
public final class OrganizationUploads {

    private OrganizationUploads() {
    }

    /**
     * The import's answer to the upload of the file's content under its name.
     *
     * @param kind  {@code units} or {@code officers}
     * @param query "" or a query string such as "?dryRun=true"
     */
    public static ResponseEntity<String> upload(TestRestTemplate as, String kind, String fileName, byte[] content,
                                                String query) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return as.postForEntity("/api/organization/imports/" + kind + query, new HttpEntity<>(form, headers),
                String.class);
    }
}
