package org.rapport.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;

/** The people who code and rate. */
public final class RaterRepository {
    private RaterRepository() {
    }

    public static Rater insert(Connection c, String name, RaterRole role) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO rater (name, role) VALUES (?, ?)",
                Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, name);
            ps.setString(2, role.name());
            ps.executeUpdate();
            return new Rater(Sql.generatedId(ps), name, role);
        }
    }

    public static Optional<Rater> byName(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, role FROM rater WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public static Optional<Rater> byId(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, role FROM rater WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(map(rs)) : Optional.empty();
            }
        }
    }

    public static List<Rater> all(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT id, name, role FROM rater ORDER BY name");
             ResultSet rs = ps.executeQuery()) {
            List<Rater> out = new ArrayList<>();
            while (rs.next()) out.add(map(rs));
            return out;
        }
    }

    private static Rater map(ResultSet rs) throws SQLException {
        return new Rater(rs.getLong(1), rs.getString(2), RaterRole.valueOf(rs.getString(3)));
    }
}
