package org.rapport.report.table;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A table exported for R and SPSS: its columns and its rows. A cell is text, a number, or the empty string for a
 * missing value (R reads it as NA, SPSS as system-missing).
 */
public record DataTable(List<Column> columns, List<List<Object>> rows) {
    private static final Pattern LINE_BREAK = Pattern.compile("\\r\\n|[\\r\\n]");

    public DataTable {
        columns = List.copyOf(columns);
        for (List<Object> row : rows) {
            if (row.size() != columns.size()) {
                throw new IllegalArgumentException("a row has " + row.size() + " cells for " + columns.size() + " columns");
            }
        }
    }

    /** The table with every line break inside a text cell made a space, and how many cells had one. */
    public Flattened withoutLineBreaks() {
        int changed = 0;
        List<List<Object>> out = new ArrayList<>(rows.size());
        for (List<Object> row : rows) {
            List<Object> cells = new ArrayList<>(row.size());
            for (Object cell : row) {
                if (cell instanceof String text && LINE_BREAK.matcher(text).find()) {
                    cells.add(LINE_BREAK.matcher(text).replaceAll(" "));
                    changed++;
                } else {
                    cells.add(cell);
                }
            }
            out.add(cells);
        }
        return new Flattened(new DataTable(columns, out), changed);
    }

    /** A table without line breaks in its cells, and how many cells lost one. */
    public record Flattened(DataTable table, int cellsChanged) {
    }

    /** The header: the columns' names. */
    public List<String> names() {
        return columns.stream().map(Column::name).toList();
    }
}
