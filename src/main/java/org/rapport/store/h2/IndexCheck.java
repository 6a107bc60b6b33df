package org.rapport.store.h2;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.rapport.store.jdbc.ConsistencyCheck;

/**
 * Reads every table of an H2 store through each of its indexes (an index-sorted scan touches every index page) and
 * compares the rows each index holds with the rows of the table: a damaged page or an index out of step with its
 * table shows as a failed read or a different count.
 */
final class IndexCheck {
    private IndexCheck() {
    }

    static void run(Connection c, List<String> problems) throws SQLException {
        Map<String, Map<String, List<String>>> indexes = new LinkedHashMap<>(); // table -> index -> columns
        try (PreparedStatement ps = c.prepareStatement("SELECT TABLE_NAME, INDEX_NAME, COLUMN_NAME"
                + " FROM INFORMATION_SCHEMA.INDEX_COLUMNS WHERE TABLE_SCHEMA = 'PUBLIC'"
                + " ORDER BY TABLE_NAME, INDEX_NAME, ORDINAL_POSITION"); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                indexes.computeIfAbsent(rs.getString(1), t -> new LinkedHashMap<>())
                        .computeIfAbsent(rs.getString(2), i -> new ArrayList<>()).add(rs.getString(3));
            }
        }
        for (var table : indexes.entrySet()) {
            long tableRows;
            try {
                tableRows = ConsistencyCheck.readAll(c, "SELECT * FROM " + quoted(table.getKey()));
            } catch (SQLException e) {
                problems.add("table " + table.getKey().toLowerCase() + " cannot be read: "
                        + ConsistencyCheck.firstLine(e));
                continue;
            }
            for (var index : table.getValue().entrySet()) {
                String columns = String.join(", ", index.getValue().stream().map(IndexCheck::quoted).toList());
                try {
                    long n = ConsistencyCheck.readAll(c, "SELECT " + columns + " FROM " + quoted(table.getKey())
                            + " USE INDEX (" + quoted(index.getKey()) + ") ORDER BY " + columns);
                    if (n != tableRows) {
                        problems.add("index " + index.getKey() + " of table " + table.getKey().toLowerCase()
                                + " holds " + n + " rows, the table " + tableRows);
                    }
                } catch (SQLException e) {
                    problems.add("index " + index.getKey() + " of table " + table.getKey().toLowerCase()
                            + " cannot be read: " + ConsistencyCheck.firstLine(e));
                }
            }
        }
    }

    private static String quoted(String name) {
        return '"' + name.replace("\"", "\"\"") + '"';
    }
}
