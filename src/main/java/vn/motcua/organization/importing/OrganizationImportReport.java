package vn.motcua.organization.importing;

import java.util.List;

/**
 * The answer to an organization import.
 *
 * @param rows        data rows read (title and header lines not counted)
 * @param created     codes of units or user names of officers the import creates
 * @param updated     those it changes (name, kind, parent; name, e-mail, unit, roles)
 * @param deactivated officers it marks as having left
 * @param reactivated officers who had left and are active again
 * @param unchanged   rows (and officers) already as the file says
 * @param warnings    what the import leaves alone and why
 * @param written     whether anything was saved (never on a dry run, nor for a file with invalid rows unless they
 *                    are skipped)
 */
public record OrganizationImportReport(String fileName, String format, boolean dryRun, int rows, int validRows,
                                       int invalidRows, List<RowProblem> problems, List<String> created,
                                       List<String> updated, List<String> deactivated, List<String> reactivated,
                                       int unchanged, List<String> warnings, boolean written) {
}
