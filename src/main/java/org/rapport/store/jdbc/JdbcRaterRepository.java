package org.rapport.store.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
    public Rater insert(String name, RaterRole role, String login) {
        long id = sql.insert("INSERT INTO rater (name, role, login) VALUES (?, ?, ?)", ps -> {
            ps.setString(1, name);
            ps.setString(2, role.name());
            ps.setString(3, login);
        });
        return new Rater(id, name, role);
    }

    @Override
    public Optional<Rater> byLogin(String login) {
        return sql.first(SELECT + " WHERE login = ?", ps -> ps.setString(1, login), JdbcRaterRepository::rater);
    }

    @Override
    public Optional<String> login(long raterId) {
        return sql.first("SELECT login FROM rater WHERE id = ? AND login IS NOT NULL", ps -> ps.setLong(1, raterId),
                rs -> rs.getString(1));
    }

    @Override
    public Optional<String> passwordHash(long raterId) {
        return sql.first("SELECT password_hash FROM rater WHERE id = ? AND password_hash IS NOT NULL",
                ps -> ps.setLong(1, raterId), rs -> rs.getString(1));
    }

    @Override
    public void setPasswordHash(long raterId, String hash) {
        sql.update("UPDATE rater SET password_hash = ? WHERE id = ?", ps -> {
            ps.setString(1, hash);
            ps.setLong(2, raterId);
        });
    }

    @Override
    public Set<Long> protectedIds() {
        return new HashSet<>(sql.list("SELECT id FROM rater WHERE password_hash IS NOT NULL", Sql.NO_PARAMETERS,
                rs -> rs.getLong(1)));
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
