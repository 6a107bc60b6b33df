package org.rapport.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.rapport.store.ImportBatch;
import org.rapport.store.ImportBatchRepository;

/** Import batches in table import_batch; the rows they stage carry their id in import_batch_id. */
final class JdbcImportBatchRepository implements ImportBatchRepository {
    private static final String SELECT = "SELECT id, kind, state, source, acting_rater_id, acting_name, os_user,"
            + " started_at, published_at, row_count FROM import_batch";
    /**
     * The last id of the first ? rows of a batch in a table with an id (completed with the table's name). Deleting
     * by a range up to it, not by {@code id IN (subquery)}, keeps a step bounded: H2 runs such a subquery again for
     * every row it scans.
     */
    private static final String LAST_OF_SOME = "SELECT MAX(id) FROM (SELECT id FROM %1$s WHERE import_batch_id = ?"
            + " ORDER BY id FETCH FIRST ? ROWS ONLY) t";

    private final Sql sql;
    private final JdbcMetaRepository meta;

    JdbcImportBatchRepository(Sql sql, JdbcMetaRepository meta) {
        this.sql = sql;
        this.meta = meta;
    }

    @Override
    public long begin(ImportBatch.Kind kind, String source, ImportBatch.Actor actor) {
        return sql.insert("INSERT INTO import_batch (kind, state, source, acting_rater_id, acting_name, os_user,"
                + " started_at) VALUES (?,?,?,?,?,?,?)", ps -> {
            ps.setString(1, kind.name());
            ps.setString(2, Visibility.STAGING);
            ps.setString(3, source);
            Sql.setNullableLong(ps, 4, actor.raterId());
            ps.setString(5, actor.name());
            ps.setString(6, actor.osUser());
            Sql.setInstant(ps, 7, Instant.now());
        });
    }

    @Override
    public void publish(long batchId, int rows) {
        ImportBatch batch = staged(batchId);
        sql.update("UPDATE import_batch SET state = ?, published_at = ?, row_count = ? WHERE id = ?", ps -> {
            ps.setString(1, Visibility.PUBLISHED);
            Sql.setInstant(ps, 2, Instant.now());
            ps.setInt(3, rows);
            ps.setLong(4, batchId);
        });
        if (batch.kind() == ImportBatch.Kind.SESSION) meta.bumpTranscriptRevision();
    }

    @Override
    public List<ImportBatch> staging() {
        return sql.list(SELECT + " WHERE state = ? ORDER BY id", ps -> ps.setString(1, Visibility.STAGING),
                JdbcImportBatchRepository::batch);
    }

    @Override
    public List<ImportBatch> all() {
        return sql.list(SELECT + " ORDER BY id", Sql.NO_PARAMETERS, JdbcImportBatchRepository::batch);
    }

    @Override
    public int discardSome(long batchId, int limit) {
        staged(batchId);
        for (String table : List.of("audit_log", "coding", "rating")) {
            Optional<Long> last = sql.first(String.format(LAST_OF_SOME, table), ps -> {
                ps.setLong(1, batchId);
                ps.setInt(2, limit);
            }, rs -> rs.getObject(1) == null ? null : rs.getLong(1));
            if (last.isEmpty()) continue;
            int n = sql.update("DELETE FROM " + table + " WHERE import_batch_id = ? AND id <= ?", ps -> {
                ps.setLong(1, batchId);
                ps.setLong(2, last.get());
            });
            if (n > 0) return n;
        }
        Optional<Long> session = sql.first("SELECT id FROM session WHERE import_batch_id = ? ORDER BY id",
                ps -> ps.setLong(1, batchId), rs -> rs.getLong(1));
        if (session.isPresent()) return discardSomeOfSession(session.get(), limit);
        if (sql.dialect().auditedByTrigger()) {
            // a server's audit rows cannot be deleted and name their batch: it stays, discarded, and hides them
            sql.update("UPDATE import_batch SET state = ? WHERE id = ?", ps -> {
                ps.setString(1, Visibility.DISCARDED);
                ps.setLong(2, batchId);
            });
        } else {
            sql.update("DELETE FROM import_batch WHERE id = ?", ps -> ps.setLong(1, batchId));
        }
        return 0;
    }

    /** Up to limit utterances of a staged session, then its participants, then the session row itself. */
    private int discardSomeOfSession(long sessionId, int limit) {
        Optional<Long> first = sql.first("SELECT MIN(idx) FROM utterance WHERE session_id = ?",
                ps -> ps.setLong(1, sessionId), rs -> rs.getObject(1) == null ? null : rs.getLong(1));
        if (first.isPresent()) {
            int n = sql.update("DELETE FROM utterance WHERE session_id = ? AND idx < ?", ps -> {
                ps.setLong(1, sessionId);
                ps.setLong(2, first.get() + limit);
            });
            if (n > 0) return n;
        }
        int n;
        n = sql.update("DELETE FROM participant WHERE session_id = ?", ps -> ps.setLong(1, sessionId));
        n += sql.update("DELETE FROM assignment WHERE session_id = ?", ps -> ps.setLong(1, sessionId));
        n += sql.update("DELETE FROM session WHERE id = ?", ps -> ps.setLong(1, sessionId));
        return n;
    }

    /** The batch, which must still be staging: a published batch is never taken back. */
    private ImportBatch staged(long batchId) {
        ImportBatch b = sql.first(SELECT + " WHERE id = ?", ps -> ps.setLong(1, batchId), JdbcImportBatchRepository::batch)
                .orElseThrow(() -> new SqlFailure(new SQLException("no import batch " + batchId)));
        if (b.published()) throw new SqlFailure(new SQLException("import batch " + batchId + " is published"));
        return b;
    }

    private static ImportBatch batch(ResultSet rs) throws SQLException {
        return new ImportBatch(rs.getLong(1), ImportBatch.Kind.valueOf(rs.getString(2)),
                Visibility.PUBLISHED.equals(rs.getString(3)), rs.getString(4), Sql.nullableLong(rs, 5),
                rs.getString(6), rs.getString(7), Sql.instant(rs, 8), Sql.instant(rs, 9), rs.getInt(10));
    }
}
