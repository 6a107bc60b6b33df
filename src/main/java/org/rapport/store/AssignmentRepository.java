package org.rapport.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.rapport.model.coding.Assignment;
import org.rapport.model.coding.AssignmentStatus;

/** Which rater codes which session with which codebook, and how far they are. */
public final class AssignmentRepository {
    private AssignmentRepository() {
    }

    /** Assigns (or re-states) a session to a rater; an existing assignment keeps its status unless given. */
    public static void put(Connection c, Assignment a) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO assignment (session_id, rater_id, codebook_id, status)"
                + " KEY (session_id, rater_id, codebook_id) VALUES (?,?,?,?)")) {
            ps.setLong(1, a.sessionId());
            ps.setLong(2, a.raterId());
            ps.setString(3, a.codebookId());
            ps.setString(4, a.status().name());
            ps.executeUpdate();
        }
    }

    public static List<Assignment> forRater(Connection c, long raterId) throws SQLException {
        return list(c, "SELECT session_id, rater_id, codebook_id, status FROM assignment WHERE rater_id = ?", raterId);
    }

    public static List<Assignment> forSession(Connection c, long sessionId) throws SQLException {
        return list(c, "SELECT session_id, rater_id, codebook_id, status FROM assignment WHERE session_id = ?", sessionId);
    }

    private static List<Assignment> list(Connection c, String sql, long id) throws SQLException {
        List<Assignment> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Assignment(rs.getLong(1), rs.getLong(2), rs.getString(3),
                            AssignmentStatus.valueOf(rs.getString(4))));
                }
            }
        }
        return out;
    }
}
