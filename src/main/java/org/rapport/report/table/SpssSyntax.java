package org.rapport.report.table;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.rapport.transcript.LongCsv;
import org.rapport.transcript.SpreadsheetCells;

/**
 * An SPSS syntax file that reads an exported CSV with its variable names, types, variable labels, value labels and
 * measurement levels; it runs in SPSS Statistics and in GNU PSPP (docs/exports.md, "SPSS and PSPP"). Only commands
 * and functions both have are used ({@code GET DATA /TYPE=TXT}, {@code SUBSTR}, {@code INDEX}, {@code LTRIM}).
 * The CSV must hold no line breaks inside cells, which SPSS would read as new cases ({@link DataTable#withoutLineBreaks}).
 */
public final class SpssSyntax {
    /** SPSS's longest string variable, in bytes. */
    static final int MAX_STRING_BYTES = 32_767;
    private static final int MAX_VARIABLE_LABEL = 255;
    private static final int MAX_VALUE_LABEL = 120;
    private static final int NUMBER_WIDTH = 16;

    private SpssSyntax() {
    }

    /**
     * @param table       the table as written to the CSV file
     * @param csvFile     the CSV file's absolute path, as the syntax names it
     * @param description a line saying what the data are
     */
    public static String of(DataTable table, String csvFile, String description) {
        List<Column> columns = table.columns();
        StringBuilder s = new StringBuilder();
        s.append("* ").append(oneLine(description)).append(".\n");
        s.append("* Written by Rapport. Reads the CSV file named in /FILE below: change that line if you move it.\n");
        s.append("SET DECIMAL=DOT.\n");
        s.append("GET DATA\n  /TYPE=TXT\n  /FILE=").append(quoted(csvFile)).append("\n  /ENCODING='UTF8'\n")
                .append("  /ARRANGEMENT=DELIMITED\n  /DELCASE=LINE\n  /FIRSTCASE=2\n  /DELIMITERS=\",\"\n")
                .append("  /QUALIFIER='\"'\n  /VARIABLES=");
        for (int c = 0; c < columns.size(); c++) {
            s.append("\n    ").append(columns.get(c).name()).append(' ').append(format(table, c));
        }
        s.append(".\n");
        for (int c = 0; c < columns.size(); c++) {
            if (hasGuardedCell(table, c)) unguard(s, columns.get(c).name());
        }
        variableLabels(s, columns);
        valueLabels(s, columns);
        levels(s, columns);
        s.append("EXECUTE.\n");
        return s.toString();
    }

    /** F16.d for numbers, A(longest cell in bytes) for text. */
    private static String format(DataTable table, int c) {
        Column column = table.columns().get(c);
        if (column.kind() == Column.Kind.NUMBER) return "F" + NUMBER_WIDTH + "." + column.decimals();
        int bytes = 1;
        for (List<Object> row : table.rows()) {
            bytes = Math.max(bytes, written(row.get(c)).getBytes(StandardCharsets.UTF_8).length);
        }
        return "A" + Math.min(bytes, MAX_STRING_BYTES);
    }

    /** The cell as the CSV holds it. */
    private static String written(Object cell) {
        String text = cell instanceof Double d ? LongCsv.formatNumber(d) : String.valueOf(cell);
        return cell instanceof String ? SpreadsheetCells.guard(text) : text;
    }

    private static boolean hasGuardedCell(DataTable table, int c) {
        if (table.columns().get(c).kind() != Column.Kind.TEXT) return false;
        for (List<Object> row : table.rows()) {
            if (row.get(c) instanceof String t && !SpreadsheetCells.guard(t).equals(t)) return true;
        }
        return false;
    }

    /** Takes off the apostrophe that keeps spreadsheets from running a cell as a formula (SpreadsheetCells). */
    private static void unguard(StringBuilder s, String name) {
        s.append("* Cells that start with = + - or @ were written with an apostrophe in front for spreadsheets.\n");
        s.append("DO IF (SUBSTR(").append(name).append(", 1, 1) = \"'\" AND INDEX(\"=+-@\", SUBSTR(LTRIM(")
                .append(name).append(", \"'\"), 1, 1)) > 0).\n");
        s.append("  COMPUTE ").append(name).append(" = SUBSTR(").append(name).append(", 2).\n");
        s.append("END IF.\n");
    }

    private static void variableLabels(StringBuilder s, List<Column> columns) {
        List<String> parts = new ArrayList<>();
        for (Column c : columns) {
            if (c.label() != null && !c.label().isBlank()) parts.add(c.name() + " " + quoted(cut(c.label(), MAX_VARIABLE_LABEL)));
        }
        if (parts.isEmpty()) return;
        s.append("VARIABLE LABELS\n  ").append(String.join("\n  /", parts)).append(".\n");
    }

    private static void valueLabels(StringBuilder s, List<Column> columns) {
        List<String> parts = new ArrayList<>();
        for (Column c : columns) {
            if (c.valueLabels().isEmpty()) continue;
            StringBuilder p = new StringBuilder(c.name());
            for (Map.Entry<Double, String> e : c.valueLabels().entrySet()) {
                p.append("\n    ").append(LongCsv.formatNumber(e.getKey())).append(' ')
                        .append(quoted(cut(e.getValue(), MAX_VALUE_LABEL)));
            }
            parts.add(p.toString());
        }
        if (parts.isEmpty()) return;
        s.append("VALUE LABELS\n  ").append(String.join("\n  /", parts)).append(".\n");
    }

    private static void levels(StringBuilder s, List<Column> columns) {
        List<String> parts = new ArrayList<>();
        for (Column.Level level : Column.Level.values()) {
            List<String> names = columns.stream().filter(c -> c.level() == level).map(Column::name).toList();
            if (!names.isEmpty()) parts.add(String.join(" ", names) + " (" + level + ")");
        }
        s.append("VARIABLE LEVEL\n  ").append(String.join("\n  /", parts)).append(".\n");
    }

    /** A string literal: single quotes, a quote inside doubled, on one line. */
    private static String quoted(String text) {
        return "'" + oneLine(text).replace("'", "''") + "'";
    }

    private static String oneLine(String text) {
        return text.replaceAll("[\\r\\n\\t]+", " ").strip();
    }

    /** At most this many UTF-8 bytes, cut at a character. */
    private static String cut(String text, int bytes) {
        String t = oneLine(text);
        while (t.getBytes(StandardCharsets.UTF_8).length > bytes) t = t.substring(0, t.length() - 1);
        return t;
    }
}
