package org.rapport.store.jdbc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

/**
 * The checks every engine's store passes when it is sound, in portable SQL: every table read row by row in full,
 * each session's counts against its utterances and participants, utterance indexes 0..n-1, an audit row for every
 * coding and rating, and no import left unpublished.
 */
public final class ConsistencyCheck {
    /** The tables of the schema, parents first. */
    static final List<String> TABLES = List.of("project_meta", "codebook", "rater", "import_batch", "session",
            "participant", "utterance", "assignment", "coding", "rating", "audit_log", "workspace_state");

    private ConsistencyCheck() {
    }

    static void run(Connection c, List<String> problems, Map<String, Long> rows) throws SQLException {
        for (String table : TABLES) {
            try {
                rows.put(table, readAll(c, "SELECT * FROM " + table));
            } catch (SQLException e) {
                problems.add("table " + table + " cannot be read in full: " + firstLine(e));
            }
        }
        each(c, "SELECT s.name, s.utterance_count, (SELECT COUNT(*) FROM utterance u WHERE u.session_id = s.id),"
                + " (SELECT MIN(idx) FROM utterance u WHERE u.session_id = s.id),"
                + " (SELECT MAX(idx) FROM utterance u WHERE u.session_id = s.id),"
                + " s.participant_count, (SELECT COUNT(*) FROM participant p WHERE p.session_id = s.id)"
                + " FROM session s WHERE " + Visibility.VISIBLE + " ORDER BY s.name", rs -> {
            String name = rs.getString(1);
            long claimed = rs.getLong(2);
            long present = rs.getLong(3);
            if (claimed != present) {
                problems.add("session " + name + " claims " + claimed + " utterances but holds " + present);
            } else if (present > 0 && (rs.getLong(4) != 0 || rs.getLong(5) != present - 1)) {
                problems.add("session " + name + ": utterance indexes run " + rs.getLong(4) + ".." + rs.getLong(5)
                        + ", not 0.." + (present - 1));
            }
            if (rs.getLong(6) != rs.getLong(7)) {
                problems.add("session " + name + " claims " + rs.getLong(6) + " participants but holds "
                        + rs.getLong(7));
            }
        });
        for (String entity : List.of("coding", "rating")) {
            each(c, "SELECT COUNT(*) FROM " + entity + " t WHERE " + Visibility.VISIBLE + " AND NOT EXISTS"
                    + " (SELECT 1 FROM audit_log a WHERE a.entity = '" + entity + "' AND a.entity_id = t.id)", rs -> {
                if (rs.getLong(1) > 0) problems.add(rs.getLong(1) + " " + entity + "s have no audit row");
            });
        }
        each(c, "SELECT id, kind, source, started_at, (SELECT COUNT(*) FROM coding WHERE import_batch_id = b.id)"
                + " + (SELECT COUNT(*) FROM rating WHERE import_batch_id = b.id)"
                + " + (SELECT COUNT(*) FROM session WHERE import_batch_id = b.id)"
                + " FROM import_batch b WHERE state = '" + Visibility.STAGING + "' ORDER BY id", rs -> problems.add(
                "an unpublished import is left over (batch " + rs.getLong(1) + ", " + rs.getString(2).toLowerCase()
                        + " from " + rs.getString(3) + ", started " + rs.getTimestamp(4).toInstant() + ", "
                        + rs.getLong(5) + " rows staged): it is invisible, and removed when the project is next"
                        + " opened for writing"));
        each(c, "SELECT COUNT(*) FROM project_meta WHERE meta_key = 'transcript_revision'", rs -> {
            if (rs.getLong(1) != 1) problems.add("the transcript revision is missing from project_meta");
        });
    }

    /** Reads every column of every row of a query (so every page it touches is read); returns the row count. */
    public static long readAll(Connection c, String query) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query)) {
            int columns = rs.getMetaData().getColumnCount();
            long n = 0;
            while (rs.next()) {
                for (int i = 1; i <= columns; i++) rs.getObject(i);
                n++;
            }
            return n;
        }
    }

    @FunctionalInterface
    interface RowCheck {
        void check(ResultSet rs) throws SQLException;
    }

    private static void each(Connection c, String query, RowCheck check) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(query); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) check.check(rs);
        }
    }

    public static String firstLine(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }
}
