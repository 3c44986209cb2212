package vn.motcua.organization;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The organization of a province as a YAML data file: its units and officers
 * (see {@code organization/demo-province.yaml}).
 */
public record OrganizationFile(List<UnitEntry> units, List<OfficerEntry> officers) {

    public record UnitEntry(String code, String name, UnitKind kind, String parent) {
        Unit toUnit() {
            return new Unit(code, name, kind, parent);
        }
    }

    public record OfficerEntry(String username, String name, String unit, List<String> roles, String email) {
    }

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    public static OrganizationFile read(InputStream in) throws IOException {
        OrganizationFile file = YAML.readValue(in, OrganizationFile.class);
        return new OrganizationFile(
                file.units() == null ? List.of() : file.units(),
                file.officers() == null ? List.of() : file.officers());
    }
}
