package org.rapport.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.rapport.store.CodebookRepository;
import org.rapport.store.CodebookVersion;
import org.rapport.store.StoredCodebook;

/** Codebook versions in table codebook, each with its YAML as text. */
final class JdbcCodebookRepository implements CodebookRepository {
    private static final String SELECT = "SELECT codebook_id, version, title, content_hash, source_name, content"
            + " FROM codebook";
    /** The versions added last, one per codebook (two only if added at the same instant: the caller keeps one). */
    private static final String IN_USE = "SELECT codebook_id, version FROM codebook c WHERE added_at ="
            + " (SELECT MAX(added_at) FROM codebook n WHERE n.codebook_id = c.codebook_id)";

    private final Sql sql;

    JdbcCodebookRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void insert(StoredCodebook cb) {
        sql.update("INSERT INTO codebook (codebook_id, version, title, content_hash, source_name, content, added_at)"
                + " VALUES (?,?,?,?,?,?,?)", ps -> {
            ps.setString(1, cb.codebookId());
            ps.setString(2, cb.version());
            ps.setString(3, cb.title());
            ps.setString(4, cb.contentHash());
            ps.setString(5, cb.sourceName());
            ps.setString(6, cb.content());
            Sql.setInstant(ps, 7, Instant.now());
        });
    }

    @Override
    public Optional<StoredCodebook> get(String codebookId, String version) {
        return sql.first(SELECT + " WHERE codebook_id = ? AND version = ?", ps -> {
            ps.setString(1, codebookId);
            ps.setString(2, version);
        }, JdbcCodebookRepository::codebook);
    }

    @Override
    public List<StoredCodebook> all() {
        return sql.list(SELECT + " ORDER BY codebook_id, added_at", Sql.NO_PARAMETERS, JdbcCodebookRepository::codebook);
    }

    @Override
    public List<CodebookVersion> inUse() {
        return oneEach(sql.list(IN_USE + " ORDER BY codebook_id, version", Sql.NO_PARAMETERS,
                JdbcCodebookRepository::version));
    }

    @Override
    public Optional<CodebookVersion> inUse(String codebookId) {
        List<CodebookVersion> found = oneEach(sql.list(IN_USE + " AND codebook_id = ? ORDER BY version",
                ps -> ps.setString(1, codebookId), JdbcCodebookRepository::version));
        return found.stream().findFirst();
    }

    /** One version per codebook, the last listed. */
    private static List<CodebookVersion> oneEach(List<CodebookVersion> versions) {
        Map<String, CodebookVersion> last = new LinkedHashMap<>();
        for (CodebookVersion v : versions) last.put(v.codebookId(), v);
        return List.copyOf(last.values());
    }

    private static CodebookVersion version(ResultSet rs) throws SQLException {
        return new CodebookVersion(rs.getString(1), rs.getString(2));
    }

    private static StoredCodebook codebook(ResultSet rs) throws SQLException {
        return new StoredCodebook(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5),
                rs.getString(6));
    }
}
