package vn.motcua.catalog.importing;

import java.time.LocalDate;
import java.util.List;

/**
 * The answer to an import: the per-row report and the diff against the catalog.
 *
 * @param rows     data rows read (heading rows not counted)
 * @param written  whether the catalog was changed (never on a dry run or an invalid file)
 * @param warnings problems that do not stop the import, such as a process not deployed yet
 */
public record CatalogImportReport(String fileName, String format, boolean dryRun, boolean complete,
                                  LocalDate effectiveFrom, int rows, int validRows, int invalidRows,
                                  List<RowProblem> problems, List<String> warnings, CatalogDiff diff,
                                  boolean written) {

    public boolean valid() {
        return problems.isEmpty();
    }
}
