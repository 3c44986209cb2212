package vn.motcua.design.generation;

import org.springframework.stereotype.Component;

import vn.motcua.catalog.AgencyDirectory;
import vn.motcua.organization.OrganizationService;

/**
 * The catalog's agencies as the generated processes route them ({@link ProcedurePatterns#unknownAgency}): the
 * receiving commune's People's Committee for a commune-level procedure, else the unit the agency names.
 */
@Component
class UnitAgencies implements AgencyDirectory {

    private final OrganizationService organization;

    UnitAgencies(OrganizationService organization) {
        this.organization = organization;
    }

    @Override
    public Lookup current() {
        ProcedurePatterns patterns = ProcedurePatterns.byUnitNames(organization.unitNames());
        return patterns::unknownAgency;
    }
}
