package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.store.postgres.TestPostgres;

/** The command line on a server project, end to end: init, raters with logins, import, assign, and blinding. */
class ServerCliTest {
    @TempDir
    Path dir;
    TestPostgres pg;
    String db;

    private String uri(String login, String password) {
        return "postgresql://" + login + ":" + password + "@" + pg.host() + ":" + pg.port() + "/" + db
                + "?sslmode=disable";
    }

    private String admin() {
        return uri(TestPostgres.ADMIN, TestPostgres.ADMIN_PASSWORD);
    }

    @BeforeEach
    void aServerProjectWithAnObserverAndASupervisor() throws Exception {
        pg = TestPostgres.server();
        db = pg.newDatabase("cli");
        CliRun init = CliRun.of("init", admin());
        assertEquals(0, init.exitCode(), init.toString());
        assertTrue(init.out().startsWith("created server project postgresql://" + TestPostgres.ADMIN + "@" + pg.host()
                + ":" + pg.port() + "/" + db + " (admin: " + TestPostgres.ADMIN + ") with codebooks"), init.out());
        assertFalse(init.out().contains(TestPostgres.ADMIN_PASSWORD), "no password is ever printed");
        CliRun ana = CliRun.withStdin("ana-pw\n", "raters", "--project", admin(), "--add", "Ana " + db, "--role",
                "observer", "--password-stdin");
        assertEquals(0, ana.exitCode(), ana.toString());
        assertEquals("added observer Ana " + db + " (login ana_" + db + ")\n", ana.out());
        CliRun dana = CliRun.withStdin("dana-pw\n", "raters", "--project", admin(), "--add", "Dana", "--role",
                "supervisor", "--login", db + "_dana", "--password-stdin");
        assertEquals(0, dana.exitCode(), dana.toString());
        // a codings import names only raters the project has (issue #10): Bea is added first
        CliRun bea = CliRun.withStdin("bea-pw\n", "raters", "--project", admin(), "--add", "Bea", "--role",
                "observer", "--login", db + "_bea", "--password-stdin");
        assertEquals(0, bea.exitCode(), bea.toString());
        Path vtt = Path.of("sample-sessions/s01-withdrawal.vtt").toAbsolutePath();
        CliRun imp = CliRun.of("import", "session", "--project", admin(), "--name", "s01", "--transcript", vtt.toString());
        assertEquals(0, imp.exitCode(), imp.toString());
        CliRun assign = CliRun.of("assign", "--project", admin(), "--sessions", "s01", "--rater", "Ana " + db,
                "--codebook", "3rs");
        assertEquals(0, assign.exitCode(), assign.toString());
        Path codings = dir.resolve("codings.csv");
        Files.writeString(codings, "session,rater,codebook,code,start_ms,end_ms,value,note\n"
                + "s01,Ana " + db + ",3rs,w-denial,1000,2000,,\n" + "s01,Bea,3rs,w-denial,1100,2100,,imported\n");
        CliRun codingsImport = CliRun.of("import", "codings", "--project", admin(), codings.toString());
        assertEquals(0, codingsImport.exitCode(), codingsImport.toString());
    }

    @Test
    void everyCommandWorksOnAServerProjectAsItsAdmin() {
        CliRun sessions = CliRun.of("sessions", "--project", admin());
        assertEquals(0, sessions.exitCode(), sessions.toString());
        assertTrue(sessions.out().contains("s01"), sessions.out());
        CliRun raters = CliRun.of("raters", "--project", admin());
        assertTrue(raters.out().contains("Dana") && raters.out().contains("Bea"), raters.out());
        CliRun search = CliRun.of("search", "--project", admin(), "fine");
        assertEquals(0, search.exitCode(), search.toString());
        CliRun export = CliRun.of("export", "codings", "--project", admin(), "--format", "csv", "--out",
                dir.resolve("out.csv").toString());
        assertEquals("wrote 2 codings to " + dir.resolve("out.csv") + "\n", export.out(), export.toString());
        CliRun agree = CliRun.of("agree", "--project", admin(), "--codebook", "3rs", "--json");
        assertEquals(0, agree.exitCode(), agree.toString());
    }

    @Test
    void anObserversLoginSeesOnlyHerOwnAndMayNotExportOrCompare() {
        String ana = uri("ana_" + db, "ana-pw");
        CliRun export = CliRun.of("export", "codings", "--project", ana, "--format", "csv", "--out",
                dir.resolve("x.csv").toString());
        assertEquals(2, export.exitCode(), export.toString());
        assertEquals("rapport: rater 'Ana " + db + "' is an observer: observers code blind and may not export raters'"
                + " codings (ask a supervisor)\n", export.err());
        assertFalse(Files.exists(dir.resolve("x.csv")));
        CliRun agree = CliRun.of("agree", "--project", ana, "--codebook", "3rs");
        assertEquals(2, agree.exitCode(), agree.toString());
        assertTrue(agree.err().contains("may not compute reliability"), agree.err());
        CliRun assign = CliRun.of("assign", "--project", ana, "--sessions", "s01", "--rater", "Dana", "--codebook", "3rs");
        assertEquals(2, assign.exitCode(), assign.toString());
        CliRun sessions = CliRun.of("sessions", "--project", ana);
        assertEquals(0, sessions.exitCode(), sessions.toString());
        CliRun byDana = CliRun.of("export", "codings", "--project", uri(db + "_dana", "dana-pw"), "--format", "csv",
                "--out", dir.resolve("d.csv").toString());
        assertEquals(0, byDana.exitCode(), byDana.toString());
    }

    @Test
    void aWrongPasswordAnUnknownDatabaseAndASecondInitAreOneLineOfBadInput() {
        CliRun wrong = CliRun.of("sessions", "--project", uri("ana_" + db, "not-her-password"));
        assertEquals(2, wrong.exitCode(), wrong.toString());
        assertTrue(wrong.err().startsWith("rapport: postgresql://ana_" + db + "@" + pg.host() + ":" + pg.port() + "/"
                + db + ": the server refused the login 'ana_" + db + "'"), wrong.err());
        assertFalse(wrong.err().contains("not-her-password"));
        assertEquals(1, wrong.err().lines().count(), wrong.err());
        CliRun noDb = CliRun.of("sessions", "--project", "postgresql://" + TestPostgres.ADMIN + ":"
                + TestPostgres.ADMIN_PASSWORD + "@" + pg.host() + ":" + pg.port() + "/no_such_db?sslmode=disable");
        assertEquals(2, noDb.exitCode(), noDb.toString());
        assertTrue(noDb.err().contains("no database 'no_such_db' on the server"), noDb.err());
        CliRun again = CliRun.of("init", admin());
        assertEquals(2, again.exitCode(), again.toString());
        assertTrue(again.err().contains("a Rapport project already exists in this database"), again.err());
        CliRun notARater = CliRun.of("raters", "--project", "postgresql://postgres@" + pg.host() + ":1/x");
        assertEquals(2, notARater.exitCode(), notARater.toString());
        assertTrue(notARater.err().contains("cannot reach the server at " + pg.host() + ":1"), notARater.err());
    }
}
