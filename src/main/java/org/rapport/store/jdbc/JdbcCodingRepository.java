package org.rapport.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rapport.model.coding.Coding;
import org.rapport.store.CodingRepository;
import org.rapport.store.Selection;
import org.rapport.store.StoreConflictException;

/** Codings in table coding, each change with its audit row. */
final class JdbcCodingRepository implements CodingRepository {
    private static final String SELECT = "SELECT id, session_id, rater_id, codebook_id, codebook_version, code_id,"
            + " start_ms, end_ms, first_utterance, last_utterance, coded_value, note, created_at, updated_at, row_version"
            + " FROM coding";
    private static final String PROJECT_ORDER = " ORDER BY session_id, start_ms, id";
    private static final String INSERT = "INSERT INTO coding (session_id, rater_id, codebook_id, codebook_version,"
            + " code_id, start_ms, end_ms, first_utterance, last_utterance, coded_value, note, created_at, updated_at,"
            + " import_batch_id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";

    private final Sql sql;
    private final JdbcAuditLog audit;

    JdbcCodingRepository(Sql sql, JdbcAuditLog audit) {
        this.sql = sql;
        this.audit = audit;
    }

    @Override
    public Coding insert(Coding k, Long actingRaterId) {
        audit.acting(actingRaterId);
        Instant now = Instant.now();
        long id = sql.insert(INSERT, ps -> bindInsert(ps, k, now, null));
        Coding stored = stored(id, k, now);
        audit.write(actingRaterId, "insert", ENTITY, stored.id(), null, describe(stored));
        return stored;
    }

    @Override
    public void stage(long batchId, List<Coding> codings, Long actingRaterId) {
        Instant now = Instant.now();
        long[] ids = sql.batchInsert(INSERT, codings, (ps, k) -> bindInsert(ps, k, now, batchId));
        List<JdbcAuditLog.Change> changes = new ArrayList<>(codings.size());
        for (int i = 0; i < ids.length; i++) {
            changes.add(new JdbcAuditLog.Change("insert", ENTITY, ids[i], null, describe(stored(ids[i], codings.get(i), now))));
        }
        audit.writeStaged(actingRaterId, batchId, changes);
    }

    private static void bindInsert(java.sql.PreparedStatement ps, Coding k, Instant now, Long batchId)
            throws SQLException {
        ps.setLong(1, k.sessionId());
        ps.setLong(2, k.raterId());
        ps.setString(3, k.codebookId());
        ps.setString(4, k.codebookVersion());
        ps.setString(5, k.codeId());
        ps.setLong(6, k.startMs());
        ps.setLong(7, k.endMs());
        Sql.setNullableInt(ps, 8, k.firstUtterance());
        Sql.setNullableInt(ps, 9, k.lastUtterance());
        Sql.setNullableDouble(ps, 10, k.value());
        ps.setString(11, k.note());
        Sql.setInstant(ps, 12, now);
        Sql.setInstant(ps, 13, now);
        Sql.setNullableLong(ps, 14, batchId);
    }

    private static Coding stored(long id, Coding k, Instant now) {
        return new Coding(id, k.sessionId(), k.raterId(), k.codebookId(), k.codebookVersion(), k.codeId(),
                k.startMs(), k.endMs(), k.firstUtterance(), k.lastUtterance(), k.value(), k.note(), now, now, 1);
    }

