package vn.motcua.files;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.web.multipart.MultipartFile;

import vn.motcua.platform.web.InvalidRequestException;

/**
 * Files received with dossiers, stored in the database with their SHA-256 so that a backup of the
 * database is a backup of the files and a dossier never points to a missing file.
 */
@Service
public class DossierFiles {

    private final JdbcClient jdbc;
    private final UploadPolicy policy;

    DossierFiles(JdbcClient jdbc, UploadPolicy policy) {
        this.jdbc = jdbc;
        this.policy = policy;
    }

    /**
     * Checks the files' names ({@link UploadedFileName}), the upload policy and that each file's bytes are
     * of its declared type ({@link FileSignatures}) before anything is stored; the first problem is a 400.
     */
    public void validate(List<MultipartFile> files) {
        for (MultipartFile file : files) {
            String name = UploadedFileName.require(file.getOriginalFilename());
            if (file.isEmpty()) {
                throw new InvalidRequestException("Tệp \"" + name + "\" rỗng.");
            }
            if (file.getSize() > policy.maxFileSize().toBytes()) {
                throw new InvalidRequestException("Tệp \"" + name + "\" vượt quá dung lượng cho phép ("
                        + policy.maxFileSize().toMegabytes() + " MB).");
            }
            String type = file.getContentType() == null ? "" : file.getContentType().toLowerCase(Locale.ROOT);
            if (!policy.contentTypes().contains(type)) {
                throw new InvalidRequestException("Tệp \"" + name + "\" có định dạng không được chấp nhận ("
                        + type + "); chỉ nhận " + String.join(", ", policy.contentTypes()) + ".");
            }
            FileSignatures.requireDocument(name, type, head(file));
        }
    }

    private static byte[] head(MultipartFile file) {
        try (var content = file.getInputStream()) {
            return content.readNBytes(FileSignatures.SIGNATURE_LENGTH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Stores a validated input document of the dossier, not offered for reuse. */
    public StoredFile store(String dossierId, String requirementCode, MultipartFile file, String uploadedBy) {
        return store(dossierId, DocumentPurpose.INPUT, requirementCode, file, uploadedBy, false);
    }

    /** Stores a validated file of the dossier for {@code purpose}; {@code reusable} offers it to later dossiers. */
    public StoredFile store(String dossierId, DocumentPurpose purpose, String requirementCode, MultipartFile file,
                            String uploadedBy, boolean reusable) {
        byte[] content;
        try {
            content = file.getBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StoredFile stored = new StoredFile(UUID.randomUUID().toString(), dossierId, requirementCode,
                UploadedFileName.require(file.getOriginalFilename()), file.getContentType().toLowerCase(Locale.ROOT), content.length,
                sha256(content), purpose, reusable, null);
        jdbc.sql("""
                insert into dossier_document (id, dossier_id, requirement_code, file_name, content_type, size_bytes,
                                              sha256, content, uploaded_at, uploaded_by, purpose, reusable)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(stored.id(), dossierId, requirementCode, stored.fileName(), stored.contentType(),
                        stored.sizeBytes(), stored.sha256(), content, Timestamp.from(Instant.now()), uploadedBy,
                        purpose.name(), reusable)
                .update();
        return stored;
    }

    public List<StoredFile> of(String dossierId) {
        return jdbc.sql("""
                select id, dossier_id, requirement_code, file_name, content_type, size_bytes, sha256, purpose,
                       reusable, reused_from
                from dossier_document where dossier_id = ? order by uploaded_at, file_name""")
                .param(dossierId)
                .query((rs, row) -> new StoredFile(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getLong(6), rs.getString(7), DocumentPurpose.valueOf(rs.getString(8)),
                        rs.getBoolean(9), rs.getString(10))).list();
    }

    public Optional<byte[]> content(String dossierId, String fileId) {
        return jdbc.sql("select content from dossier_document where dossier_id = ? and id = ?")
                .params(dossierId, fileId).query((rs, row) -> rs.getBytes(1)).optional();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
