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

import org.rapport.model.coding.Rating;

/** Ratings of scale items, per segment or per session, each change audited. */
public final class RatingRepository {
    public static final String ENTITY = "rating";
    /** Stored segment value of a whole-session rating. */
    private static final int WHOLE_SESSION = -1;
    private static final String COLUMNS = "id, session_id, rater_id, codebook_id, codebook_version, item_id, segment,"
            + " rated_value, updated_at";

    private RatingRepository() {
    }

    /** Sets a rating (insert or update of the same session, rater, codebook, item and segment). */
    public static Rating put(Connection c, Rating r, Long actingRaterId) throws SQLException {
        Optional<Rating> existing = find(c, r.sessionId(), r.raterId(), r.codebookId(), r.itemId(), r.segment());
        Instant now = Instant.now();
        if (existing.isPresent()) {
            Rating before = existing.get();
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE rating SET rated_value = ?, codebook_version = ?, updated_at = ? WHERE id = ?")) {
                ps.setDouble(1, r.value());
                ps.setString(2, r.codebookVersion());
                Sql.setInstant(ps, 3, now);
                ps.setLong(4, before.id());
                ps.executeUpdate();
            }
            Rating after = new Rating(before.id(), r.sessionId(), r.raterId(), r.codebookId(), r.codebookVersion(),
                    r.itemId(), r.segment(), r.value(), now);
            AuditLog.write(c, actingRaterId, "update", ENTITY, before.id(), describe(before), describe(after));
            return after;
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rating (session_id, rater_id, codebook_id,"
                + " codebook_version, item_id, segment, rated_value, updated_at) VALUES (?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, r.sessionId());
            ps.setLong(2, r.raterId());
            ps.setString(3, r.codebookId());
            ps.setString(4, r.codebookVersion());
            ps.setString(5, r.itemId());
            ps.setInt(6, r.segment() == null ? WHOLE_SESSION : r.segment());
            ps.setDouble(7, r.value());
            Sql.setInstant(ps, 8, now);
            ps.executeUpdate();
            Rating stored = new Rating(Sql.generatedId(ps), r.sessionId(), r.raterId(), r.codebookId(),
                    r.codebookVersion(), r.itemId(), r.segment(), r.value(), now);
            AuditLog.write(c, actingRaterId, "insert", ENTITY, stored.id(), null, describe(stored));
            return stored;
        }
    }

    public static void delete(Connection c, long ratingId, Long actingRaterId) throws SQLException {
        Rating before;
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM rating WHERE id = ?")) {
            ps.setLong(1, ratingId);
            List<Rating> l = list(ps);
            if (l.isEmpty()) throw new SQLException("no rating " + ratingId);
            before = l.get(0);
        }
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM rating WHERE id = ?")) {
            ps.setLong(1, ratingId);
            ps.executeUpdate();
        }
        AuditLog.write(c, actingRaterId, "delete", ENTITY, ratingId, describe(before), null);
    }

    public static Optional<Rating> find(Connection c, long sessionId, long raterId, String codebookId, String itemId,
                                        Integer segment) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM rating WHERE session_id = ? AND"
                + " rater_id = ? AND codebook_id = ? AND item_id = ? AND segment = ?")) {
            ps.setLong(1, sessionId);
            ps.setLong(2, raterId);
            ps.setString(3, codebookId);
            ps.setString(4, itemId);
            ps.setInt(5, segment == null ? WHOLE_SESSION : segment);
            List<Rating> l = list(ps);
            return l.isEmpty() ? Optional.empty() : Optional.of(l.get(0));
        }
    }

    /** Ratings of a session; raterId null means every rater's. */
    public static List<Rating> forSession(Connection c, long sessionId, Long raterId) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM rating WHERE session_id = ?"
                + (raterId == null ? "" : " AND rater_id = ?") + " ORDER BY codebook_id, segment, item_id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, sessionId);
            if (raterId != null) ps.setLong(2, raterId);
            return list(ps);
        }
    }

    public static List<Rating> all(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM rating ORDER BY session_id, rater_id,"
                + " codebook_id, segment, item_id")) {
            return list(ps);
        }
    }

    /** Rows of {@code SELECT COLUMNS}, read by position (by name costs a lookup per cell of a whole project). */
    private static List<Rating> list(PreparedStatement ps) throws SQLException {
        List<Rating> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                int seg = rs.getInt(7);
                out.add(new Rating(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                        rs.getString(6), seg == WHOLE_SESSION ? null : seg, rs.getDouble(8), Sql.instant(rs, 9)));
            }
        }
        return out;
    }

    private static Map<String, Object> describe(Rating r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("session_id", r.sessionId());
        m.put("rater_id", r.raterId());
        m.put("codebook", r.codebookId() + "@" + r.codebookVersion());
        m.put("item", r.itemId());
        m.put("segment", r.segment());
        m.put("value", r.value());
        return m;
    }
}
