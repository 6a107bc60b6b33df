package org.rapport.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The audit trail: one row per insert, update and delete of a coding or rating, written in the same transaction. */
public final class AuditLog {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One audit row as read back. */
    public record Entry(long id, Instant at, Long raterId, String action, String entity, long entityId,
                        String beforeJson, String afterJson) {
    }

    private AuditLog() {
    }

    static void write(Connection c, Long actingRaterId, String action, String entity, long entityId,
                      Map<String, Object> before, Map<String, Object> after) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO audit_log (at, rater_id, action, entity, entity_id,"
                + " before_json, after_json) VALUES (?,?,?,?,?,?,?)")) {
            Sql.setInstant(ps, 1, Instant.now());
            Sql.setNullableLong(ps, 2, actingRaterId);
            ps.setString(3, action);
            ps.setString(4, entity);
            ps.setLong(5, entityId);
            ps.setString(6, toJson(before));
            ps.setString(7, toJson(after));
            ps.executeUpdate();
        }
    }

    public static List<Entry> forEntity(Connection c, String entity, long entityId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, at, rater_id, action, entity, entity_id, before_json,"
                + " after_json FROM audit_log WHERE entity = ? AND entity_id = ? ORDER BY id")) {
            ps.setString(1, entity);
            ps.setLong(2, entityId);
            return list(ps);
        }
    }

    public static List<Entry> all(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, at, rater_id, action, entity, entity_id, before_json,"
                + " after_json FROM audit_log ORDER BY id")) {
            return list(ps);
        }
    }

    private static List<Entry> list(PreparedStatement ps) throws SQLException {
        List<Entry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Entry(rs.getLong(1), Sql.instant(rs, "at"), Sql.nullableLong(rs, "rater_id"),
                        rs.getString(4), rs.getString(5), rs.getLong(6), rs.getString(7), rs.getString(8)));
            }
        }
        return out;
    }

    private static String toJson(Map<String, Object> m) {
        if (m == null) return null;
        try {
            return JSON.writeValueAsString(m);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("audit row not serialisable", e);
        }
    }
}
