package org.rapport.store.jdbc;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Where an engine's SQL must differ from the portable statements, and who writes the audit trail.
 * <ul>
 *   <li>An upsert: the standard {@code MERGE … USING (VALUES …)} runs on H2 and PostgreSQL alike, but on PostgreSQL
 *   two writers merging the same new key at once make one of them fail; {@code INSERT … ON CONFLICT} is atomic.</li>
 *   <li>The audit trail: on a file project the repositories write it; on a server the database does, by trigger,
 *   with the real login (docs/decisions/0012-server-projects-on-postgresql.md), so the repositories only say who
 *   is acting.</li>
 * </ul>
 */
public enum Dialect {
    STANDARD(false), POSTGRESQL(true);

    private final boolean server;

    Dialect(boolean server) {
        this.server = server;
    }

    /** True when triggers write the audit trail and the repositories must not. */
    boolean auditedByTrigger() {
        return server;
    }

    /** A column of an upsert with its SQL type (the standard MERGE casts its parameters to it). */
    record Column(String name, String type) {
    }

    /** A column an upsert sets on an existing row, to an SQL expression (see {@link #incoming}). */
    record Set(String column, String expression) {
    }

    /** In an upsert's {@link Set} expression: the value the statement brings for a column. */
    String incoming(String column) {
        return (server ? "EXCLUDED." : "v.") + column;
    }

    /**
     * An upsert of one row: insert it, or when a row with the same key exists, set {@code updated} (none: leave it
     * as it is) to the values brought, only where {@code onlyIf} holds for the existing row (an SQL condition on
     * alias {@code t}, or null). Parameters are bound in the order of {@code columns}.
     */
    String upsert(String table, List<Column> columns, List<String> key, List<String> updated, String onlyIf) {
        return upsertSetting(table, columns, key, updated.stream().map(c -> new Set(c, incoming(c))).toList(), onlyIf);
    }

    /** As {@link #upsert}, with an expression for each column set (the existing row is alias {@code t}). */
    String upsertSetting(String table, List<Column> columns, List<String> key, List<Set> updated, String onlyIf) {
        String names = columns.stream().map(Column::name).collect(Collectors.joining(", "));
        String sets = updated.stream().map(u -> u.column() + " = " + u.expression()).collect(Collectors.joining(", "));
        if (server) {
            String insert = "INSERT INTO " + table + " AS t (" + names + ") VALUES ("
                    + columns.stream().map(c -> "?").collect(Collectors.joining(", ")) + ") ON CONFLICT ("
                    + String.join(", ", key) + ")";
            if (updated.isEmpty()) return insert + " DO NOTHING";
            return insert + " DO UPDATE SET " + sets + (onlyIf == null ? "" : " WHERE " + onlyIf);
        }
        StringBuilder merge = new StringBuilder("MERGE INTO ").append(table).append(" t USING (VALUES (")
                .append(columns.stream().map(c -> "CAST(? AS " + c.type() + ")").collect(Collectors.joining(", ")))
                .append(")) AS v (").append(names).append(") ON ")
                .append(key.stream().map(k -> "t." + k + " = v." + k).collect(Collectors.joining(" AND ")));
        if (!updated.isEmpty()) {
            merge.append(" WHEN MATCHED").append(onlyIf == null ? "" : " AND " + onlyIf).append(" THEN UPDATE SET ")
                    .append(sets);
        }
        return merge.append(" WHEN NOT MATCHED THEN INSERT (").append(names).append(") VALUES (")
                .append(columns.stream().map(c -> "v." + c.name()).collect(Collectors.joining(", "))).append(")")
                .toString();
    }
}
