package org.rapport.store.jdbc;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rapport.store.TrainingRepository;

/** Gold sessions and reliability samples in the tables of schema 8, each change with its audit row. */
final class JdbcTrainingRepository implements TrainingRepository {
    private static final String SELECT_GOLD = "SELECT id, session_id, codebook_id, reference_id, marked_by, marked_at"
            + " FROM gold_session";

    private final Sql sql;
    private final JdbcAuditLog audit;

    JdbcTrainingRepository(Sql sql, JdbcAuditLog audit) {
        this.sql = sql;
        this.audit = audit;
    }

    @Override
    public Gold markGold(long sessionId, String codebookId, long referenceId, String markedBy, Long actingRaterId) {
        audit.acting(actingRaterId);
        Optional<Gold> before = goldOf(sessionId, codebookId);
        Instant now = Instant.now();
        if (before.isPresent()) {
            sql.update("UPDATE gold_session SET reference_id = ?, marked_by = ?, marked_at = ? WHERE id = ?", ps -> {
                ps.setLong(1, referenceId);
                ps.setString(2, markedBy);
                Sql.setInstant(ps, 3, now);
                ps.setLong(4, before.get().id());
            });
            Gold after = new Gold(before.get().id(), sessionId, codebookId, referenceId, markedBy, now);
            audit.write(actingRaterId, "update", GOLD_ENTITY, after.id(), describe(before.get()), describe(after));
            return after;
        }
        long id = sql.insert("INSERT INTO gold_session (session_id, codebook_id, reference_id, marked_by, marked_at)"
                + " VALUES (?,?,?,?,?)", ps -> {
            ps.setLong(1, sessionId);
            ps.setString(2, codebookId);
            ps.setLong(3, referenceId);
            ps.setString(4, markedBy);
            Sql.setInstant(ps, 5, now);
        });
        Gold gold = new Gold(id, sessionId, codebookId, referenceId, markedBy, now);
        audit.write(actingRaterId, "insert", GOLD_ENTITY, id, null, describe(gold));
        return gold;
    }

    @Override
    public boolean unmarkGold(long sessionId, String codebookId, Long actingRaterId) {
        audit.acting(actingRaterId);
        Optional<Gold> before = goldOf(sessionId, codebookId);
        if (before.isEmpty()) return false;
        sql.update("DELETE FROM gold_session WHERE id = ?", ps -> ps.setLong(1, before.get().id()));
        audit.write(actingRaterId, "delete", GOLD_ENTITY, before.get().id(), describe(before.get()), null);
        return true;
    }

    private Optional<Gold> goldOf(long sessionId, String codebookId) {
        return sql.first(SELECT_GOLD + " WHERE session_id = ? AND codebook_id = ?", ps -> {
            ps.setLong(1, sessionId);
            ps.setString(2, codebookId);
        }, JdbcTrainingRepository::gold);
    }

    @Override
    public List<Gold> gold(String codebookId) {
        return sql.list(SELECT_GOLD + " WHERE codebook_id = ? ORDER BY session_id", ps -> ps.setString(1, codebookId),
                JdbcTrainingRepository::gold);
    }

    private static Gold gold(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Gold(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5), Sql.instant(rs, 6));
    }

    @Override
    public Sample insertSample(Sample s, Long actingRaterId) {
        audit.acting(actingRaterId);
        Instant now = Instant.now();
        long id = sql.insert("INSERT INTO reliability_sample (codebook_id, share, seed, stratify, population, drawn_by,"
                + " drawn_at) VALUES (?,?,?,?,?,?,?)", ps -> {
            ps.setString(1, s.codebookId());
            ps.setDouble(2, s.share());
            ps.setLong(3, s.seed());
            ps.setString(4, s.stratify());
            ps.setInt(5, s.population());
            ps.setString(6, s.drawnBy());
            Sql.setInstant(ps, 7, now);
        });
        sql.batch("INSERT INTO sample_session (sample_id, session_id, stratum, stratum_size, second_rater_id)"
                + " VALUES (?,?,?,?,?)", s.picked(), (ps, p) -> {
            ps.setLong(1, id);
            ps.setLong(2, p.sessionId());
            ps.setString(3, p.stratum());
            ps.setInt(4, p.stratumSize());
            ps.setLong(5, p.secondRaterId());
        });
        Sample stored = new Sample(id, s.codebookId(), s.share(), s.seed(), s.stratify(), s.population(), s.drawnBy(),
                now, s.picked());
        audit.write(actingRaterId, "insert", SAMPLE_ENTITY, id, null, describe(stored));
        return stored;
    }

    @Override
    public Optional<Sample> sample(String codebookId) {
        return sql.first("SELECT id, share, seed, stratify, population, drawn_by, drawn_at FROM reliability_sample"
                + " WHERE codebook_id = ?", ps -> ps.setString(1, codebookId), rs -> new Sample(rs.getLong(1), codebookId,
                rs.getDouble(2), rs.getLong(3), rs.getString(4), rs.getInt(5), rs.getString(6), Sql.instant(rs, 7),
                List.of())).map(s -> new Sample(s.id(), s.codebookId(), s.share(), s.seed(), s.stratify(), s.population(),
                s.drawnBy(), s.drawnAt(), sql.list("SELECT session_id, stratum, stratum_size, second_rater_id FROM"
                + " sample_session WHERE sample_id = ? ORDER BY id", ps -> ps.setLong(1, s.id()),
                rs -> new Picked(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getLong(4)))));
    }

    private static Map<String, Object> describe(Gold g) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", g.id());
        m.put("session_id", g.sessionId());
        m.put("codebook_id", g.codebookId());
        m.put("reference_id", g.referenceId());
        m.put("marked_by", g.markedBy());
        m.put("marked_at", g.markedAt().toString());
        return m;
    }

    /** The whole draw, so the audit trail alone can say which sessions were picked, with which seed and strata. */
    private static Map<String, Object> describe(Sample s) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", s.id());
        m.put("codebook_id", s.codebookId());
        m.put("share", s.share());
        m.put("seed", s.seed());
        m.put("stratify", s.stratify());
        m.put("population", s.population());
        m.put("drawn_by", s.drawnBy());
        m.put("drawn_at", s.drawnAt().toString());
        m.put("picked", s.picked().stream().map(p -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("session_id", p.sessionId());
            x.put("stratum", p.stratum());
            x.put("stratum_size", p.stratumSize());
            x.put("second_rater_id", p.secondRaterId());
            return x;
        }).toList());
        return m;
    }
}
