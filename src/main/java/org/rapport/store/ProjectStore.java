package org.rapport.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.flywaydb.core.Flyway;
import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.rapport.model.BadInputException;

/**
 * The project store: one H2 file ({@code project.mv.db}) in the project folder, migrated by Flyway.
 * A project is used by one process at a time (docs/decisions/0002-one-process-per-project.md): a second
 * process gets a clear message instead of a shared, slower server connection.
 */
public final class ProjectStore implements AutoCloseable {
    public static final String DB_NAME = "project";
    public static final String DB_FILE = DB_NAME + ".mv.db";
    /** The highest migration in src/main/resources/db/migration (SchemaVersionTest keeps them in step). */
    public static final int SCHEMA_VERSION = 2;

    private final Path folder;
    private final JdbcConnectionPool pool;

    private ProjectStore(Path folder, JdbcConnectionPool pool) {
        this.folder = folder;
        this.pool = pool;
    }

    /** Creates a new project in an empty or missing folder. */
    public static ProjectStore create(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.exists(dir.resolve(DB_FILE))) {
            throw new BadInputException(dir.toString(), null, "a Rapport project already exists here");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException(dir.toString(), null, "exists and is not a folder");
        }
        try {
            Files.createDirectories(dir);
        } catch (java.io.IOException e) {
            throw new BadInputException(dir.toString(), null, "cannot create the project folder: " + e.getMessage());
        }
        return connect(dir);
    }

    /** Opens an existing project; a folder without a store is bad input, not a reason to create one. */
    public static ProjectStore open(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.isRegularFile(dir.resolve(DB_FILE))) {
            throw new BadInputException(dir.toString(), null,
                    "not a Rapport project (no " + DB_FILE + "); create one with: rapport init " + folder);
        }
        return connect(dir);
    }

    public static boolean isProject(Path folder) {
        return Files.isRegularFile(folder.resolve(DB_FILE));
    }

    private static ProjectStore connect(Path dir) {
        // WRITE_DELAY=0: every commit reaches the file at once, so killing the app loses nothing shown as done.
        String url = "jdbc:h2:file:" + dir.resolve(DB_NAME) + ";WRITE_DELAY=0";
        JdbcConnectionPool pool = JdbcConnectionPool.create(url, "rapport", "");
        pool.setMaxConnections(8);
        try (Connection c = pool.getConnection()) {
            c.isValid(1);
        } catch (SQLException e) {
            pool.dispose();
            if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
                throw new BadInputException(dir.toString(), null,
                        "the project is open in another Rapport window or process; close it there first");
            }
            throw new BadInputException(dir.toString(), null, "cannot open the project store: " + firstLine(e));
        }
        try {
            if (schemaVersion(pool) < SCHEMA_VERSION) {
                Flyway.configure().dataSource(pool).locations("classpath:db/migration").load().migrate();
            }
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            throw new StoreException("cannot migrate the project store in " + dir, e);
        }
        return new ProjectStore(dir, pool);
    }

    /**
     * The schema version recorded by Flyway, or 0 for a new store. Checking it first keeps Flyway (and its classpath
     * scan, a few hundred ms) off the common path of opening an up-to-date project.
     */
    private static int schemaVersion(JdbcConnectionPool pool) throws SQLException {
        try (Connection c = pool.getConnection();
             java.sql.ResultSet tables = c.getMetaData().getTables(null, null, "flyway_schema_history", null)) {
            if (!tables.next()) return 0;
            try (java.sql.Statement st = c.createStatement();
                 java.sql.ResultSet rs = st.executeQuery("SELECT MAX(CAST(\"version\" AS INT)) FROM"
                         + " \"flyway_schema_history\" WHERE \"success\"")) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    private static String firstLine(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    public Path folder() {
        return folder;
    }

    /** Runs work in one transaction: committed when it returns, rolled back when it throws. */
    public <T> T inTransaction(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                T result = work.run(c);
                c.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new StoreException("store failure in " + folder + ": " + e.getMessage(), e);
        }
    }

    /** Runs read-only work on a connection of its own. */
    public <T> T read(SqlWork<T> work) {
        try (Connection c = pool.getConnection()) {
            return work.run(c);
        } catch (SQLException e) {
            throw new StoreException("store failure in " + folder + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        pool.dispose();
    }

    /** Work against a JDBC connection. */
    @FunctionalInterface
    public interface SqlWork<T> {
        T run(Connection c) throws SQLException;
    }
}
