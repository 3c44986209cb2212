/**
 * The administrative procedures the province publishes: code, name, level, field, legal time limit, fees,
 * required documents and the key of the process that handles each, loaded from YAML and imported from the
 * national procedure database's CSV/XLSX with a report of what changed ({@code importing}).
 */
@ApplicationModule(displayName = "Procedure catalog")
package vn.motcua.catalog;

import org.springframework.modulith.ApplicationModule;
