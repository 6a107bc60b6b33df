package org.rapport.store.postgres;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.postgresql.ds.PGSimpleDataSource;
import org.rapport.model.BadInputException;
import org.rapport.store.ProjectStore;
import org.rapport.store.ServerLogins;
import org.rapport.store.StoreException;
import org.rapport.store.jdbc.Dialect;
import org.rapport.store.jdbc.JdbcProjectStore;
import org.rapport.store.jdbc.SchemaMigration;

/**
 * A server project: a PostgreSQL database with the same migrations as a file project plus PostgreSQL's own
 * (roles, row-level security, the audit trigger), reached with the rater's own login so the database decides what
 * they see (docs/decisions/0012-server-projects-on-postgresql.md). Several processes may use it at once.
 */
public final class PostgresProjectStore extends JdbcProjectStore {
    /** The shared migrations, then PostgreSQL's (V0_1 before them, V5_1 after V5). */
    static final String[] MIGRATIONS = {"classpath:db/migration/common", "classpath:db/migration/postgresql"};

    private final HikariDataSource pool;
    private final ServerConnection connection;

    private PostgresProjectStore(HikariDataSource pool, ServerConnection connection) {
        super(pool, connection.location(), Dialect.POSTGRESQL, connection.user());
        this.pool = pool;
        this.connection = connection;
    }

    /** Creates the project's schema, roles and policies in an empty database; the login becomes its admin. */
    public static PostgresProjectStore create(ServerConnection to) {
        HikariDataSource pool = connect(to);
        try {
            if (SchemaMigration.schemaVersion(pool) > 0) {
                throw new BadInputException(to.location(), null, "a Rapport project already exists in this database");
            }
            if (hasTables(pool)) {
                throw new BadInputException(to.location(), null, "the database is not empty; create a new one for"
                        + " the project (createdb --locale=C.UTF-8 --template=template0 NAME)");
            }
            migrate(pool, to);
            return new PostgresProjectStore(pool, to);
        } catch (SQLException e) {
            pool.close();
            throw new StoreException("cannot create the project in " + to.location() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    /** Opens an existing server project (migrating it first when it is older and the login may). */
    public static PostgresProjectStore open(ServerConnection to) {
        HikariDataSource pool = connect(to);
        try {
            int version = SchemaMigration.schemaVersion(pool);
            if (version == 0) {
                throw new BadInputException(to.location(), null, "not a Rapport project (no schema in this database);"
                        + " create one with: rapport init " + to.location());
            }
            if (version < ProjectStore.SCHEMA_VERSION) migrate(pool, to);
            return new PostgresProjectStore(pool, to);
        } catch (SQLException e) {
            pool.close();
            throw new StoreException("cannot open the project in " + to.location() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static void migrate(HikariDataSource pool, ServerConnection to) {
        try {
            Flyway.configure().dataSource(pool).defaultSchema("public").locations(MIGRATIONS).load().migrate();
        } catch (RuntimeException e) {
            throw new StoreException("cannot migrate the project in " + to.location() + ": " + e.getMessage(), e);
        }
    }

    private static boolean hasTables(HikariDataSource pool) throws SQLException {
        try (Connection c = pool.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT 1 FROM information_schema.tables WHERE table_schema = 'public'")) {
            return rs.next();
        }
    }

    /** A pool of connections as the given login; the first connection is made here, so a wrong password shows now. */
    private static HikariDataSource connect(ServerConnection to) {
        PGSimpleDataSource ds = new PGSimpleDataSource();
        ds.setServerNames(new String[] {to.host()});
        ds.setPortNumbers(new int[] {to.port()});
        ds.setDatabaseName(to.database());
        ds.setUser(to.user());
        if (to.password() != null) ds.setPassword(new String(to.password()));
        ds.setApplicationName("Rapport");
        ds.setCurrentSchema("public");
        try {
            for (Map.Entry<String, String> o : to.options().entrySet()) ds.setProperty(o.getKey(), o.getValue());
        } catch (SQLException e) {
            throw new BadInputException(to.location(), null, "unknown connection option: " + e.getMessage());
        }
        HikariConfig config = new HikariConfig();
        config.setDataSource(ds);
        config.setPoolName("rapport " + to.location());
        config.setMaximumPoolSize(4);
        config.setMinimumIdle(0);
        config.setAutoCommit(true);
        config.setInitializationFailTimeout(-1); // the first connection below says what is wrong, in our words
        HikariDataSource pool = new HikariDataSource(config);
        try (Connection c = ds.getConnection()) {
            c.isValid(2);
        } catch (SQLException e) {
            pool.close();
            throw ServerFailures.connecting(to, e);
        }
        return pool;
    }

    /** The connection this store was opened with (its password included: do not show it). */
    public ServerConnection connection() {
        return connection;
    }

    @Override
    protected ServerLogins serverLogins(Connection c) {
        return new PostgresServerLogins(c, connection.user());
    }

    @Override
    public void close() {
        pool.close();
    }
}
