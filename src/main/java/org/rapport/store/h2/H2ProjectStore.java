package org.rapport.store.h2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;

import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.rapport.model.BadInputException;
import org.rapport.store.StoreException;
import org.rapport.store.jdbc.JdbcProjectStore;
import org.rapport.store.jdbc.SchemaMigration;

/**
 * A file project's store: one H2 file ({@code project.mv.db}) in the project folder, migrated by Flyway.
 * A project is used by one process at a time (docs/decisions/0002-one-process-per-project.md): a second
 * process gets a clear message instead of a shared, slower server connection.
 */
public final class H2ProjectStore extends JdbcProjectStore {
    public static final String DB_NAME = "project";
    public static final String DB_FILE = DB_NAME + ".mv.db";
    /** The migrations every engine shares. */
    static final String MIGRATIONS = "classpath:db/migration";

    private final Path folder;
    private final JdbcConnectionPool pool;

    private H2ProjectStore(Path folder, JdbcConnectionPool pool) {
        super(pool, folder.toString());
        this.folder = folder;
        this.pool = pool;
    }

    /** Creates a new project in an empty or missing folder. */
    public static H2ProjectStore create(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        if (Files.exists(dir.resolve(DB_FILE))) {
            throw new BadInputException(dir.toString(), null, "a Rapport project already exists here");
        }
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new BadInputException(dir.toString(), null, "exists and is not a folder");
        }
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new BadInputException(dir.toString(), null, "cannot create the project folder: " + e.getMessage());
        }
        return connect(dir);
    }

    /** Opens an existing project; a folder without a store is bad input, not a reason to create one. */
    public static H2ProjectStore open(Path folder) {
        Path dir = folder.toAbsolutePath().normalize();
        if (!isProject(dir)) {
            throw new BadInputException(dir.toString(), null,
                    "not a Rapport project (no " + DB_FILE + "); create one with: rapport init " + folder);
        }
        return connect(dir);
    }

    public static boolean isProject(Path folder) {
        return Files.isRegularFile(folder.resolve(DB_FILE));
    }

    /** The JDBC URL of the store in a project folder. */
    static String url(Path dir) {
        // WRITE_DELAY=0: every commit reaches the file at once, so killing the app loses nothing shown as done.
        return "jdbc:h2:file:" + dir.resolve(DB_NAME) + ";WRITE_DELAY=0";
    }

    private static H2ProjectStore connect(Path dir) {
        JdbcConnectionPool pool = JdbcConnectionPool.create(url(dir), "rapport", "");
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
            SchemaMigration.migrate(pool, MIGRATIONS);
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            throw new StoreException("cannot migrate the project store in " + dir, e);
        }
        return new H2ProjectStore(dir, pool);
    }

    private static String firstLine(SQLException e) {
        String m = String.valueOf(e.getMessage());
        int nl = m.indexOf('\n');
        return nl < 0 ? m : m.substring(0, nl);
    }

    /** The project folder (absolute), where the index and settings live beside the store. */
    public Path folder() {
        return folder;
    }

    @Override
    public void close() {
        pool.dispose();
    }
}
