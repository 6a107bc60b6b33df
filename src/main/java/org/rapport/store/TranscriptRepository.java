package org.rapport.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rapport.model.session.Participant;
import org.rapport.model.session.Role;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;
import org.rapport.model.session.UtteranceTime;

/** A session's participants and utterances. */
public final class TranscriptRepository {
    private TranscriptRepository() {
    }

    /** Replaces the transcript of a session (participants and utterances) and bumps the transcript revision. */
    public static void replace(Connection c, long sessionId, Transcript t) throws SQLException {
        try (PreparedStatement del = c.prepareStatement("DELETE FROM utterance WHERE session_id = ?")) {
            del.setLong(1, sessionId);
            del.executeUpdate();
        }
        try (PreparedStatement del = c.prepareStatement("DELETE FROM participant WHERE session_id = ?")) {
            del.setLong(1, sessionId);
            del.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO participant (session_id, label, role, tier) VALUES (?,?,?,?)")) {
            for (Participant p : t.participants()) {
                ps.setLong(1, sessionId);
                ps.setString(2, p.label());
                ps.setString(3, p.role().name());
                ps.setString(4, p.tier());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO utterance (session_id, idx, start_ms, end_ms, speaker, text) VALUES (?,?,?,?,?,?)")) {
            for (Utterance u : t.utterances()) {
                ps.setLong(1, sessionId);
                ps.setInt(2, u.index());
                ps.setLong(3, u.startMs());
                ps.setLong(4, u.endMs());
                ps.setString(5, u.speaker());
                ps.setString(6, u.text());
                ps.addBatch();
            }
            ps.executeBatch();
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE session SET utterance_count = ?, participant_count = ? WHERE id = ?")) {
            ps.setInt(1, t.utterances().size());
            ps.setInt(2, t.participants().size());
            ps.setLong(3, sessionId);
            ps.executeUpdate();
        }
        MetaRepository.bumpTranscriptRevision(c);
    }

    public static Transcript load(Connection c, long sessionId) throws SQLException {
        List<Participant> participants = participants(c, sessionId);
        List<Utterance> utterances = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT idx, start_ms, end_ms, speaker, text FROM utterance WHERE session_id = ? ORDER BY idx")) {
            ps.setLong(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    utterances.add(new Utterance(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
        }
        return new Transcript(participants, utterances);
    }

    /** When an utterance is, without what was said: all that aligning codings to utterances needs. */
    /**
     * The utterance times of each session, in transcript order (an empty list for a session without a transcript).
     * Reads no text, so a whole project's utterances load in one pass.
     */
    public static Map<Long, List<UtteranceTime>> utteranceTimes(Connection c, Collection<Long> sessionIds)
            throws SQLException {
        Map<Long, List<UtteranceTime>> out = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT idx, start_ms, end_ms FROM utterance WHERE session_id = ? ORDER BY idx")) {
            for (long id : sessionIds) {
                List<UtteranceTime> times = new ArrayList<>();
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) times.add(new UtteranceTime(rs.getInt(1), rs.getLong(2), rs.getLong(3)));
                }
                out.put(id, times);
            }
        }
        return out;
    }

    public static List<Participant> participants(Connection c, long sessionId) throws SQLException {
        List<Participant> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT label, role, tier FROM participant WHERE session_id = ? ORDER BY id")) {
            ps.setLong(1, sessionId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new Participant(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3)));
                }
            }
        }
        return out;
    }
}