    @Override
    public Coding update(Coding k, Long actingRaterId) {
        audit.acting(actingRaterId);
        Coding before = existing(k.id());
        int expected = k.version() > 0 ? k.version() : before.version();
        if (expected != before.version()) throw conflict(k, before.version());
        Instant now = Instant.now();
        int changed = sql.update("UPDATE coding SET code_id = ?, start_ms = ?, end_ms = ?, first_utterance = ?,"
                + " last_utterance = ?, coded_value = ?, note = ?, updated_at = ?, row_version = row_version + 1"
                + " WHERE id = ? AND row_version = ?", ps -> {
            ps.setString(1, k.codeId());
            ps.setLong(2, k.startMs());
            ps.setLong(3, k.endMs());
            Sql.setNullableInt(ps, 4, k.firstUtterance());
            Sql.setNullableInt(ps, 5, k.lastUtterance());
            Sql.setNullableDouble(ps, 6, k.value());
            ps.setString(7, k.note());
            Sql.setInstant(ps, 8, now);
            ps.setLong(9, k.id());
            ps.setInt(10, expected);
        });
        if (changed == 0) throw conflict(k, expected + 1); // another writer got there between the read and the write
        Coding after = new Coding(before.id(), before.sessionId(), before.raterId(), before.codebookId(),
                before.codebookVersion(), k.codeId(), k.startMs(), k.endMs(), k.firstUtterance(), k.lastUtterance(),
                k.value(), k.note(), before.created(), now, expected + 1);
        audit.write(actingRaterId, "update", ENTITY, k.id(), describe(before), describe(after));
        return after;
    }

    @Override
    public void delete(long codingId, Long actingRaterId) {
        delete(existing(codingId), actingRaterId);
    }

    /** Deletes every coding of a session, each with its audit row (part of deleting the session). */
    void deleteOfSession(long sessionId, Long actingRaterId) {
        for (Coding k : forSession(sessionId, null)) delete(k, actingRaterId);
    }

    private static StoreConflictException conflict(Coding edited, int storedVersion) {
        return new StoreConflictException("coding " + edited.id() + " was changed by someone else since it was read"
                + " (stored version " + storedVersion + ", edited from version " + edited.version() + "); nothing was"
                + " saved: reload the session to see the change, then edit again");
    }

    private void delete(Coding before, Long actingRaterId) {
        audit.acting(actingRaterId);
        sql.update("DELETE FROM coding WHERE id = ?", ps -> ps.setLong(1, before.id()));
        audit.write(actingRaterId, "delete", ENTITY, before.id(), describe(before), null);
    }

    private Coding existing(long id) {
        return byId(id).orElseThrow(() -> new SqlFailure(new SQLException("no coding " + id)));
    }

    @Override
    public Optional<Coding> byId(long id) {
        return sql.first(SELECT + " WHERE id = ?" + Visibility.AND_VISIBLE, ps -> ps.setLong(1, id),
                JdbcCodingRepository::coding);
    }

    @Override
    public List<Coding> forSession(long sessionId, Long raterId) {
        Where where = new Where().equal("session_id", sessionId).equal("rater_id", raterId).visible();
        return sql.list(SELECT + where.sql() + " ORDER BY start_ms, id", where, JdbcCodingRepository::coding);
    }

    @Override
    public List<Coding> in(Selection selection) {
        Where where = Where.of(selection).visible();
        return sql.list(SELECT + where.sql() + PROJECT_ORDER, where, JdbcCodingRepository::coding);
    }

    @Override
    public List<Coding> ofCode(String codeId, Selection selection) {
        Where where = Where.of(selection).equal("code_id", codeId).visible();
        return sql.list(SELECT + where.sql() + PROJECT_ORDER, where, JdbcCodingRepository::coding);
    }

    /** A row of {@code SELECT}, read by position (by name costs a lookup per cell of a whole project). */
    private static Coding coding(ResultSet rs) throws SQLException {
        return new Coding(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), rs.getLong(7), rs.getLong(8), Sql.nullableInt(rs, 9), Sql.nullableInt(rs, 10),
                Sql.nullableDouble(rs, 11), rs.getString(12), Sql.instant(rs, 13), Sql.instant(rs, 14), rs.getInt(15));
    }

    private static Map<String, Object> describe(Coding k) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", k.id());
        m.put("session_id", k.sessionId());
        m.put("rater_id", k.raterId());
        m.put("codebook", k.codebookId() + "@" + k.codebookVersion());
        m.put("code", k.codeId());
        m.put("start_ms", k.startMs());
        m.put("end_ms", k.endMs());
        m.put("first_utterance", k.firstUtterance());
        m.put("last_utterance", k.lastUtterance());
        m.put("value", k.value());
        m.put("note", k.note());
        return m;
    }
}
