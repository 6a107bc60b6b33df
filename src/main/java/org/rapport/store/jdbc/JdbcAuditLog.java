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
            + ", import_batch_id FROM audit_log";
    private static final String INSERT = "INSERT INTO audit_log (at, rater_id, action, entity, entity_id, before_json,"
            + " after_json, import_batch_id) VALUES (?,?,?,?,?,?,?,?)";

    /** An audit row to write in a batch with others. */
    record Change(String action, String entity, long entityId, Map<String, Object> before, Map<String, Object> after) {
    }

    private final Sql sql;

    JdbcAuditLog(Sql sql) {
        this.sql = sql;
    }

    /** Writes one row: the entity before and after the change (null before an insert and after a delete). */
    void write(Long actingRaterId, String action, String entity, long entityId, Map<String, Object> before,
               Map<String, Object> after) {
        Instant now = Instant.now();
        sql.update(INSERT, ps -> bind(ps, now, actingRaterId, null, new Change(action, entity, entityId, before, after)));
    }

    /** Writes the audit rows of an import batch's changes in one statement batch; they show once it is published. */
    void writeStaged(Long actingRaterId, long batchId, List<Change> changes) {
        Instant now = Instant.now();
        sql.batch(INSERT, changes, (ps, c) -> bind(ps, now, actingRaterId, batchId, c));
    }

    private static void bind(java.sql.PreparedStatement ps, Instant at, Long actingRaterId, Long batchId, Change c)
            throws SQLException {
        Sql.setInstant(ps, 1, at);
        Sql.setNullableLong(ps, 2, actingRaterId);
        ps.setString(3, c.action());
        ps.setString(4, c.entity());
        ps.setLong(5, c.entityId());
        ps.setString(6, toJson(c.before()));
        ps.setString(7, toJson(c.after()));
        Sql.setNullableLong(ps, 8, batchId);
    }

    @Override
    public List<Entry> forEntity(String entity, long entityId) {
        return sql.list(SELECT + " WHERE entity = ? AND entity_id = ?" + Visibility.AND_VISIBLE + " ORDER BY id", ps -> {
            ps.setString(1, entity);
            ps.setLong(2, entityId);
        }, JdbcAuditLog::entry);
    }

    @Override
    public List<Entry> all() {
        return sql.list(SELECT + " WHERE " + Visibility.VISIBLE + " ORDER BY id", Sql.NO_PARAMETERS,
                JdbcAuditLog::entry);
    }

    private static Entry entry(ResultSet rs) throws SQLException {
        return new Entry(rs.getLong(1), Sql.instant(rs, 2), Sql.nullableLong(rs, 3), rs.getString(4), rs.getString(5),
                rs.getLong(6), rs.getString(7), rs.getString(8), Sql.nullableLong(rs, 9));
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
