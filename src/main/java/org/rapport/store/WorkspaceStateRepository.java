package org.rapport.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;

/** Small per-rater key/value state (last session, position, layout) so the workspace reopens as it was left. */
public final class WorkspaceStateRepository {
    private WorkspaceStateRepository() {
    }

    public static void put(Connection c, long raterId, String key, String value) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("MERGE INTO workspace_state (rater_id, state_key, state_value)"
                + " KEY (rater_id, state_key) VALUES (?,?,?)")) {
            ps.setLong(1, raterId);
            ps.setString(2, key);
            ps.setString(3, value);
            ps.executeUpdate();
        }
    }

    public static Optional<String> get(Connection c, long raterId, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT state_value FROM workspace_state WHERE rater_id = ? AND state_key = ?")) {
            ps.setLong(1, raterId);
            ps.setString(2, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
            }
        }
    }
}
