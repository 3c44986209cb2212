package vn.motcua.files;

import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.LinkedMultiValueMap;

/** A file sent as a browser's form sends it: one multipart part named {@code file}, with its file name. */
public final class FileUploads {

    private FileUploads() {
    }

    /** The answer to posting the file to the path (with its query string) as that caller. */
    public static ResponseEntity<String> post(TestRestTemplate as, String path, String fileName, byte[] content) {
        LinkedMultiValueMap<String, Object> form = new LinkedMultiValueMap<>();
        form.add("file", new ByteArrayResource(content) {
            @Override
            public String getFilename() {
                return fileName;
            }
        });
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.MULTIPART_FORM_DATA);
        return as.postForEntity(path, new HttpEntity<>(form, headers), String.class);
    }
}
