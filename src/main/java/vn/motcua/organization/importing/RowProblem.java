package vn.motcua.organization.importing;

/**
 * Why a row of an organization file cannot be imported.
 *
 * @param row     the row number as the file shows it
 * @param column  the Vietnamese header of the column at fault, or {@code null} for the whole row
 * @param message what is wrong and how to write it, in Vietnamese
 */
public record RowProblem(int row, String column, String message) {
}
