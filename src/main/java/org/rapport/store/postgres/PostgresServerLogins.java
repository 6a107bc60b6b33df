package org.rapport.store.postgres;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.postgresql.PGConnection;
import org.rapport.model.BadInputException;
import org.rapport.model.rater.RaterRole;
import org.rapport.store.ServerLogins;
import org.rapport.store.jdbc.JdbcProjectStore;

/**
 * Creates raters' login roles on the server and puts them in the project's groups (named in project_meta by
 * V5_1). A password is sent as a SCRAM verifier computed here, so it never travels or gets logged in clear.
 */
final class PostgresServerLogins implements ServerLogins {
    private final Connection connection;
    private final String user;

    PostgresServerLogins(Connection connection, String user) {
        this.connection = connection;
        this.user = user;
    }

    @Override
    public void create(String login, char[] password, RaterRole role) {
        try {
            if (!roleExists(login)) {
                try (Statement st = connection.createStatement()) {
                    st.execute("CREATE ROLE " + quoted(login) + " LOGIN");
                }
            }
            if (password != null) connection.unwrap(PGConnection.class).alterUserPassword(login, password, null);
            grant(meta("rater_group"), login);
            if (role == RaterRole.SUPERVISOR) grant(meta("staff_group"), login);
            if (role.canSeeOthers()) {
                try (PreparedStatement ps = connection.prepareStatement("INSERT INTO team_grant (login, role)"
                        + " VALUES (?, ?) ON CONFLICT (login) DO UPDATE SET role = EXCLUDED.role")) {
                    ps.setString(1, login);
                    ps.setString(2, role.name());
                    ps.executeUpdate();
                }
            }
        } catch (SQLException e) {
            if ("42501".equals(e.getSQLState())) {
                throw new BadInputException("the login '" + user + "' may not create logins on this server; add"
                        + " raters as the project's admin (the login that ran rapport init, with CREATEROLE)");
            }
            throw JdbcProjectStore.inWork(e);
        }
    }

    @Override
    public String currentLogin() {
        return user;
    }

    @Override
    public boolean seesAll() {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT public.rapport_sees_all()")) {
            return rs.next() && rs.getBoolean(1);
        } catch (SQLException e) {
            throw JdbcProjectStore.inWork(e);
        }
    }

    private boolean roleExists(String login) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM pg_roles WHERE rolname = ?")) {
            ps.setString(1, login);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private String meta(String key) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("SELECT meta_value FROM project_meta WHERE meta_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) throw new SQLException("project_meta has no " + key);
                return rs.getString(1);
            }
        }
    }

    private void grant(String group, String login) throws SQLException {
        try (Statement st = connection.createStatement()) {
            st.execute("GRANT " + quoted(group) + " TO " + quoted(login));
        }
    }

    /** An identifier quoted as PostgreSQL quotes one, so any login name is taken literally. */
    static String quoted(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
