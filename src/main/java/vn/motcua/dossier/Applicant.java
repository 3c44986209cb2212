package vn.motcua.dossier;

/**
 * The person or organization applying.
 *
 * @param idNumber 12-digit citizen ID (CCCD) or a tax code
 */
public record Applicant(String name, String idNumber, String phone, String email, String address) {
}
