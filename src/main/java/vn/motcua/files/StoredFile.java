package vn.motcua.files;

/**
 * A file received with a dossier, as the applicant or officer uploaded it.
 *
 * @param sha256 hex SHA-256 of the content, computed on upload and kept with the file
 */
public record StoredFile(String id, String dossierId, String requirementCode, String fileName, String contentType,
                         long sizeBytes, String sha256) {
}
