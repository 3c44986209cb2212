package vn.motcua.organization.importing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;

import vn.motcua.files.UploadedTable.Format;
import vn.motcua.files.UploadedTable.Line;
import vn.motcua.files.UploadedTable;
import vn.motcua.platform.web.InvalidRequestException;

/**
 * The rows of an organization file (CSV, or the first sheet of an XLSX workbook, read as an {@link UploadedTable})
 * under their columns: title lines above the header are skipped (the header is the first line naming at least
 * {@link #HEADER_COLUMNS} known columns).
 *
 * @param rows the non-blank data rows, numbered as the file shows them (CSV: record number; XLSX: row number)
 */
record ImportSheet<C extends Enum<C> & ImportColumn>(List<SheetRow<C>> rows) {

    static final int HEADER_COLUMNS = 3;

    /** One data row: its number in the file and its non-blank cells by column. */
    record SheetRow<C extends Enum<C>>(int number, Map<C, String> cells) {

        String cell(C column) {
            return cells.getOrDefault(column, "");
        }
    }

    static <C extends Enum<C> & ImportColumn> ImportSheet<C> read(Format format, byte[] content, Class<C> type) {
        return fromLines(UploadedTable.read(format, content).lines(), type);
    }

    private static <C extends Enum<C> & ImportColumn> ImportSheet<C> fromLines(List<Line> lines, Class<C> type) {
        C[] known = type.getEnumConstants();
        for (int i = 0; i < lines.size(); i++) {
            List<C> columns = new ArrayList<>();
            for (String header : lines.get(i).cells()) {
                String key = UploadedTable.plainKey(header);
                C match = null;
                for (C column : known) {
                    if (column.keys().contains(key)) {
                        match = column;
                        break;
                    }
                }
                columns.add(match);
            }
            EnumSet<C> present = EnumSet.noneOf(type);
            columns.stream().filter(column -> column != null).forEach(present::add);
            if (present.size() < HEADER_COLUMNS) {
                continue;
            }
            List<String> missing = new ArrayList<>();
            for (C column : known) {
                if (column.required() && !present.contains(column)) {
                    missing.add(column.label());
                }
            }
            if (!missing.isEmpty()) {
                throw new InvalidRequestException("Thiếu cột bắt buộc: " + String.join("; ", missing) + ".");
            }
            List<SheetRow<C>> rows = new ArrayList<>();
            for (int j = i + 1; j < lines.size(); j++) {
                Map<C, String> cells = new EnumMap<>(type);
                List<String> line = lines.get(j).cells();
                for (int c = 0; c < Math.min(line.size(), columns.size()); c++) {
                    String value = line.get(c);
                    if (columns.get(c) != null && value != null && !value.isBlank()) {
                        cells.putIfAbsent(columns.get(c), value.strip());
                    }
                }
                if (!cells.isEmpty()) {
                    rows.add(new SheetRow<>(lines.get(j).number(), cells));
                }
            }
            return new ImportSheet<>(rows);
        }
        List<String> required = new ArrayList<>();
        for (C column : known) {
            if (column.required()) {
                required.add(column.label());
            }
        }
        throw new InvalidRequestException("Không tìm thấy dòng tiêu đề: cần các cột " + String.join("; ", required) + ".");
    }
}
