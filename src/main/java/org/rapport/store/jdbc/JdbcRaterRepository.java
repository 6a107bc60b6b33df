package org.rapport.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;

import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.store.RaterRepository;

/** Raters in table rater. */
final class JdbcRaterRepository implements RaterRepository {
    private static final String SELECT = "SELECT id, name, role FROM rater";

    private final Sql sql;

    JdbcRaterRepository(Sql sql) {
        this.sql = sql;
    }

    @Override
    public Rater insert(String name, RaterRole role) {
        long id = sql.insert("INSERT INTO rater (name, role) VALUES (?, ?)", ps -> {
            ps.setString(1, name);
            ps.setString(2, role.name());
        });
        return new Rater(id, name, role);
    }

    @Override
    public Optional<Rater> byName(String name) {
        return sql.first(SELECT + " WHERE name = ?", ps -> ps.setString(1, name), JdbcRaterRepository::rater);
    }

    @Override
    public Optional<Rater> byId(long id) {
        return sql.first(SELECT + " WHERE id = ?", ps -> ps.setLong(1, id), JdbcRaterRepository::rater);
    }

    @Override
    public List<Rater> all() {
        return sql.list(SELECT + " ORDER BY name", Sql.NO_PARAMETERS, JdbcRaterRepository::rater);
    }

    private static Rater rater(ResultSet rs) throws SQLException {
        return new Rater(rs.getLong(1), rs.getString(2), RaterRole.valueOf(rs.getString(3)));
    }
}
