package vn.motcua.organization.importing;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;

import vn.motcua.files.FileUploads;

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
        return FileUploads.post(as, "/api/organization/imports/" + kind + query, fileName, content);
    }
}
