package vn.motcua.design.generation;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import vn.motcua.design.generation.StepTable.Field;
import vn.motcua.design.generation.StepTable.Step;

/**
 * A step table as a CSV file ({@code processes/internal/*.csv}) that a designer edits in Excel: first the
 * procedure's fields, one per row as {@code name;value} ({@code lane;<role>;<lane name>} and
 * {@code startField;<key>;<label>;<value>=<label>|…;<type>} may repeat, options and type optional), then a header row starting with {@code id} and one
 * row per step with the columns of the YAML steps ({@code id;name;role;unit;routing;days;hours;form;outcomes}, in
 * any order; outcomes separated by {@code ,} or {@code |}). Separator {@code ;} or {@code ,} (whichever the first
 * row uses more), UTF-8, rows starting with {@code #} are comments, empty rows are skipped.
 */
final class StepTableCsv {

    private static final List<String> STEP_COLUMNS = List.of("id", "name", "role", "unit", "routing", "days", "hours",
            "form", "outcomes");

    private StepTableCsv() {
    }

    static StepTable read(InputStream in, String source) throws IOException {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\uFEFF", "");
        CSVFormat format = CSVFormat.RFC4180.builder().setDelimiter(delimiterOf(text)).setCommentMarker('#')
                .setIgnoreEmptyLines(true).setTrim(true).get();
        Map<String, String> fields = new HashMap<>();
        Map<String, String> lanes = new LinkedHashMap<>();
        List<Field> startFields = new ArrayList<>();
        List<Step> steps = new ArrayList<>();
        Map<String, Integer> columns = null;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord row : parser) {
                String first = cell(row, 0);
                String where = source + " row " + row.getRecordNumber() + ": ";
                if (first == null) {
                    continue;
                }
                if (columns != null) {
                    steps.add(step(row, columns, where));
                } else if (first.equals("id")) {
                    columns = columnsOf(row, where);
                } else if (first.equals("lane")) {
                    lanes.put(required(row, 1, where + "lane needs a role"), required(row, 2, where + "lane needs a name"));
                } else if (first.equals("startField")) {
                    startFields.add(new Field(required(row, 1, where + "startField needs a key"),
                            required(row, 2, where + "startField needs a label"), options(cell(row, 3), where),
                            cell(row, 4)));
                } else if (List.of("processKey", "name", "procedureCode", "description", "sameDay", "workingDays",
                        "routing").contains(first)) {
                    fields.put(first, cell(row, 1));
                } else {
                    throw new IllegalArgumentException(where + "unknown field '" + first + "' (processKey, name, "
                            + "procedureCode, description, sameDay, workingDays, routing, lane, startField, or the "
                            + "step header row starting with id)");
                }
            }
        }
        if (columns == null) {
            throw new IllegalArgumentException(source + ": no step header row (" + String.join(";", STEP_COLUMNS) + ")");
        }
        return new StepTable(fields.get("processKey"), fields.get("name"), fields.get("procedureCode"),
                fields.get("description"), "true".equalsIgnoreCase(fields.get("sameDay")),
                integer(fields.get("workingDays"), source + ": workingDays"), fields.get("routing"),
                lanes.isEmpty() ? null : lanes, startFields.isEmpty() ? null : startFields, steps, source).validated();
    }

    private static Map<String, Integer> columnsOf(CSVRecord header, String where) {
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            String name = cell(header, i);
            if (name == null) {
                continue;
            }
            if (!STEP_COLUMNS.contains(name)) {
                throw new IllegalArgumentException(where + "unknown step column '" + name + "' ("
                        + String.join(", ", STEP_COLUMNS) + ")");
            }
            columns.put(name, i);
        }
        return columns;
    }

    private static Step step(CSVRecord row, Map<String, Integer> columns, String where) {
        String outcomes = value(row, columns, "outcomes");
        return new Step(value(row, columns, "id"), value(row, columns, "name"), value(row, columns, "role"),
                value(row, columns, "unit"), value(row, columns, "routing"),
                integer(value(row, columns, "days"), where + "days"), integer(value(row, columns, "hours"), where + "hours"),
                value(row, columns, "form"), outcomes == null ? null
                        : Arrays.stream(outcomes.split("[,|]")).map(String::strip).filter(o -> !o.isEmpty()).toList());
    }

    /** {@code ca-nhan=Cá nhân|to-chuc=Tổ chức}; none: a field of its type. */
    private static Map<String, String> options(String text, String where) {
        if (text == null) {
            return null;
        }
        Map<String, String> options = new LinkedHashMap<>();
        for (String option : text.split("\\|")) {
            String[] pair = option.split("=", 2);
            if (pair.length != 2 || pair[0].isBlank() || pair[1].isBlank()) {
                throw new IllegalArgumentException(where + "option '" + option + "' must be value=label");
            }
            options.put(pair[0].strip(), pair[1].strip());
        }
        return options;
    }

    private static String value(CSVRecord row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null ? null : cell(row, index);
    }

    private static String cell(CSVRecord row, int index) {
        if (index >= row.size()) {
            return null;
        }
        String value = row.get(index).strip();
        return value.isEmpty() ? null : value;
    }

    private static String required(CSVRecord row, int index, String message) {
        String value = cell(row, index);
        if (value == null) {
            throw new IllegalArgumentException(message);
        }
        return value;
    }

    private static Integer integer(String value, String what) {
        if (value == null) {
            return null;
        }
        try {
            return Integer.valueOf(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, not '" + value + "'");
        }
    }

    private static char delimiterOf(String text) {
        String first = text.lines().filter(line -> !line.isBlank() && !line.startsWith("#")).findFirst().orElse("");
        return first.chars().filter(c -> c == ';').count() >= first.chars().filter(c -> c == ',').count() ? ';' : ',';
    }
}
