package vn.motcua.organization;

/**
 * A unit of the province.
 *
 * @param code       the national unit identifier, also the prefix of dossier codes received there
 * @param name       the Vietnamese name
 * @param kind       province, service center, department or commune
 * @param parentCode the enclosing unit, {@code null} for the province
 */
public record Unit(String code, String name, UnitKind kind, String parentCode) {
}
