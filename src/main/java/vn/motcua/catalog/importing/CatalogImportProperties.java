package vn.motcua.catalog.importing;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * How imported procedures find their process.
 *
 * @param processes   field (and optionally level) to process rules, first match wins; a procedure no rule maps
 *                    runs the process generated from its record ({@code Procedure.generatedProcessKey})
 * @param maxFileSize larger files are refused with 413
 */
@ConfigurationProperties("motcua.catalog.import")
public record CatalogImportProperties(@DefaultValue List<ProcessRule> processes,
                                      @DefaultValue("5MB") DataSize maxFileSize) {

    /**
     * Procedures of a field (Lĩnh vực, compared without diacritics or case), at a level if given,
     * run the given process.
     */
    public record ProcessRule(String field, String level, String processKey) {
    }
}
