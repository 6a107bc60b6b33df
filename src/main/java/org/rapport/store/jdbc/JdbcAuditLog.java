package org.rapport.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.rapport.store.AuditLog;

/** The audit trail in table audit_log; the coding and rating repositories write to it. */
final class JdbcAuditLog implements AuditLog {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SELECT = "SELECT id, at, rater_id, action, entity, entity_id, before_json, after_json"
            + " FROM audit_log";

    private final Sql sql;

    JdbcAuditLog(Sql sql) {
        this.sql = sql;
    }

    /** Writes one row: the entity before and after the change (null before an insert and after a delete). */
    void write(Long actingRaterId, String action, String entity, long entityId, Map<String, Object> before,
               Map<String, Object> after) {
        sql.update("INSERT INTO audit_log (at, rater_id, action, entity, entity_id, before_json, after_json)"
                + " VALUES (?,?,?,?,?,?,?)", ps -> {
            Sql.setInstant(ps, 1, Instant.now());
            Sql.setNullableLong(ps, 2, actingRaterId);
            ps.setString(3, action);
            ps.setString(4, entity);
            ps.setLong(5, entityId);
            ps.setString(6, toJson(before));
            ps.setString(7, toJson(after));
        });
    }

    @Override
    public List<Entry> forEntity(String entity, long entityId) {
        return sql.list(SELECT + " WHERE entity = ? AND entity_id = ? ORDER BY id", ps -> {
            ps.setString(1, entity);
            ps.setLong(2, entityId);
        }, JdbcAuditLog::entry);
    }

    @Override
    public List<Entry> all() {
        return sql.list(SELECT + " ORDER BY id", Sql.NO_PARAMETERS, JdbcAuditLog::entry);
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong(1), Sql.instant(rs, 2), Sql.nullableLong(rs, 3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getString(7), rs.getString(8));
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
