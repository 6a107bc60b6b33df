package org.rapport.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.rapport.store.ProjectStore;
import org.rapport.store.StoreCheck;
import org.rapport.store.ServerLogins;
import org.rapport.store.StoreException;

/**
 * The transaction boundary over any JDBC data source: one pooled connection per unit of work, committed or rolled
 * back here, SQL failures reported as {@link StoreException}. An engine's store extends it with how it finds,
 * opens and closes its database; its pool resets a connection (auto-commit) when the connection is handed back.
 */
public abstract class JdbcProjectStore implements ProjectStore {
    private final DataSource dataSource;
    private final String location;
    private final Dialect dialect;
    private final String login;

    /**
     * @param login who the engine's user is, as the audit trail of a file project names it (a server's triggers
     *              record the server login instead)
     */
    protected JdbcProjectStore(DataSource dataSource, String location, Dialect dialect, String login) {
        this.dataSource = dataSource;
        this.location = location;
        this.dialect = dialect;
        this.login = login;
    }

    @Override
    public String location() {
        return location;
    }

    @Override
    public <T> T inTransaction(Work<T> work) {
        return run(work, true);
    }

    @Override
    public <T> T read(Work<T> work) {
        return run(work, false);
    }

    private <T> T run(Work<T> work, boolean commit) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(new JdbcTransaction(c, dialect, login, serverLogins(c)));
                if (commit) c.commit(); else c.rollback();
                return result;
            } catch (SQLException | RuntimeException | Error e) {
                rollback(c, e);
                throw e;
            }
        } catch (SQLException e) {
            throw failure(e);
        } catch (SqlFailure e) {
            throw failure(e.sqlCause());
        }
    }

    /** The logins of a server project, over the connection of one transaction; none (null) for a file project. */
    protected ServerLogins serverLogins(Connection c) {
        return null;
    }

    /**
     * An SQLException met inside a unit of work by an engine's own statements (not a repository's), on its way to the
     * boundary, which rolls back and reports it like any other.
     */
    public static RuntimeException inWork(SQLException e) {
        return new SqlFailure(e);
    }

    @Override
    public StoreCheck check() {
        List<String> problems = new ArrayList<>();
        Map<String, Long> rows = new LinkedHashMap<>();
        withConnection(c -> {
            engineCheck(c, problems);
            ConsistencyCheck.run(c, problems, rows);
            return null;
        });
        return new StoreCheck(problems, rows);
    }

    /** What only this engine can check (reading every table through every index, say); nothing by default. */
    protected void engineCheck(Connection c, List<String> problems) throws SQLException {
    }

    /**
     * Runs plain JDBC on a connection of its own (auto-commit), for tools that measure the engine itself such as the
     * search benchmark's SQL baseline. Services go through {@link #read} and {@link #inTransaction}.
     */
    public <T> T withConnection(ConnectionWork<T> work) {
        try (Connection c = dataSource.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    /** Work against a JDBC connection. */
    @FunctionalInterface
    public interface ConnectionWork<T> {
        T run(Connection c) throws SQLException;
    }

    /** Rolls back after a failure; a failing rollback is recorded on the first failure rather than replacing it. */
    private static void rollback(Connection c, Throwable failure) {
        try {
            c.rollback();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** A failed statement as services see it; an engine may tell damage or a read-only file apart. */
    protected RuntimeException failure(SQLException e) {
        return new StoreException("store failure in " + location + ": " + e.getMessage(), e);
    }
}
