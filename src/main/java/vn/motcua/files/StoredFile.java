package vn.motcua.files;

/**
 * A file received with a dossier, as the applicant or officer uploaded it.
 *
 * @param sha256     hex SHA-256 of the content, computed on upload and kept with the file
 * @param purpose    input, supplement or result
 * @param reusable   whether the applicant may choose it again in a later dossier
 * @param reusedFrom the id of the earlier document this one is a copy of, {@code null} when uploaded
 */
public record StoredFile(String id, String dossierId, String requirementCode, String fileName, String contentType,
                         long sizeBytes, String sha256, DocumentPurpose purpose, boolean reusable, String reusedFrom) {
}
