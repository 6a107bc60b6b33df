package org.rapport.store.jdbc;

import java.sql.Connection;
import java.sql.SQLException;

import javax.sql.DataSource;

import org.rapport.store.ProjectStore;
import org.rapport.store.StoreException;

/**
 * The transaction boundary over any JDBC data source: one pooled connection per unit of work, committed or rolled
 * back here, SQL failures reported as {@link StoreException}. An engine's store extends it with how it finds,
 * opens and closes its database; its pool resets a connection (auto-commit) when the connection is handed back.
 */
public abstract class JdbcProjectStore implements ProjectStore {
    private final DataSource dataSource;
    private final String location;

    protected JdbcProjectStore(DataSource dataSource, String location) {
        this.dataSource = dataSource;
        this.location = location;
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
                T result = work.run(new JdbcTransaction(c));
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

    private StoreException failure(SQLException e) {
        return new StoreException("store failure in " + location + ": " + e.getMessage(), e);
    }
}
