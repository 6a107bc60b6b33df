package org.rapport.store.h2;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.HexFormat;

import org.h2.api.ErrorCode;
import org.h2.jdbcx.JdbcConnectionPool;
import org.rapport.model.BadInputException;
import org.rapport.store.Backup;
import org.rapport.store.FileStore;
import org.rapport.store.ProjectStore;
import org.rapport.store.StoreException;
import org.rapport.store.jdbc.Dialect;
import org.rapport.store.jdbc.JdbcProjectStore;
import org.rapport.store.jdbc.SchemaMigration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A file project's store: one H2 file ({@code project.mv.db}) in the project folder, migrated by Flyway.
 * A project is used by one process at a time (docs/decisions/0002-one-process-per-project.md): a second
 * process gets a clear message instead of a shared, slower server connection. Opened for reading, the file is not
 * written at all (H2's read-only mode; readers share the file, a writer excludes them). Opened for writing, it is
 * compacted on close once dead space passes {@link #COMPACT_BELOW_FILL_PERCENT}
 * (docs/decisions/0011-crash-safe-imports-and-backups.md).
 */
public final class H2ProjectStore extends JdbcProjectStore implements FileStore {
    public static final String DB_NAME = "project";
    public static final String DB_FILE = DB_NAME + ".mv.db";
    /**
     * The migrations every engine shares; H2 needs nothing else. (Flyway records a script's name and checksum, not its
     * folder, so projects migrated when these lay in db/migration still validate.)
     */
    static final String MIGRATIONS = "classpath:db/migration/common";
    /** Closing compacts the file when less than this share of it is live data ... */
    public static final int COMPACT_BELOW_FILL_PERCENT = 50;
    /** ... and it is larger than this: smaller files are not worth the wait. */
    public static final long COMPACT_ABOVE_BYTES = 8L * 1024 * 1024;
    private static final Logger LOG = LoggerFactory.getLogger(H2ProjectStore.class);
    /** H2's error codes for a file it cannot make sense of. */
    private static final Set<Integer> DAMAGE = Set.of(ErrorCode.FILE_CORRUPTED_1, ErrorCode.FILE_VERSION_ERROR_1,
            ErrorCode.GENERAL_ERROR_1, ErrorCode.IO_EXCEPTION_1, ErrorCode.IO_EXCEPTION_2, ErrorCode.FILE_NOT_FOUND_1);

    /** How a store is opened. */
    public enum Mode {
        /** Changes may be made; stale imports are discarded at open, dead space compacted on close. */
        WRITE,
        /** Nothing is written, not even on close. */
        READ
    }

    private final Path folder;
    private final JdbcConnectionPool pool;
    private final Mode mode;
    private boolean compactOnClose;
    private boolean closed;

    private H2ProjectStore(Path folder, JdbcConnectionPool pool, Mode mode) {
        super(pool, folder.toString(), Dialect.STANDARD, System.getProperty("user.name"));
        this.folder = folder;
        this.pool = pool;
        this.mode = mode;
    }

    /** Creates a new project in an empty or missing folder. */
    public static H2ProjectStore create(Path folder) {
        return create(folder, null);
    }

    /**
     * Creates a new project whose file is encrypted (H2's AES) with the given key, or not encrypted when null. The
     * key must come from a slow derivation of the passphrase: H2's own is 10 rounds of PBKDF2.
     */
    public static H2ProjectStore create(Path folder, byte[] key) {
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
        return connect(dir, Mode.WRITE, true, key);
    }

    /** Opens an existing project for writing; a folder without a store is bad input, not a reason to create one. */
    public static H2ProjectStore open(Path folder) {
        return open(folder, Mode.WRITE, null);
    }

    /** Opens an existing, unencrypted project. */
    public static H2ProjectStore open(Path folder, Mode mode) {
        return open(folder, mode, null);
    }

    /**
     * Opens an existing project whose file is encrypted with the key (null: not encrypted); a store that cannot be
     * read is refused with the backup to restore.
     */
    public static H2ProjectStore open(Path folder, Mode mode, byte[] key) {
        Path dir = folder.toAbsolutePath().normalize();
        if (!Files.exists(dir.resolve(DB_FILE))) {
            throw new BadInputException(dir.toString(), null,
                    "not a Rapport project (no " + DB_FILE + "); create one with: rapport init " + folder);
        }
        if (key == null) { // an encrypted file's header is not H2's in clear
            try {
                StoreFile.check(dir.resolve(DB_FILE), DB_FILE);
            } catch (BadInputException e) {
                throw StoreFile.unreadable(dir, e.problem());
            }
        }
        if (mode == Mode.WRITE) StoreFile.checkWritable(dir);
        return connect(dir, mode, false, key);
    }

    public static boolean isProject(Path folder) {
        return Files.isRegularFile(folder.resolve(DB_FILE));
    }

    /** The JDBC URL of the store in a project folder, opened for writing. */
    static String url(Path dir) {
        return url(dir, Mode.WRITE);
    }

    /** The JDBC URL of the store in a project folder. */
    static String url(Path dir, Mode mode) {
        // WRITE_DELAY=0: every commit reaches the file at once, so killing the app loses nothing shown as done.
        // A store opened for reading is H2's read-only mode: the file is not written, not even on close.
        return "jdbc:h2:file:" + dir.resolve(DB_NAME) + ";WRITE_DELAY=0"
                + (mode == Mode.READ ? ";ACCESS_MODE_DATA=r" : "");
    }

    /**
     * The URL of an encrypted store: AES over the whole file, and no trace file (an error's trace could quote a
     * statement's values in clear).
     */
    static String encryptedUrl(Path dir, Mode mode) {
        return url(dir, mode) + ";CIPHER=AES;TRACE_LEVEL_FILE=0";
    }

    private static H2ProjectStore connect(Path dir, Mode mode, boolean isNew, byte[] key) {
        // H2 writes a store it opened for writing when it closes it: a foreign or newer store is refused after
        // opening it read-only, so that refusing it leaves it as it was.
        if (!isNew && mode == Mode.WRITE) checkVersion(dir, peekVersion(dir, key), false);
        JdbcConnectionPool pool = pool(dir, mode, key);
        pool.setMaxConnections(8);
        int version;
        try (Connection c = pool.getConnection()) {
            c.isValid(1);
            version = SchemaMigration.schemaVersion(pool);
        } catch (SQLException e) {
            pool.dispose();
            throw openFailure(dir, e, key);
        }
        try {
            checkVersion(dir, version, isNew);
            if (version < ProjectStore.SCHEMA_VERSION) {
                if (mode == Mode.READ) {
                    pool.dispose();
                    migrateThenReopen(dir, key);
                    return connect(dir, mode, false, key);
                }
                SchemaMigration.migrate(pool, MIGRATIONS);
            }
        } catch (BadInputException e) {
            pool.dispose();
            throw e;
        } catch (SQLException | RuntimeException e) {
            pool.dispose();
            throw new StoreException("cannot migrate the project store in " + dir, e);
        }
        H2ProjectStore store = new H2ProjectStore(dir, pool, mode);
        if (mode == Mode.WRITE) {
            try {
                store.discardStaleImports(); // left by a crash: this process is the only one with the project open
            } catch (RuntimeException e) {
                store.close();
                throw e;
            }
        }
        return store;
    }

    private static JdbcConnectionPool pool(Path dir, Mode mode, byte[] key) {
        // H2 takes the file key and the user's password in one string, separated by a space (the user has none)
        return key == null ? JdbcConnectionPool.create(url(dir, mode), "rapport", "")
                : JdbcConnectionPool.create(encryptedUrl(dir, mode), "rapport", HexFormat.of().formatHex(key) + " ");
    }

    /** The schema version of an existing store, read without writing to it. */
    private static int peekVersion(Path dir, byte[] key) {
        JdbcConnectionPool pool = pool(dir, Mode.READ, key);
        try {
            return SchemaMigration.schemaVersion(pool);
        } catch (SQLException e) {
            throw openFailure(dir, e, key);
        } finally {
            pool.dispose();
        }
    }

    /** A project of an older schema opened for reading is migrated first (the only write a reader causes). */
    private static void migrateThenReopen(Path dir, byte[] key) {
        StoreFile.checkWritable(dir);
        connect(dir, Mode.WRITE, false, key).close();
    }

    /** An existing store must be Rapport's, of a schema this Rapport understands. */
    private static void checkVersion(Path dir, int version, boolean isNew) {
        if (!isNew && version == 0) {
            throw StoreFile.unreadable(dir, "is an H2 database but not a Rapport project store (it has no schema"
                    + " history)");
        }
        if (version > ProjectStore.SCHEMA_VERSION) {
            throw new BadInputException(dir.toString(), null, "the project was written by a newer Rapport: its"
                    + " store has schema " + version + ", and this Rapport understands schema "
                    + ProjectStore.SCHEMA_VERSION + " and older; open it with a newer Rapport");
        }
    }

    private static BadInputException openFailure(Path dir, SQLException e, byte[] key) {
        if (e.getErrorCode() == ErrorCode.DATABASE_ALREADY_OPEN_1) {
            return new BadInputException(dir.toString(), null,
                    "the project is open in another Rapport window or process; close it there first");
        }
        if (e.getErrorCode() == ErrorCode.FILE_ENCRYPTION_ERROR_1
                || e.getErrorCode() == ErrorCode.WRONG_USER_OR_PASSWORD) {
            return new BadInputException(dir.toString(), null, key == null
                    ? "the project's file is encrypted, but its key file (encryption.properties) is missing"
                    : "wrong key for this encrypted project's file; nothing was opened or changed");
        }
        if (e.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY || String.valueOf(e.getMessage()).contains("denied")) {
            return new BadInputException(dir.toString(), null, "the project is read-only for this user: "
                    + firstLine(e));
        }
        return StoreFile.unreadable(dir, "cannot be read (" + firstLine(e) + ")");
    }

    /** A failure of H2 that means the file is damaged says which backup to restore; others stay internal. */
    @Override
    protected RuntimeException failure(SQLException e) {
        if (e.getErrorCode() == ErrorCode.DATABASE_IS_READ_ONLY) {
            return new BadInputException(folder.toString(), null, "the project is open read-only here: "
                    + firstLine(e));
        }
        if (DAMAGE.contains(e.getErrorCode())) {
            return StoreFile.unreadable(folder, "cannot be read in full (" + firstLine(e) + ")");
        }
        return super.failure(e);
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

    public Mode mode() {
        return mode;
    }

    /** H2's online {@code BACKUP TO}: a transactionally consistent zip of the store, made while it is open. */
    @Override
    public Backup backup(String reason, int keep) {
        Path file = H2Backups.newFile(folder, reason);
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new BadInputException(file.getParent().toString(), null, "cannot create the backup folder: "
                    + e.getMessage());
        }
        withConnection(c -> {
            try (PreparedStatement ps = c.prepareStatement("BACKUP TO ?")) {
                ps.setString(1, file.toString());
                ps.execute();
            }
            return null;
        });
        H2Backups.prune(folder, keep);
        try {
            return new Backup(file, Files.getLastModifiedTime(file).toInstant(), Files.size(file));
        } catch (IOException e) {
            throw new StoreException("backup " + file + " was not written", e);
        }
    }

    @Override
    public List<Backup> backups() {
        return H2Backups.list(folder);
    }

    @Override
    public Path backupFolder() {
        return H2Backups.folder(folder);
    }

    @Override
    public java.time.Instant lastWritten() {
        try {
            return Files.getLastModifiedTime(folder.resolve(DB_FILE)).toInstant();
        } catch (IOException e) {
            return java.time.Instant.now();
        }
    }

    @Override
    public boolean readOnly() {
        return mode == Mode.READ;
    }

    /**
     * Puts a backup in place of the store of a closed project (the replaced store is kept in the backup folder).
     *
     * @param backup the backup file, or null for the newest
     * @return the backup restored and, if there was a store, where it was kept
     */
    public static Restored restore(Path folder, Path backup) {
        Path dir = folder.toAbsolutePath().normalize();
        Path chosen = backup != null ? backup : H2Backups.newest(dir).map(Backup::file).orElseThrow(() ->
                new BadInputException(dir.toString(), null, "the project has no backup in " + H2Backups.folder(dir)));
        Optional<Path> kept = H2Backups.restore(dir, chosen);
        // the restored store must open, at a schema this Rapport understands (stale imports are discarded here)
        open(dir, Mode.WRITE).close();
        return new Restored(chosen, kept.orElse(null));
    }

    /** Closing compacts the file even if its dead space is below the threshold (rapport check --compact). */
    @Override
    public void compactOnClose() {
        if (mode == Mode.WRITE) compactOnClose = true;
    }

    @Override
    public long fileBytes() {
        try {
            return Files.size(folder.resolve(DB_FILE));
        } catch (IOException e) {
            return -1;
        }
    }

    /** H2's fill rate. */
    @Override
    public int fillPercent() {
        return withConnection(c -> {
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT SETTING_VALUE FROM"
                    + " INFORMATION_SCHEMA.SETTINGS WHERE SETTING_NAME = 'info.FILL_RATE'")) {
                return rs.next() ? Integer.parseInt(rs.getString(1).trim()) : 100;
            }
        });
    }

    @Override
    protected void engineCheck(Connection c, List<String> problems) throws SQLException {
        IndexCheck.run(c, problems);
    }

    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        try {
            if (mode == Mode.WRITE && (compactOnClose || worthCompacting())) {
                long before = fileBytes();
                withConnection(c -> {
                    try (Statement st = c.createStatement()) {
                        st.execute("SHUTDOWN COMPACT"); // rewrites the live data into a new file, replaced atomically
                    }
                    return null;
                });
                LOG.info("compacted {}: {} -> {} bytes", folder.resolve(DB_FILE), before, fileBytes());
            }
        } catch (RuntimeException e) {
            LOG.warn("the store was not compacted on close: {}", e.toString());
        } finally {
            pool.dispose();
        }
    }

    private boolean worthCompacting() {
        return fileBytes() > COMPACT_ABOVE_BYTES && fillPercent() < COMPACT_BELOW_FILL_PERCENT;
    }
}
