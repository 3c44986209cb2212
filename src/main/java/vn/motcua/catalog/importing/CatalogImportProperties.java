package vn.motcua.catalog.importing;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.core.io.Resource;
import org.springframework.util.unit.DataSize;

/**
 * How imported procedures find their process.
 *
 * @param processes   field (and optionally level) to process rules, first match wins; a procedure no rule maps
 *                    runs the process generated from its record ({@code Procedure.generatedProcessKey})
 * @param maxFileSize larger files are refused with 413
 * @param atStart     catalog exports (CSV or XLSX) imported at every start, after the organization: rows already in
 *                    the catalog unchanged make no version, invalid rows are skipped and logged; none by default (the
 *                    dev profile imports the sample catalog)
 */
@ConfigurationProperties("motcua.catalog.import")
public record CatalogImportProperties(@DefaultValue List<ProcessRule> processes,
                                      @DefaultValue("5MB") DataSize maxFileSize,
                                      @DefaultValue List<Resource> atStart) {

    /**
     * Procedures of a field (Lĩnh vực, compared without diacritics or case), at a level if given,
     * run the given process.
     */
    public record ProcessRule(String field, String level, String processKey) {
    }
}
