package org.rapport.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.rapport.model.session.Session;
import org.rapport.store.SessionCounts;
import org.rapport.store.SessionRepository;

/** Sessions in table session. */
final class JdbcSessionRepository implements SessionRepository {
    private static final String COLUMNS =
            "id, name, client_id, therapist, session_number, session_date, media_path, media_sha256, duration_ms";

    private final Sql sql;
    private final JdbcCodingRepository codings;
    private final JdbcRatingRepository ratings;
    private final JdbcMetaRepository meta;

    JdbcSessionRepository(Sql sql, JdbcCodingRepository codings, JdbcRatingRepository ratings, JdbcMetaRepository meta) {
        this.sql = sql;
        this.codings = codings;
        this.ratings = ratings;
        this.meta = meta;
    }

    @Override
    public Session insert(Session s) {
        return insert(s, null, 0, 0);
    }

    @Override
    public Session stage(long batchId, Session s, int utterances, int participants) {
        return insert(s, batchId, utterances, participants);
    }

    private Session insert(Session s, Long batchId, int utterances, int participants) {
        long id = sql.insert("INSERT INTO session (name, client_id, therapist, session_number, session_date,"
                + " media_path, media_sha256, duration_ms, created_at, import_batch_id, utterance_count,"
                + " participant_count) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)", ps -> {
            ps.setString(1, s.name());
            ps.setString(2, s.clientId());
            ps.setString(3, s.therapist());
            Sql.setNullableInt(ps, 4, s.number());
            Sql.setNullableDate(ps, 5, s.date());
            ps.setString(6, s.mediaPath());
            ps.setString(7, s.mediaSha256());
            Sql.setNullableLong(ps, 8, s.durationMs());
            Sql.setInstant(ps, 9, Instant.now());
            Sql.setNullableLong(ps, 10, batchId);
            ps.setInt(11, utterances);
            ps.setInt(12, participants);
        });
        return new Session(id, s.name(), s.clientId(), s.therapist(), s.number(), s.date(), s.mediaPath(),
                s.mediaSha256(), s.durationMs());
    }

    @Override
    public void updateDuration(long sessionId, long durationMs) {
        sql.update("UPDATE session SET duration_ms = ? WHERE id = ?", ps -> {
            ps.setLong(1, durationMs);
            ps.setLong(2, sessionId);
        });
    }

    @Override
    public Optional<Session> byName(String name) {
        return sql.first("SELECT " + COLUMNS + " FROM session WHERE name = ?" + Visibility.AND_VISIBLE, ps -> ps.setString(1, name),
                JdbcSessionRepository::session);
    }

    @Override
    public Optional<Session> byId(long id) {
        return sql.first("SELECT " + COLUMNS + " FROM session WHERE id = ?" + Visibility.AND_VISIBLE, ps -> ps.setLong(1, id),
                JdbcSessionRepository::session);
    }

    @Override
    public List<Session> all() {
        return sql.list("SELECT " + COLUMNS + " FROM session WHERE " + Visibility.VISIBLE + " ORDER BY name", Sql.NO_PARAMETERS,
                JdbcSessionRepository::session);
    }

    @Override
    public List<SessionCounts> allWithCounts() {
        return sql.list("SELECT " + COLUMNS + ", utterance_count, participant_count FROM session WHERE "
                + Visibility.VISIBLE + " ORDER BY name",
                Sql.NO_PARAMETERS, rs -> new SessionCounts(session(rs), rs.getInt(10), rs.getInt(11)));
    }

    @Override
    public void delete(long sessionId, Long actingRaterId) {
        codings.deleteOfSession(sessionId, actingRaterId);
        ratings.deleteOfSession(sessionId, actingRaterId);
        // participants, utterances and assignments go with the session (ON DELETE CASCADE)
        sql.update("DELETE FROM session WHERE id = ?", ps -> ps.setLong(1, sessionId));
        meta.bumpTranscriptRevision();
    }

    /** A row of {@code SELECT COLUMNS}, by position. */
    private static Session session(ResultSet rs) throws SQLException {
        return new Session(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4), Sql.nullableInt(rs, 5),
                Sql.nullableDate(rs, 6), rs.getString(7), rs.getString(8), Sql.nullableLong(rs, 9));
    }
}
