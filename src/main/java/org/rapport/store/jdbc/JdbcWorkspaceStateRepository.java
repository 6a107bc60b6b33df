package org.rapport.store.jdbc;

import java.util.List;
import java.util.Optional;

import org.rapport.store.WorkspaceStateRepository;

/** Per-rater workspace values in table workspace_state. */
final class JdbcWorkspaceStateRepository implements WorkspaceStateRepository {
    private static final List<Dialect.Column> COLUMNS = List.of(new Dialect.Column("rater_id", "BIGINT"),
            new Dialect.Column("state_key", "VARCHAR"), new Dialect.Column("state_value", "VARCHAR"));
    private final Sql sql;

    JdbcWorkspaceStateRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void put(long raterId, String key, String value) {
        sql.update(sql.dialect().upsert("workspace_state", COLUMNS, List.of("rater_id", "state_key"),
                List.of("state_value"), null), ps -> {
            ps.setLong(1, raterId);
            ps.setString(2, key);
            ps.setString(3, value);
        });
    }

    @Override
    public Optional<String> get(long raterId, String key) {
        return sql.first("SELECT state_value FROM workspace_state WHERE rater_id = ? AND state_key = ?", ps -> {
            ps.setLong(1, raterId);
            ps.setString(2, key);
        }, rs -> rs.getString(1));
    }
}
