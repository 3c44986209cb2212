package vn.motcua.organization;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Applies the configured organization file at start-up: units first (parents before children), then
 * officers, each in one batch as an import does. Running it again changes nothing that is already as the file
 * says. New officers get the configured initial password (a demo credential) or an unguessable one an
 * administrator resets ({@link ImportedAccountPasswords}).
 */
@Component
@Order(10)
class OrganizationFileLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(OrganizationFileLoader.class);

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
        organization.saveUnits(file.units().stream().map(OrganizationFile.UnitEntry::toUnit).toList());
        Set<String> unitCodes = organization.units().stream().map(Unit::code).collect(Collectors.toSet());
        Map<String, OrganizationService.Account> accounts = organization.accounts();
        List<OrganizationService.OfficerAssignment> changed = new ArrayList<>();
        for (OrganizationFile.OfficerEntry officer : file.officers()) {
            if (!unitCodes.contains(officer.unit())) {
                throw new IllegalStateException("Officer " + officer.username() + " of the organization file names unit "
                        + officer.unit() + ", which is neither in the file nor saved");
            }
            Set<Role> roles = EnumSet.noneOf(Role.class);
            officer.roles().forEach(role -> roles.add(Role.ofCode(role)));
            OrganizationService.OfficerAssignment assignment = new OrganizationService.OfficerAssignment(
                    officer.username(), officer.name(), officer.email(), officer.unit(), roles);
            OrganizationService.Account account = accounts.get(officer.username());
            if (account == null || !account.matches(assignment,
                    organization.groupsOf(assignment.unitCode(), assignment.roles()))) {
                changed.add(assignment);
            }
        }
        organization.saveOfficers(changed, accounts);
        log.info("Organization file {} applied: {} units, {} officers",
                properties.file().getDescription(), file.units().size(), file.officers().size());
    }
}
