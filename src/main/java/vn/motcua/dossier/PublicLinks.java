package vn.motcua.dossier;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Addresses printed on receipt slips (QR code) and sent to applicants.
 *
 * @param baseUrl the public address of this system as applicants reach it
 */
@ConfigurationProperties("motcua.public")
public record PublicLinks(@DefaultValue("http://localhost:8080") String baseUrl) {

    /** The public lookup page of a dossier; the applicant adds their ID number there. */
    public String lookup(String dossierCode) {
        return baseUrl + "/tra-cuu?ma=" + URLEncoder.encode(dossierCode, StandardCharsets.UTF_8);
    }
}
