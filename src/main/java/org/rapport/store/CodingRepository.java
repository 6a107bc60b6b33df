package org.rapport.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rapport.model.coding.Coding;

/** Codings, each change written with its audit row in the caller's transaction. */
public final class CodingRepository {
    public static final String ENTITY = "coding";
    private static final String COLUMNS = "id, session_id, rater_id, codebook_id, codebook_version, code_id, start_ms,"
            + " end_ms, first_utterance, last_utterance, coded_value, note, created_at, updated_at";

    private CodingRepository() {
    }

    /** Inserts a coding (id and times stamped here) and its audit row; returns the stored coding. */
    public static Coding insert(Connection c, Coding k, Long actingRaterId) throws SQLException {
        Instant now = Instant.now();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO coding (session_id, rater_id, codebook_id,"
                + " codebook_version, code_id, start_ms, end_ms, first_utterance, last_utterance, coded_value, note,"
                + " created_at, updated_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", Statement.RETURN_GENERATED_KEYS)) {
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
            ps.executeUpdate();
            Coding stored = new Coding(Sql.generatedId(ps), k.sessionId(), k.raterId(), k.codebookId(),
                    k.codebookVersion(), k.codeId(), k.startMs(), k.endMs(), k.firstUtterance(), k.lastUtterance(),
                    k.value(), k.note(), now, now);
            AuditLog.write(c, actingRaterId, "insert", ENTITY, stored.id(), null, describe(stored));
            return stored;
        }
    }

    /** Updates code, times, span, value and note of an existing coding; returns the stored coding. */
    public static Coding update(Connection c, Coding k, Long actingRaterId) throws SQLException {
        Coding before = byId(c, k.id()).orElseThrow(() -> new SQLException("no coding " + k.id()));
        Instant now = Instant.now();
        try (PreparedStatement ps = c.prepareStatement("UPDATE coding SET code_id = ?, start_ms = ?, end_ms = ?,"
                + " first_utterance = ?, last_utterance = ?, coded_value = ?, note = ?, updated_at = ? WHERE id = ?")) {
            ps.setString(1, k.codeId());
            ps.setLong(2, k.startMs());
            ps.setLong(3, k.endMs());
            Sql.setNullableInt(ps, 4, k.firstUtterance());
            Sql.setNullableInt(ps, 5, k.lastUtterance());
            Sql.setNullableDouble(ps, 6, k.value());
            ps.setString(7, k.note());
            Sql.setInstant(ps, 8, now);
            ps.setLong(9, k.id());
            ps.executeUpdate();
        }
        Coding after = new Coding(before.id(), before.sessionId(), before.raterId(), before.codebookId(),
                before.codebookVersion(), k.codeId(), k.startMs(), k.endMs(), k.firstUtterance(), k.lastUtterance(),
                k.value(), k.note(), before.created(), now);
        AuditLog.write(c, actingRaterId, "update", ENTITY, k.id(), describe(before), describe(after));
        return after;
    }

    public static void delete(Connection c, long codingId, Long actingRaterId) throws SQLException {
        Coding before = byId(c, codingId).orElseThrow(() -> new SQLException("no coding " + codingId));
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM coding WHERE id = ?")) {
            ps.setLong(1, codingId);
            ps.executeUpdate();
        }
        AuditLog.write(c, actingRaterId, "delete", ENTITY, codingId, describe(before), null);
    }

    public static Optional<Coding> byId(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM coding WHERE id = ?")) {
            ps.setLong(1, id);
            List<Coding> l = list(ps);
            return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
        }
    }

    /** Codings of a session, by start time; raterId null means every rater's. */
    public static List<Coding> forSession(Connection c, long sessionId, Long raterId) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM coding WHERE session_id = ?"
                + (raterId == null ? "" : " AND rater_id = ?") + " ORDER BY start_ms, id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, sessionId);
            if (raterId != null) ps.setLong(2, raterId);
            return list(ps);
        }
    }

    /** Every coding in the project, by session and start time. */
    public static List<Coding> all(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM coding ORDER BY session_id, start_ms, id")) {
            return list(ps);
        }
    }

    public static int count(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM coding"); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** Rows of {@code SELECT COLUMNS}, read by position (by name costs a lookup per cell of a whole project). */
    private static List<Coding> list(PreparedStatement ps) throws SQLException {
        List<Coding> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new Coding(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), rs.getLong(7), rs.getLong(8), Sql.nullableInt(rs, 9), Sql.nullableInt(rs, 10),
                        Sql.nullableDouble(rs, 11), rs.getString(12), Sql.instant(rs, 13), Sql.instant(rs, 14)));
            }
        }
        return out;
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
