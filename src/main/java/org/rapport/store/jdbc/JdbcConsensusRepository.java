package org.rapport.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.rapport.model.coding.Consensus;
import org.rapport.model.coding.ConsensusDecision;
import org.rapport.model.coding.ConsensusItem;
import org.rapport.store.ConsensusRepository;

/** Consensus codings in tables consensus, consensus_source and consensus_item, each change with its audit row. */
final class JdbcConsensusRepository implements ConsensusRepository {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SELECT = "SELECT id, session_id, codebook_id, codebook_version, rater_id, method, slice_ms,"
            + " started_by, started_at FROM consensus";
    private static final String SELECT_ITEM = "SELECT id, consensus_id, group_id, start_ms, end_ms, first_utterance,"
            + " last_utterance, values_json, decision, taken_rater_id, new_codes, new_start_ms, new_end_ms, reason,"
            + " decided_by, decided_at, result_codings FROM consensus_item";

    private final Sql sql;
    private final JdbcAuditLog audit;

    JdbcConsensusRepository(Sql sql, JdbcAuditLog audit) {
        this.sql = sql;
        this.audit = audit;
    }

    @Override
    public Consensus insert(Consensus c, List<ConsensusItem> items, Long actingRaterId) {
        Instant now = Instant.now();
        long id = sql.insert("INSERT INTO consensus (session_id, codebook_id, codebook_version, rater_id, method, slice_ms,"
                + " started_by, started_at) VALUES (?,?,?,?,?,?,?,?)", ps -> {
            ps.setLong(1, c.sessionId());
            ps.setString(2, c.codebookId());
            ps.setString(3, c.codebookVersion());
            ps.setLong(4, c.raterId());
            ps.setString(5, c.method());
            Sql.setNullableLong(ps, 6, c.sliceMs());
            ps.setString(7, c.startedBy());
            Sql.setInstant(ps, 8, now);
        });
        List<long[]> sources = new ArrayList<>();
        for (int i = 0; i < c.sources().size(); i++) sources.add(new long[] {i, c.sources().get(i)});
        sql.batch("INSERT INTO consensus_source (consensus_id, position, rater_id) VALUES (?,?,?)", sources, (ps, s) -> {
            ps.setLong(1, id);
            ps.setInt(2, (int) s[0]);
            ps.setLong(3, s[1]);
        });
        Consensus stored = new Consensus(id, c.sessionId(), c.codebookId(), c.codebookVersion(), c.raterId(), c.sources(),
                c.method(), c.sliceMs(), c.startedBy(), now);
        audit.write(actingRaterId, "insert", ENTITY, id, null, describe(stored, items.size()));
        for (ConsensusItem item : items) {
            sql.insert("INSERT INTO consensus_item (consensus_id, group_id, start_ms, end_ms, first_utterance,"
                    + " last_utterance, values_json) VALUES (?,?,?,?,?,?,?)", ps -> {
                ps.setLong(1, id);
                ps.setString(2, item.group());
                ps.setLong(3, item.startMs());
                ps.setLong(4, item.endMs());
                Sql.setNullableInt(ps, 5, item.firstUtterance());
                Sql.setNullableInt(ps, 6, item.lastUtterance());
                ps.setString(7, json(valuesByKey(item.values())));
            });
        }
        return stored;
    }

    @Override
    public Optional<Consensus> of(long sessionId, String codebookId) {
        return sql.first(SELECT + " WHERE session_id = ? AND codebook_id = ?", ps -> {
            ps.setLong(1, sessionId);
            ps.setString(2, codebookId);
        }, this::consensus);
    }

    @Override
    public Optional<Consensus> byId(long id) {
        return sql.first(SELECT + " WHERE id = ?", ps -> ps.setLong(1, id), this::consensus);
    }

    @Override
    public List<Consensus> all() {
        return sql.list(SELECT + " ORDER BY session_id, codebook_id", Sql.NO_PARAMETERS, this::consensus);
    }

    @Override
    public List<ConsensusItem> items(long consensusId) {
        return sql.list(SELECT_ITEM + " WHERE consensus_id = ? ORDER BY start_ms, group_id, id",
                ps -> ps.setLong(1, consensusId), JdbcConsensusRepository::item);
    }

    @Override
    public Optional<ConsensusItem> item(long itemId) {
        return sql.first(SELECT_ITEM + " WHERE id = ?", ps -> ps.setLong(1, itemId), JdbcConsensusRepository::item);
    }

