package vn.motcua.catalog.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * What an import changes in the catalog.
 *
 * @param unchanged how many procedures of the file are identical to their latest version
 */
public record CatalogDiff(List<Added> added, List<Amended> amended, List<Abolished> abolished, int unchanged) {

    /** A procedure new to the catalog, stored as version 1 (or the next version if it was abolished before). */
    public record Added(String code, String name, int version, String processKey) {
    }

    /** A procedure whose fields changed: a new version, in force from the import's effective date. */
    public record Amended(String code, String name, int fromVersion, int toVersion, List<Change> changes) {
    }

    /** One changed field, as the catalog shows it. */
    public record Change(String field, String oldValue, String newValue) {
    }

    /** A procedure missing from a complete file: its open versions end the day before the effective date. */
    public record Abolished(String code, String name, int version, LocalDate lastDay) {
    }
}
