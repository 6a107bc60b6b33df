package org.rapport.store.jdbc;

import java.util.List;
import java.util.Optional;

import org.rapport.store.MetaRepository;

/** Project-wide values in table project_meta, one row per key. */
final class JdbcMetaRepository implements MetaRepository {
    private static final String TRANSCRIPT_REVISION = "transcript_revision";
    private static final String LANGUAGE = "language";

    private final Sql sql;

    JdbcMetaRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public long transcriptRevision() {
        return get(TRANSCRIPT_REVISION).map(Long::parseLong).orElse(0L);
    }

    @Override
    public Optional<String> language() {
        return get(LANGUAGE);
    }

    @Override
    public void setLanguage(String key) {
        put(LANGUAGE, key);
    }

    @Override
    public Optional<String> setting(String key) {
        return get(key);
    }

    @Override
    public void setSetting(String key, String value) {
        put(key, value);
    }

    /** Moves the transcript revision on by one, in the transaction that changed a transcript. */
    void bumpTranscriptRevision() {
        sql.update("UPDATE project_meta SET meta_value = CAST(CAST(meta_value AS BIGINT) + 1 AS VARCHAR)"
                + " WHERE meta_key = ?", ps -> ps.setString(1, TRANSCRIPT_REVISION));
    }

    private Optional<String> get(String key) {
        return sql.first("SELECT meta_value FROM project_meta WHERE meta_key = ?", ps -> ps.setString(1, key),
                rs -> rs.getString(1));
    }

    private void put(String key, String value) {
        sql.update(sql.dialect().upsert("project_meta", List.of(new Dialect.Column("meta_key", "VARCHAR"),
                new Dialect.Column("meta_value", "VARCHAR")), List.of("meta_key"), List.of("meta_value"), null), ps -> {
            ps.setString(1, key);
            ps.setString(2, value);
        });
    }
}
