package org.rapport.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.rapport.store.Selection;

/** A WHERE clause built from the parts of a filter that are given, with its parameters (text or whole numbers). */
final class Where implements Sql.Binder {
    private final List<String> conditions = new ArrayList<>();
    private final List<Object> parameters = new ArrayList<>();

    /** The conditions of a selection of codings, ratings or assignments (their columns are named alike). */
    static Where of(Selection s) {
        return new Where().equal("codebook_id", s.codebookId()).in("session_id", s.sessionIds())
                .in("rater_id", s.raterIds());
    }

    /** column = value, unless the value is null (any). */
    Where equal(String column, Object value) {
        if (value != null) {
            conditions.add(column + " = ?");
            parameters.add(value);
        }
        return this;
    }

    /** column IN (values), unless the values are null (any); no values match no row. */
    Where in(String column, Collection<Long> values) {
        if (values == null) return this;
        if (values.isEmpty()) {
            conditions.add("1 = 0");
        } else {
            conditions.add(column + " IN (" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")");
            parameters.addAll(values);
        }
        return this;
    }

    /** Only rows readers may see: none of an import that is not published ({@link Visibility}). */
    Where visible() {
        conditions.add(Visibility.VISIBLE);
        return this;
    }

    String sql() {
        return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
    }

    @Override
    public void bind(PreparedStatement ps) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            Object p = parameters.get(i);
            if (p instanceof Long l) ps.setLong(i + 1, l);
            else ps.setString(i + 1, (String) p);
        }
    }
}
