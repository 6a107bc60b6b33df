package org.rapport.transcript;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Finds named columns in a header row, in any order and case; unknown columns are ignored. */
final class CsvColumns {
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, String> headerNames = new HashMap<>();
    private final SourceText source;
    private final int width;

    private CsvColumns(SourceText source, int width) {
        this.source = source;
        this.width = width;
    }

    /**
     * @param aliases for each column name Rapport uses, the header names accepted for it (the name itself included)
     * @param required the column names that must be present
     */
    static CsvColumns of(SourceText source, CsvTable.Row header, Map<String, List<String>> aliases, List<String> required) {
        CsvColumns columns = new CsvColumns(source, header.values().size());
        for (int c = 0; c < header.values().size(); c++) {
            String name = normalise(header.values().get(c));
            for (Map.Entry<String, List<String>> e : aliases.entrySet()) {
                if (!e.getValue().contains(name)) continue;
                if (columns.index.containsKey(e.getKey())) {
                    throw source.error(header.line(), "column '" + e.getKey() + "' appears twice in the header");
                }
                columns.index.put(e.getKey(), c);
                columns.headerNames.put(e.getKey(), name);
            }
        }
        for (String name : required) {
            if (!columns.index.containsKey(name)) {
                throw source.error(header.line(), "the header has no '" + name + "' column (required: "
                        + String.join(", ", required) + "; found: " + String.join(", ", header.values()) + ")");
            }
        }
        return columns;
    }

    static String normalise(String headerName) {
        return headerName.trim().toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    boolean has(String column) {
        return index.containsKey(column);
    }

    /** The header's name (normalised) of a column, or null when the header has none. */
    String headerName(String column) {
        return headerNames.get(column);
    }

    /**
     * What is wrong with a row that has more fields than the header (an unquoted delimiter in a text would lose
     * words), or null when it has not.
     */
    String widthProblem(CsvTable.Row row) {
        if (row.values().size() <= width) return null;
        return "has " + row.values().size() + " fields but the header has " + width
                + " (a comma in a text that is not quoted?)";
    }

    /** The trimmed value of a column in a row; empty when the column is absent or the row is short. */
    String get(CsvTable.Row row, String column) {
        Integer c = index.get(column);
        return c == null ? "" : row.get(c);
    }
}
