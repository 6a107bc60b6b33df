package org.rapport.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rapport.model.coding.Rating;
import org.rapport.store.RatingRepository;
import org.rapport.store.Selection;

/** Ratings in table rating, each change with its audit row. */
final class JdbcRatingRepository implements RatingRepository {
    /** Stored segment of a whole-session rating (a NULL would not take part in the unique key). */
    private static final int WHOLE_SESSION = -1;
    private static final String SELECT = "SELECT id, session_id, rater_id, codebook_id, codebook_version, item_id,"
            + " segment, rated_value, updated_at FROM rating";

    private final Sql sql;
    private final JdbcAuditLog audit;

    JdbcRatingRepository(Sql sql, JdbcAuditLog audit) {
        this.sql = sql;
        this.audit = audit;
    }

    @Override
    public Rating put(Rating r, Long actingRaterId) {
        Optional<Rating> existing = find(r);
        Instant now = Instant.now();
        if (existing.isPresent()) {
            Rating before = existing.get();
            sql.update("UPDATE rating SET rated_value = ?, codebook_version = ?, updated_at = ? WHERE id = ?", ps -> {
                ps.setDouble(1, r.value());
                ps.setString(2, r.codebookVersion());
                Sql.setInstant(ps, 3, now);
                ps.setLong(4, before.id());
            });
            Rating after = new Rating(before.id(), r.sessionId(), r.raterId(), r.codebookId(), r.codebookVersion(),
                    r.itemId(), r.segment(), r.value(), now);
            audit.write(actingRaterId, "update", ENTITY, before.id(), describe(before), describe(after));
            return after;
        }
        long id = sql.insert("INSERT INTO rating (session_id, rater_id, codebook_id, codebook_version, item_id,"
                + " segment, rated_value, updated_at) VALUES (?,?,?,?,?,?,?,?)", ps -> {
            ps.setLong(1, r.sessionId());
            ps.setLong(2, r.raterId());
            ps.setString(3, r.codebookId());
            ps.setString(4, r.codebookVersion());
            ps.setString(5, r.itemId());
            ps.setInt(6, stored(r.segment()));
            ps.setDouble(7, r.value());
            Sql.setInstant(ps, 8, now);
        });
        Rating stored = new Rating(id, r.sessionId(), r.raterId(), r.codebookId(), r.codebookVersion(), r.itemId(),
                r.segment(), r.value(), now);
        audit.write(actingRaterId, "insert", ENTITY, stored.id(), null, describe(stored));
        return stored;
    }

    @Override
    public void delete(long ratingId, Long actingRaterId) {
        Rating before = sql.first(SELECT + " WHERE id = ?", ps -> ps.setLong(1, ratingId), JdbcRatingRepository::rating)
                .orElseThrow(() -> new SqlFailure(new SQLException("no rating " + ratingId)));
        delete(before, actingRaterId);
    }

    /** Deletes every rating of a session, each with its audit row (part of deleting the session). */
    void deleteOfSession(long sessionId, Long actingRaterId) {
        for (Rating r : forSession(sessionId, null)) delete(r, actingRaterId);
    }

    private void delete(Rating before, Long actingRaterId) {
        sql.update("DELETE FROM rating WHERE id = ?", ps -> ps.setLong(1, before.id()));
        audit.write(actingRaterId, "delete", ENTITY, before.id(), describe(before), null);
    }

    /** The stored rating with the same session, rater, codebook, item and segment. */
    private Optional<Rating> find(Rating r) {
        return sql.first(SELECT + " WHERE session_id = ? AND rater_id = ? AND codebook_id = ? AND item_id = ?"
                + " AND segment = ?", ps -> {
            ps.setLong(1, r.sessionId());
            ps.setLong(2, r.raterId());
            ps.setString(3, r.codebookId());
            ps.setString(4, r.itemId());
            ps.setInt(5, stored(r.segment()));
        }, JdbcRatingRepository::rating);
    }

    @Override
    public List<Rating> forSession(long sessionId, Long raterId) {
        Where where = new Where().equal("session_id", sessionId).equal("rater_id", raterId);
        return sql.list(SELECT + where.sql() + " ORDER BY codebook_id, segment, item_id, rater_id", where,
                JdbcRatingRepository::rating);
    }

    @Override
    public List<Rating> in(Selection selection) {
        Where where = Where.of(selection);
        return sql.list(SELECT + where.sql() + " ORDER BY session_id, rater_id, codebook_id, segment, item_id", where,
                JdbcRatingRepository::rating);
    }

    private static int stored(Integer segment) {
        return segment == null ? WHOLE_SESSION : segment;
    }

    /** A row of {@code SELECT}, read by position (by name costs a lookup per cell of a whole project). */
    private static Rating rating(ResultSet rs) throws SQLException {
        int seg = rs.getInt(7);
        return new Rating(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                rs.getString(6), seg == WHOLE_SESSION ? null : seg, rs.getDouble(8), Sql.instant(rs, 9));
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
