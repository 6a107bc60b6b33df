package org.rapport.store.jdbc;

import java.util.Optional;

import org.rapport.store.WorkspaceStateRepository;

/** Per-rater workspace values in table workspace_state. */
final class JdbcWorkspaceStateRepository implements WorkspaceStateRepository {
    private final Sql sql;

    JdbcWorkspaceStateRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public void put(long raterId, String key, String value) {
        sql.update("MERGE INTO workspace_state t USING (VALUES (CAST(? AS BIGINT), CAST(? AS VARCHAR),"
                + " CAST(? AS VARCHAR))) AS v (rater_id, state_key, state_value)"
                + " ON t.rater_id = v.rater_id AND t.state_key = v.state_key"
                + " WHEN MATCHED THEN UPDATE SET state_value = v.state_value"
                + " WHEN NOT MATCHED THEN INSERT (rater_id, state_key, state_value)"
                + " VALUES (v.rater_id, v.state_key, v.state_value)", ps -> {
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
