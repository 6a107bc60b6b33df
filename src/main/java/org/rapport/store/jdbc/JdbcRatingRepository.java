package org.rapport.store.jdbc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
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
    private static final String INSERT = "INSERT INTO rating (session_id, rater_id, codebook_id, codebook_version,"
            + " item_id, segment, rated_value, updated_at, import_batch_id) VALUES (?,?,?,?,?,?,?,?,?)";
    private static final String COLUMN_NAMES = "session_id, rater_id, codebook_id, codebook_version, item_id, segment,"
            + " rated_value, updated_at";
    private static final List<Dialect.Column> COLUMNS = List.of(new Dialect.Column("session_id", "BIGINT"),
            new Dialect.Column("rater_id", "BIGINT"), new Dialect.Column("codebook_id", "VARCHAR"),
            new Dialect.Column("codebook_version", "VARCHAR"), new Dialect.Column("item_id", "VARCHAR"),
            new Dialect.Column("segment", "INT"), new Dialect.Column("rated_value", "DOUBLE PRECISION"),
            new Dialect.Column("updated_at", "TIMESTAMP WITH TIME ZONE"));
    private static final List<String> KEY = List.of("session_id", "rater_id", "codebook_id", "item_id", "segment");

    private final Sql sql;
    private final JdbcAuditLog audit;

    JdbcRatingRepository(Sql sql, JdbcAuditLog audit) {
        this.sql = sql;
        this.audit = audit;
    }

    @Override
    public Rating put(Rating r, Long actingRaterId) {
        audit.acting(actingRaterId);
        Instant now = Instant.now();
        if (sql.dialect().auditedByTrigger()) return upsert(r, now);
        Optional<Rating> existing = find(r);
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
        long id = sql.insert(INSERT, ps -> bindInsert(ps, r, now, null));
        Rating stored = stored(id, r, now);
        audit.write(actingRaterId, "insert", ENTITY, stored.id(), null, describe(stored));
        return stored;
    }

    /** One atomic statement, so two writers setting the same new rating at once cannot both insert it. */
    private Rating upsert(Rating r, Instant now) {
        long id = sql.insert(sql.dialect().upsert("rating", COLUMNS, KEY, List.of("codebook_version", "rated_value",
                "updated_at"), null), ps -> bind(ps, r, now));
        return new Rating(id, r.sessionId(), r.raterId(), r.codebookId(), r.codebookVersion(), r.itemId(),
                r.segment(), r.value(), now);
    }

    private static void bind(PreparedStatement ps, Rating r, Instant now) throws SQLException {
        ps.setLong(1, r.sessionId());
        ps.setLong(2, r.raterId());
        ps.setString(3, r.codebookId());
        ps.setString(4, r.codebookVersion());
        ps.setString(5, r.itemId());
        ps.setInt(6, stored(r.segment()));
        ps.setDouble(7, r.value());
        Sql.setInstant(ps, 8, now);
    }

    @Override
    public Optional<Rating> byId(long id) {
        return sql.first(SELECT + " WHERE id = ?" + Visibility.AND_VISIBLE, ps -> ps.setLong(1, id),
                JdbcRatingRepository::rating);
    }

    @Override
    public void stage(long batchId, List<Rating> ratings, Long actingRaterId) {
        Instant now = Instant.now();
        long[] ids = sql.batchInsert(INSERT, ratings, (ps, r) -> bindInsert(ps, r, now, batchId));
        List<JdbcAuditLog.Change> changes = new ArrayList<>(ratings.size());
        for (int i = 0; i < ids.length; i++) {
            changes.add(new JdbcAuditLog.Change("insert", ENTITY, ids[i], null, describe(stored(ids[i], ratings.get(i), now))));
        }
        audit.writeStaged(actingRaterId, batchId, changes);
    }

    private static void bindInsert(java.sql.PreparedStatement ps, Rating r, Instant now, Long batchId)
            throws SQLException {
        ps.setLong(1, r.sessionId());
        ps.setLong(2, r.raterId());
        ps.setString(3, r.codebookId());
        ps.setString(4, r.codebookVersion());
        ps.setString(5, r.itemId());
        ps.setInt(6, stored(r.segment()));
        ps.setDouble(7, r.value());
        Sql.setInstant(ps, 8, now);
        Sql.setNullableLong(ps, 9, batchId);
    }

    private static Rating stored(long id, Rating r, Instant now) {
        return new Rating(id, r.sessionId(), r.raterId(), r.codebookId(), r.codebookVersion(), r.itemId(), r.segment(),
                r.value(), now);
    }

    @Override
    public void delete(long ratingId, Long actingRaterId) {
        Rating before = byId(ratingId).orElseThrow(() -> new SqlFailure(new SQLException("no rating " + ratingId)));
        delete(before, actingRaterId);
    }

    /** Deletes every rating of a session, each with its audit row (part of deleting the session). */
    void deleteOfSession(long sessionId, Long actingRaterId) {
        for (Rating r : forSession(sessionId, null)) delete(r, actingRaterId);
    }

    private void delete(Rating before, Long actingRaterId) {
        audit.acting(actingRaterId);
        sql.update("DELETE FROM rating WHERE id = ?", ps -> ps.setLong(1, before.id()));
        audit.write(actingRaterId, "delete", ENTITY, before.id(), describe(before), null);
    }

    /** The stored rating with the same session, rater, codebook, item and segment. */
    private Optional<Rating> find(Rating r) {
        return sql.first(SELECT + " WHERE session_id = ? AND rater_id = ? AND codebook_id = ? AND item_id = ?"
                + " AND segment = ?" + Visibility.AND_VISIBLE, ps -> {
            ps.setLong(1, r.sessionId());
            ps.setLong(2, r.raterId());
            ps.setString(3, r.codebookId());
            ps.setString(4, r.itemId());
            ps.setInt(5, stored(r.segment()));
        }, JdbcRatingRepository::rating);
    }

    @Override
    public List<Rating> forSession(long sessionId, Long raterId) {
        Where where = new Where().equal("session_id", sessionId).equal("rater_id", raterId).visible();
        return sql.list(SELECT + where.sql() + " ORDER BY codebook_id, segment, item_id, rater_id", where,
                JdbcRatingRepository::rating);
    }

    @Override
    public List<Rating> in(Selection selection) {
        Where where = Where.of(selection).visible();
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
