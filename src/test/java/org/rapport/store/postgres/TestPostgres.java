package org.rapport.store.postgres;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.rapport.NativeSupport;

/**
 * A throwaway PostgreSQL server from the machine's own packages (Debian's {@code postgresql}: initdb and pg_ctl
 * under /usr/lib/postgresql/N/bin), started once for every test of the run: a cluster in a temporary folder,
 * listening on loopback on a free port and on a Unix socket in that folder, stopped and deleted when the tests'
 * JVM exits. The server refuses to run as root, so under root (as CI runs) it runs as the {@code postgres} user
 * the package creates. Without PostgreSQL the tests skip, or fail under RAPPORT_REQUIRE_NATIVE=1.
 */
public final class TestPostgres {
    /** The admin of every test project: may create databases and roles, but is no superuser (RLS applies). */
    public static final String ADMIN = "rapport_admin";
    public static final String ADMIN_PASSWORD = "admin-secret";
    private static final String SUPERUSER = "postgres";
    private static final AtomicInteger DATABASES = new AtomicInteger();
    private static TestPostgres shared;

    private final Path bin;
    private final Path folder;
    private final int port;
    private final String superuserPassword;
    private final boolean asPostgresUser;

    private TestPostgres(Path bin, Path folder, int port, String superuserPassword, boolean asPostgresUser) {
        this.bin = bin;
        this.folder = folder;
        this.port = port;
        this.superuserPassword = superuserPassword;
        this.asPostgresUser = asPostgresUser;
    }

    /** The folder with initdb, pg_ctl and psql of the newest PostgreSQL installed, if any. */
    public static Optional<Path> binaries() {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) return Optional.empty();
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin")).filter(b -> Files.isExecutable(b.resolve("initdb"))
                            && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparingInt(TestPostgres::majorVersion));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static int majorVersion(Path bin) {
        try {
            return Integer.parseInt(bin.getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** The server of this test run, started on first use; skips (or fails when required) without PostgreSQL. */
    public static synchronized TestPostgres server() {
        NativeSupport.assumePostgres(binaries().isPresent());
        if (shared == null) {
            try {
                shared = start(binaries().orElseThrow());
            } catch (IOException | InterruptedException | SQLException e) {
                throw new IllegalStateException("could not start a test PostgreSQL: " + e, e);
            }
            TestPostgres s = shared;
            Runtime.getRuntime().addShutdownHook(new Thread(s::stop, "test-postgres-stop"));
        }
        return shared;
    }

    private static TestPostgres start(Path bin) throws IOException, InterruptedException, SQLException {
        boolean root = "root".equals(System.getProperty("user.name"));
        Path folder = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "rapport-pg");
        String password = "su-" + Long.toHexString(System.nanoTime());
        Path pwfile = folder.resolve("pw");
        Files.writeString(pwfile, password + "\n");
        if (root) {
            UserPrincipal postgres = folder.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName("postgres");
            Files.setOwner(folder, postgres);
            Files.setOwner(pwfile, postgres);
        }
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        TestPostgres pg = new TestPostgres(bin, folder, port, password, root);
        pg.run(bin.resolve("initdb").toString(), "-D", folder.resolve("data").toString(), "-U", SUPERUSER,
                "--pwfile=" + pwfile, "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8",
                "--locale=C.UTF-8", "--no-sync");
        // fsync off: a test cluster needs no durability, and the tests run faster on a shared disk
        pg.run(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-w", "-t", "60",
                "-l", folder.resolve("log").toString(), "-o", "-c listen_addresses=127.0.0.1 -p " + port + " -k "
                        + folder + " -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                        + " -c max_connections=100", "start");
        try (Connection c = pg.superuser("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE ROLE " + ADMIN + " LOGIN CREATEDB CREATEROLE PASSWORD '" + ADMIN_PASSWORD + "'");
        }
        return pg;
    }

    private void run(String... command) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>();
        if (asPostgresUser) cmd.addAll(List.of("runuser", "-u", "postgres", "--"));
        cmd.addAll(List.of(command));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true)
                .redirectOutput(folder.resolve("command.log").toFile());
        Map<String, String> env = pb.environment();
        env.keySet().removeIf(k -> k.startsWith("PG"));
        Process p = pb.start();
        if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
            throw new IOException(String.join(" ", cmd) + " failed: " + Files.readString(folder.resolve("command.log")));
        }
    }

    private void stop() {
        try {
            run(bin.resolve("pg_ctl").toString(), "-D", folder.resolve("data").toString(), "-m", "immediate", "-w",
                    "stop");
        } catch (IOException | InterruptedException e) {
            // the JVM is exiting: nothing more to do than try
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // left in the temporary folder
        }
    }

    public String host() {
        return "127.0.0.1";
    }

    public int port() {
        return port;
    }

    /** The folder holding the server's Unix socket. */
    public Path socketFolder() {
        return folder;
    }

    /** psql of the same PostgreSQL. */
    public Path psql() {
        return bin.resolve("psql");
    }

    /** A connection as the superuser, for setting up what a lab's database admin would. */
    public Connection superuser(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + host() + ":" + port + "/" + database, SUPERUSER,
                superuserPassword);
    }

    /**
     * A new empty database owned by the test admin, created as a lab would (C.UTF-8, from template0), with a name
     * no other test uses.
     */
    public String newDatabase(String prefix) {
        String name = prefix + "_" + DATABASES.incrementAndGet();
        createDatabase(name, "LOCALE 'C.UTF-8'");
        return name;
    }

    /** A new empty database with the given locale clause (e.g. an ICU collation). */
    public void createDatabase(String name, String localeClause) {
        try (Connection c = superuser("postgres"); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + name + " OWNER " + ADMIN + " TEMPLATE template0 ENCODING 'UTF8' "
                    + localeClause);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create test database " + name + ": " + e.getMessage(), e);
        }
    }

    /** How the test admin connects to a database. */
    public ServerConnection admin(String database) {
        return as(ADMIN, ADMIN_PASSWORD, database);
    }

    /** How a login connects to a database. */
    public ServerConnection as(String login, String password, String database) {
        return new ServerConnection(host(), port, database, login, password == null ? null : password.toCharArray(),
                Map.of("sslmode", "disable"));
    }

    /** The libpq URI of a database for a login (no password in it). */
    public String uri(String login, String database) {
        return "postgresql://" + login + "@" + host() + ":" + port + "/" + database + "?sslmode=disable";
    }
}
