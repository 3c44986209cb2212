package vn.motcua.catalog.importing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import vn.motcua.files.UploadedTable.Format;
import vn.motcua.files.UploadedTable.Line;
import vn.motcua.files.UploadedTable;
import vn.motcua.platform.web.InvalidRequestException;

/**
 * The rows of a catalog export (CSV or the first sheet of an XLSX workbook, read as an {@link UploadedTable}) under
 * their columns. Title lines above the header are skipped; the header is the first line naming at least three
 * known columns.
 *
 * @param rows the data rows, numbered as the file shows them (CSV: record number, header = 1;
 *             XLSX: the spreadsheet row number)
 */
record CatalogSheet(List<CatalogColumn> columns, List<SheetRow> rows) {

    /** One data row: its number in the file and its non-blank cells by column. */
    record SheetRow(int number, Map<CatalogColumn, String> cells, List<String> otherCells) {

        String cell(CatalogColumn column) {
            return cells.getOrDefault(column, "");
        }

        boolean blank() {
            return cells.isEmpty() && otherCells.isEmpty();
        }
    }

    static CatalogSheet read(Format format, byte[] content) {
        return fromLines(UploadedTable.read(format, content).lines());
    }

    private static CatalogSheet fromLines(List<Line> lines) {
        for (int i = 0; i < lines.size(); i++) {
            List<CatalogColumn> columns = lines.get(i).cells().stream()
                    .map(header -> CatalogColumn.ofHeader(header).orElse(null)).toList();
            if (columns.stream().filter(column -> column != null).distinct().count() < 3) {
                continue;
            }
            List<String> missing = Arrays.stream(CatalogColumn.values())
                    .filter(column -> column.required() && !columns.contains(column))
                    .map(CatalogColumn::label).toList();
            if (!missing.isEmpty()) {
                throw new InvalidRequestException("Thiếu cột bắt buộc: " + String.join("; ", missing) + ".");
            }
            List<SheetRow> rows = new ArrayList<>();
            for (int j = i + 1; j < lines.size(); j++) {
                Map<CatalogColumn, String> cells = new EnumMap<>(CatalogColumn.class);
                List<String> others = new ArrayList<>();
                List<String> line = lines.get(j).cells();
                for (int c = 0; c < line.size(); c++) {
                    String value = line.get(c);
                    if (value == null || value.isBlank()) {
                        continue;
                    }
                    CatalogColumn column = c < columns.size() ? columns.get(c) : null;
                    if (column == null) {
                        others.add(value.trim());
                    } else {
                        cells.putIfAbsent(column, value.trim());
                    }
                }
                SheetRow row = new SheetRow(lines.get(j).number(), cells, others);
                if (!row.blank()) {
                    rows.add(row);
                }
            }
            return new CatalogSheet(columns.stream().filter(column -> column != null).distinct().toList(), rows);
        }
        throw new InvalidRequestException("Không tìm thấy dòng tiêu đề: cần các cột như Mã thủ tục, Tên thủ tục, "
                + "Lĩnh vực, Cấp thực hiện, Cơ quan thực hiện, Thời hạn giải quyết, Phí, lệ phí.");
    }
}
