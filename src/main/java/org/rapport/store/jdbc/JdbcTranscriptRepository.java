package org.rapport.store.jdbc;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.rapport.model.session.Participant;
import org.rapport.model.session.Role;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;
import org.rapport.model.session.UtteranceTime;
import org.rapport.store.TranscriptRepository;

/** Transcripts in tables participant and utterance, with their counts kept on the session row. */
final class JdbcTranscriptRepository implements TranscriptRepository {
    private final Sql sql;
    private final JdbcMetaRepository meta;

    JdbcTranscriptRepository(Sql sql, JdbcMetaRepository meta) {
        this.sql = sql;
        this.meta = meta;
    }

    @Override
    public void replace(long sessionId, Transcript t) {
        sql.update("DELETE FROM utterance WHERE session_id = ?", ps -> ps.setLong(1, sessionId));
        sql.update("DELETE FROM participant WHERE session_id = ?", ps -> ps.setLong(1, sessionId));
        append(sessionId, t.participants(), t.utterances());
        sql.update("UPDATE session SET utterance_count = ?, participant_count = ? WHERE id = ?", ps -> {
            ps.setInt(1, t.utterances().size());
            ps.setInt(2, t.participants().size());
            ps.setLong(3, sessionId);
        });
        meta.bumpTranscriptRevision();
    }

    @Override
    public void append(long sessionId, List<Participant> participants, List<Utterance> utterances) {
        sql.batch("INSERT INTO participant (session_id, label, role, tier) VALUES (?,?,?,?)", participants,
                (ps, p) -> {
                    ps.setLong(1, sessionId);
                    ps.setString(2, p.label());
                    ps.setString(3, p.role().name());
                    ps.setString(4, p.tier());
                });
        sql.batch("INSERT INTO utterance (session_id, idx, start_ms, end_ms, speaker, text) VALUES (?,?,?,?,?,?)",
                utterances, (ps, u) -> {
                    ps.setLong(1, sessionId);
                    ps.setInt(2, u.index());
                    ps.setLong(3, u.startMs());
                    ps.setLong(4, u.endMs());
                    ps.setString(5, u.speaker());
                    ps.setString(6, u.text());
                });
    }

    @Override
    public Transcript load(long sessionId) {
        List<Participant> participants = sql.list("SELECT label, role, tier FROM participant WHERE session_id = ?"
                + " ORDER BY id", ps -> ps.setLong(1, sessionId),
                rs -> new Participant(rs.getString(1), Role.valueOf(rs.getString(2)), rs.getString(3)));
        List<Utterance> utterances = sql.list("SELECT idx, start_ms, end_ms, speaker, text FROM utterance"
                + " WHERE session_id = ? ORDER BY idx", ps -> ps.setLong(1, sessionId),
                rs -> new Utterance(rs.getInt(1), rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5)));
        return new Transcript(participants, utterances);
    }

    @Override
    public Map<Long, List<UtteranceTime>> utteranceTimes(Collection<Long> sessionIds) {
        return sql.prepared("SELECT idx, start_ms, end_ms FROM utterance WHERE session_id = ? ORDER BY idx", ps -> {
            Map<Long, List<UtteranceTime>> out = new HashMap<>();
            for (long id : sessionIds) {
                ps.setLong(1, id);
                out.put(id, Sql.rows(ps, rs -> new UtteranceTime(rs.getInt(1), rs.getLong(2), rs.getLong(3))));
            }
            return out;
        });
    }

    @Override
    public Map<Long, Map<Integer, Role>> utteranceRoles(Collection<Long> sessionIds) {
        return sql.prepared("SELECT u.idx, p.role FROM utterance u JOIN participant p ON p.session_id = u.session_id"
                + " AND p.label = u.speaker WHERE u.session_id = ?", ps -> {
            Map<Long, Map<Integer, Role>> out = new HashMap<>();
            for (long id : sessionIds) {
                ps.setLong(1, id);
                Map<Integer, Role> roles = new HashMap<>();
                for (Map.Entry<Integer, Role> e : Sql.rows(ps, rs -> Map.entry(rs.getInt(1), Role.valueOf(rs.getString(2))))) {
                    roles.put(e.getKey(), e.getValue());
                }
                out.put(id, roles);
            }
            return out;
        });
    }
}
