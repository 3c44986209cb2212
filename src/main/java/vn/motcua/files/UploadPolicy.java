package vn.motcua.files;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * What may be uploaded with a dossier.
 *
 * @param maxFileSize  largest accepted file
 * @param contentTypes accepted media types (scans and digital documents); each must be one whose
 *                     signature {@link FileSignatures} checks, so that no upload is taken on its word
 */
@ConfigurationProperties("motcua.documents.upload")
public record UploadPolicy(@DefaultValue("10MB") DataSize maxFileSize,
                           @DefaultValue({"application/pdf", "image/jpeg", "image/png"}) List<String> contentTypes) {

    public UploadPolicy {
        for (String type : contentTypes) {
            if (!FileSignatures.knowsDocumentType(type)) {
                throw new IllegalArgumentException("motcua.documents.upload.content-types: " + type
                        + " has no signature check; accepted are application/pdf, image/jpeg and image/png");
            }
        }
    }
}
