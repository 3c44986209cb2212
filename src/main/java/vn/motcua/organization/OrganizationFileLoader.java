package vn.motcua.organization;

import java.io.IOException;
import java.io.InputStream;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the configured organization file at start-up: units first (parents before children), then
 * officers. Running it again changes nothing that is already as the file says.
 */
@Component
@Order(10)
class OrganizationFileLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OrganizationFileLoader.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final OrganizationProperties properties;
    private final OrganizationService organization;

    OrganizationFileLoader(OrganizationProperties properties, OrganizationService organization) {
        this.properties = properties;
        this.organization = organization;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) throws IOException {
        if (properties.file() == null) {
            return;
        }
        OrganizationFile file;
        try (InputStream in = properties.file().getInputStream()) {
            file = OrganizationFile.read(in);
        }
        file.units().forEach(entry -> organization.saveUnit(entry.toUnit()));
        for (OrganizationFile.OfficerEntry officer : file.officers()) {
            List<Role> roles = officer.roles().stream().map(Role::ofCode).toList();
            organization.saveOfficer(officer.username(), officer.name(), officer.unit(), roles,
                    officer.email(), initialPassword());
        }
        log.info("Organization file {} applied: {} units, {} officers",
                properties.file().getDescription(), file.units().size(), file.officers().size());
    }

    /** Demo officers share the dev profile's password; real ones get an unguessable one to reset. */
    private String initialPassword() {
        if (properties.initialPassword() != null) {
            return properties.initialPassword();
        }
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().encodeToString(bytes);
    }
}
