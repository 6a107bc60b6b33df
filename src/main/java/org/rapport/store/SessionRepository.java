package org.rapport.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rapport.model.session.Session;

/** Sessions and their metadata. */
public final class SessionRepository {
    private static final String COLUMNS =
            "id, name, client_id, therapist, session_number, session_date, media_path, media_sha256, duration_ms";

    private SessionRepository() {
    }

    /** Inserts a session (its id is ignored) and returns the stored one. */
    public static Session insert(Connection c, Session s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO session (name, client_id, therapist, session_number,"
                + " session_date, media_path, media_sha256, duration_ms, created_at) VALUES (?,?,?,?,?,?,?,?,?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, s.name());
            ps.setString(2, s.clientId());
            ps.setString(3, s.therapist());
            Sql.setNullableInt(ps, 4, s.number());
            Sql.setNullableDate(ps, 5, s.date());
            ps.setString(6, s.mediaPath());
            ps.setString(7, s.mediaSha256());
            Sql.setNullableLong(ps, 8, s.durationMs());
            Sql.setInstant(ps, 9, Instant.now());
            ps.executeUpdate();
            long id = Sql.generatedId(ps);
            return new Session(id, s.name(), s.clientId(), s.therapist(), s.number(), s.date(), s.mediaPath(),
                    s.mediaSha256(), s.durationMs());
        }
    }

    public static void updateMedia(Connection c, long sessionId, String path, String sha256, Long durationMs)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE session SET media_path = ?, media_sha256 = ?, duration_ms = ? WHERE id = ?")) {
            ps.setString(1, path);
            ps.setString(2, sha256);
            Sql.setNullableLong(ps, 3, durationMs);
            ps.setLong(4, sessionId);
            ps.executeUpdate();
        }
    }

    public static void updateDuration(Connection c, long sessionId, long durationMs) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE session SET duration_ms = ? WHERE id = ?")) {
            ps.setLong(1, durationMs);
            ps.setLong(2, sessionId);
            ps.executeUpdate();
        }
    }

    public static Optional<Session> byName(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM session WHERE name = ?")) {
            ps.setString(1, name);
            return single(ps);
        }
    }

    public static Optional<Session> byId(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM session WHERE id = ?")) {
            ps.setLong(1, id);
            return single(ps);
        }
    }

    /** All sessions, by name. */
    public static List<Session> all(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM session ORDER BY name");
             ResultSet rs = ps.executeQuery()) {
            List<Session> out = new ArrayList<>();
            while (rs.next()) out.add(map(rs));
            return out;
        }
    }

    /** A session with the sizes of its transcript. */
    public record SessionRow(Session session, int utterances, int participants) {
    }

    /** All sessions with their utterance and participant counts, by name. */
    public static List<SessionRow> allWithCounts(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + ", utterance_count, participant_count"
                + " FROM session ORDER BY name"); ResultSet rs = ps.executeQuery()) {
            List<SessionRow> out = new ArrayList<>();
            while (rs.next()) out.add(new SessionRow(map(rs), rs.getInt("utterance_count"), rs.getInt("participant_count")));
            return out;
        }
    }

    /** Deletes a session with its transcript, codings, ratings and assignments; every coding and rating gets its audit row. */
    public static void delete(Connection c, long sessionId, Long actingRaterId) throws SQLException {
        for (var k : CodingRepository.forSession(c, sessionId, null)) CodingRepository.delete(c, k.id(), actingRaterId);
        for (var r : RatingRepository.forSession(c, sessionId, null)) RatingRepository.delete(c, r.id(), actingRaterId);
        try (PreparedStatement ps = c.prepareStatement("DELETE FROM session WHERE id = ?")) {
            ps.setLong(1, sessionId);
            ps.executeUpdate();
        }
        MetaRepository.bumpTranscriptRevision(c);
    }

    private static Optional<Session> single(PreparedStatement ps) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            return rs.next() ? Optional.of(map(rs)) : Optional.empty();
        }
    }

    private static Session map(ResultSet rs) throws SQLException {
        return new Session(rs.getLong("id"), rs.getString("name"), rs.getString("client_id"),
                rs.getString("therapist"), Sql.nullableInt(rs, "session_number"), Sql.nullableDate(rs, "session_date"),
                rs.getString("media_path"), rs.getString("media_sha256"), Sql.nullableLong(rs, "duration_ms"));
    }
}
