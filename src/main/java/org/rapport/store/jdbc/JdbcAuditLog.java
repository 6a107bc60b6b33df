package org.rapport.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.rapport.store.AuditLog;

/**
 * The audit trail in table audit_log. On a file project the coding and rating repositories write it; on a server the
 * database's triggers do (with the real login), and the repositories only say beforehand who is acting.
 */
final class JdbcAuditLog implements AuditLog {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SELECT = "SELECT id, at, rater_id, action, entity, entity_id, before_json, after_json"
            + ", import_batch_id, login FROM audit_log";
    private static final String INSERT = "INSERT INTO audit_log (at, rater_id, action, entity, entity_id, before_json,"
            + " after_json, import_batch_id, login) VALUES (?,?,?,?,?,?,?,?,?)";
    /** What an acting rater is set to before the first change of a transaction. */
    private static final String NOBODY_YET = "unset";

    /** An audit row to write in a batch with others. */
    record Change(String action, String entity, long entityId, Map<String, Object> before, Map<String, Object> after) {
    }

    private final Sql sql;
    private final String login;
    private String actingSaid = NOBODY_YET;

    /** @param login who the file project's rows name as the engine's user (unused on a server) */
    JdbcAuditLog(Sql sql, String login) {
        this.sql = sql;
        this.login = login;
    }

    /**
     * Says who acts in the changes that follow. On a server the audit trigger reads it for the rows it writes (and
     * records a rater who logs in as themselves as themselves, whatever is said); on a file project it is unused.
     */
    void acting(Long actingRaterId) {
        if (!sql.dialect().auditedByTrigger()) return;
        String value = actingRaterId == null ? "" : actingRaterId.toString();
        if (value.equals(actingSaid)) return;
        sql.first("SELECT set_config('rapport.acting_rater', ?, true)", ps -> ps.setString(1, value),
                rs -> rs.getString(1));
        actingSaid = value;
    }

    /**
     * Writes one row: the entity before and after the change (null before an insert and after a delete). On a server
     * the trigger has written it already.
     */
    void write(Long actingRaterId, String action, String entity, long entityId, Map<String, Object> before,
               Map<String, Object> after) {
        if (sql.dialect().auditedByTrigger()) return;
        Instant now = Instant.now();
        sql.update(INSERT, ps -> bind(ps, now, actingRaterId, null, new Change(action, entity, entityId, before, after)));
    }

    /**
     * Writes the audit rows of an import batch's changes in one statement batch; they show once it is published. On a
     * server the trigger has written them already.
     */
    void writeStaged(Long actingRaterId, long batchId, List<Change> changes) {
        if (sql.dialect().auditedByTrigger()) return;
        Instant now = Instant.now();
        sql.batch(INSERT, changes, (ps, c) -> bind(ps, now, actingRaterId, batchId, c));
    }

    private void bind(java.sql.PreparedStatement ps, Instant at, Long actingRaterId, Long batchId, Change c)
            throws SQLException {
        Sql.setInstant(ps, 1, at);
        Sql.setNullableLong(ps, 2, actingRaterId);
        ps.setString(3, c.action());
        ps.setString(4, c.entity());
        ps.setLong(5, c.entityId());
        ps.setString(6, toJson(c.before()));
        ps.setString(7, toJson(c.after()));
        Sql.setNullableLong(ps, 8, batchId);
        ps.setString(9, login);
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
                rs.getLong(6), rs.getString(7), rs.getString(8), Sql.nullableLong(rs, 9), rs.getString(10));
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
