package vn.motcua.organization.importing;

import java.util.List;
import java.util.stream.Stream;

import vn.motcua.files.UploadedTable;

/**
 * A column of an organization file. Headers match without diacritics, case or punctuation, so "Mã đơn vị",
 * "MA DON VI" and "ma_don_vi" are the same column (as in the catalog import).
 */
interface ImportColumn {

    /** Whether every file must have this column. */
    boolean required();

    /** The Vietnamese header, as reports name the column. */
    String label();

    /** The header and its aliases as {@link UploadedTable#plainKey}s. */
    List<String> keys();

    static List<String> keysOf(String label, String... aliases) {
        return Stream.concat(Stream.of(label), Stream.of(aliases)).map(UploadedTable::plainKey).toList();
    }
}