    @Override
    public ConsensusItem decide(ConsensusItem decided, Long actingRaterId) {
        ConsensusItem before = item(decided.id()).orElseThrow(() -> new IllegalStateException("no consensus item " + decided.id()));
        ConsensusDecision d = decided.decision();
        sql.update("UPDATE consensus_item SET decision = ?, taken_rater_id = ?, new_codes = ?, new_start_ms = ?,"
                + " new_end_ms = ?, reason = ?, decided_by = ?, decided_at = ?, result_codings = ? WHERE id = ?", ps -> {
            ps.setString(1, d.kind().name());
            Sql.setNullableLong(ps, 2, d.raterId());
            ps.setString(3, d.codes().isEmpty() ? null : String.join(",", d.codes()));
            Sql.setNullableLong(ps, 4, d.startMs());
            Sql.setNullableLong(ps, 5, d.endMs());
            ps.setString(6, d.reason());
            ps.setString(7, d.decidedBy());
            Sql.setInstant(ps, 8, d.decidedAt());
            ps.setString(9, decided.resultCodings().isEmpty() ? null
                    : String.join(",", decided.resultCodings().stream().map(String::valueOf).toList()));
            ps.setLong(10, decided.id());
        });
        audit.write(actingRaterId, "update", ITEM_ENTITY, decided.id(), describe(before), describe(decided));
        return decided;
    }

    private Consensus consensus(ResultSet rs) throws SQLException {
        long id = rs.getLong(1);
        List<Long> sources = sql.list("SELECT rater_id FROM consensus_source WHERE consensus_id = ? ORDER BY position",
                ps -> ps.setLong(1, id), r -> r.getLong(1));
        return new Consensus(id, rs.getLong(2), rs.getString(3), rs.getString(4), rs.getLong(5), sources, rs.getString(6),
                Sql.nullableLong(rs, 7), rs.getString(8), Sql.instant(rs, 9));
    }

    private static ConsensusItem item(ResultSet rs) throws SQLException {
        String kind = rs.getString(9);
        ConsensusDecision decision = kind == null ? null : new ConsensusDecision(ConsensusDecision.Kind.valueOf(kind),
                Sql.nullableLong(rs, 10), list(rs.getString(11)), Sql.nullableLong(rs, 12), Sql.nullableLong(rs, 13),
                rs.getString(14), rs.getString(15), Sql.instant(rs, 16));
        String codings = rs.getString(17);
        List<Long> result = codings == null ? List.of() : Arrays.stream(codings.split(",")).map(Long::valueOf).toList();
        return new ConsensusItem(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getLong(5),
                Sql.nullableInt(rs, 6), Sql.nullableInt(rs, 7), values(rs.getString(8)), decision, result);
    }

    private static List<String> list(String joined) {
        return joined == null || joined.isEmpty() ? List.of() : List.of(joined.split(","));
    }

    private static Map<String, List<String>> valuesByKey(Map<Long, List<String>> values) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        values.forEach((rater, codes) -> out.put(Long.toString(rater), codes));
        return out;
    }

    private static Map<Long, List<String>> values(String json) {
        try {
            Map<String, List<String>> read = JSON.readValue(json, new TypeReference<LinkedHashMap<String, List<String>>>() { });
            Map<Long, List<String>> out = new LinkedHashMap<>();
            read.forEach((rater, codes) -> out.put(Long.valueOf(rater), codes));
            return out;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("consensus item values are not JSON: " + json, e);
        }
    }

    private static String json(Object o) {
        try {
            return JSON.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("not serialisable", e);
        }
    }

    private static Map<String, Object> describe(Consensus c, int items) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("session_id", c.sessionId());
        m.put("codebook", c.codebookId() + " " + c.codebookVersion());
        m.put("rater_id", c.raterId());
        m.put("sources", c.sources());
        m.put("method", c.method());
        if (c.sliceMs() != null) m.put("slice_ms", c.sliceMs());
        m.put("started_by", c.startedBy());
        m.put("open_items", items);
        return m;
    }

    private static Map<String, Object> describe(ConsensusItem i) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("consensus_id", i.consensusId());
        m.put("group", i.group());
        m.put("start_ms", i.startMs());
        m.put("end_ms", i.endMs());
        m.put("values", valuesByKey(i.values()));
        ConsensusDecision d = i.decision();
        if (d != null) {
            m.put("decision", d.kind().name().toLowerCase(java.util.Locale.ROOT));
            if (d.raterId() != null) m.put("taken_rater_id", d.raterId());
            if (!d.codes().isEmpty()) m.put("new_codes", d.codes());
            if (d.startMs() != null) m.put("new_start_ms", d.startMs());
            if (d.endMs() != null) m.put("new_end_ms", d.endMs());
            m.put("reason", d.reason());
            m.put("decided_by", d.decidedBy());
            m.put("result_codings", i.resultCodings());
        }
        return m;
    }
}
