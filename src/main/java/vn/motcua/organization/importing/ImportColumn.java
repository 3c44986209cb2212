package vn.motcua.organization.importing;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * A column of an organization file. Headers match without diacritics, case or punctuation, so "Mã đơn vị",
 * "MA DON VI" and "ma_don_vi" are the same column (as in the catalog import).
 */
interface ImportColumn {

    /** Whether every file must have this column. */
    boolean required();

    /** The Vietnamese header, as reports name the column. */
    String label();

    /** The header and its aliases as {@link #key}s. */
    List<String> keys();

    static List<String> keysOf(String label, String... aliases) {
        return Stream.concat(Stream.of(label), Stream.of(aliases)).map(ImportColumn::key).toList();
    }

    /** Lower case ASCII letters and digits only: "Mã đơn vị cấp trên" → "madonvicaptren". */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        String ascii = Normalizer.normalize(text.replace('đ', 'd').replace('Đ', 'D'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
