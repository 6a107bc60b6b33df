package org.rapport.app.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapport.app.Project;
import org.rapport.app.export.CodingExport;
import org.rapport.app.reliability.ProjectAgreement;
import org.rapport.model.BadInputException;
import org.rapport.model.coding.Coding;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.transcript.Output;

/**
 * Blinding on a server project is the database's, not the app's: an observer logged in with their own login,
 * with any SQL at all (JDBC here, psql below), finds no trace of another observer's codings, ratings, notes or
 * workspace state, cannot change them, and cannot write or change the audit trail.
 */
class ServerBlindingTest {
    private static final String BEN_NOTE = "BEN-SECRET-NOTE-7731";
    private static final String BEN_STATE = "BEN-STATE-4410";
    private static final String ANA_NOTE = "ana's own note";
    private static ServerProject server;
    private static long session;
    private static long anaId;
    private static long benId;
    private static List<Long> benCodings = new ArrayList<>();

    @BeforeAll
    static void aProjectWhereTwoObserversHaveCoded() {
        server = new ServerProject("blind");
        server.raters("Ana", RaterRole.OBSERVER, "Ben", RaterRole.OBSERVER, "Dana", RaterRole.SUPERVISOR);
        session = server.session("s01", "Ana", "Ben");
        try (Project ana = server.as("Ana")) {
            Rater me = ana.identity().rater();
            anaId = me.id();
            ana.codings().add(me, session, "3rs", "w-denial", 1000, 2000, 1, 1, null, ANA_NOTE);
            ana.codings().rate(me, session, "wai-o-s", "wai01", null, 3);
            ana.workspace().saveState(me, "session.last", "ana-state");
        }
        try (Project ben = server.as("Ben")) {
            Rater me = ben.identity().rater();
            benId = me.id();
            for (int i = 0; i < 3; i++) {
                benCodings.add(ben.codings().add(me, session, "3rs", "w-minimal", 5000 + i * 1000L, 5500 + i * 1000L,
                        null, null, 0.5, BEN_NOTE).id());
            }
            ben.codings().rate(me, session, "wai-o-s", "wai01", null, 6);
            ben.workspace().saveState(me, "session.last", BEN_STATE);
        }
    }

    private static Connection as(String name) throws SQLException {
        return server.connect(name);
    }

    private static long count(Connection c, String sql) throws SQLException {
        return ServerProject.count(c, sql);
    }

    @Test
    void anObserverReadingEveryTableAndViewFindsNoTraceOfAnotherObserversWork() throws SQLException {
        List<String> read = new ArrayList<>();
        List<String> traces = new ArrayList<>();
        try (Connection c = as("Ana")) {
            List<String> relations = new ArrayList<>();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT quote_ident(n.nspname)"
                    + " || '.' || quote_ident(c.relname) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace"
                    + " WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f') AND n.nspname <> 'pg_toast'"
                    + " AND has_table_privilege(c.oid, 'SELECT') ORDER BY 1")) {
                while (rs.next()) relations.add(rs.getString(1));
            }
            c.setAutoCommit(false);
            for (String relation : relations) {
                try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT * FROM " + relation)) {
                    ResultSetMetaData md = rs.getMetaData();
                    while (rs.next()) {
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            String v = rs.getString(i);
                            if (v != null && (v.contains(BEN_NOTE) || v.contains(BEN_STATE))) {
                                traces.add(relation + "." + md.getColumnName(i) + " = " + v);
                            }
                        }
                    }
                    read.add(relation);
                    c.commit();
                } catch (SQLException e) {
                    c.rollback(); // a catalogue view only a superuser may read: nothing there to find
                }
            }
            assertEquals(List.of(), traces, "another observer's work is visible");
            assertTrue(read.containsAll(List.of("public.coding", "public.rating", "public.audit_log",
                    "public.workspace_state", "public.assignment", "public.rater", "public.session",
                    "pg_catalog.pg_stats", "pg_catalog.pg_stat_activity")), read.toString());
            assertTrue(read.size() > 100, "catalogue views read: " + read.size());

            assertEquals(0, count(c, "SELECT count(*) FROM coding WHERE rater_id = " + benId));
            assertEquals(0, count(c, "SELECT count(*) FROM rating WHERE rater_id = " + benId));
            assertEquals(0, count(c, "SELECT count(*) FROM workspace_state WHERE rater_id = " + benId));
            assertEquals(0, count(c, "SELECT count(*) FROM assignment WHERE rater_id = " + benId));
            assertEquals(0, count(c, "SELECT count(*) FROM audit_log WHERE rater_id = " + benId
                    + " OR entity_id IN (" + String.join(", ", benCodings.stream().map(String::valueOf).toList()) + ")"));
            assertEquals(0, count(c, "SELECT count(*) FROM coding WHERE rater_id <> " + anaId));
            assertEquals(1, count(c, "SELECT count(*) FROM coding WHERE note = '" + ANA_NOTE.replace("'", "''") + "'"),
                    "her own coding is there");
            assertEquals(0, count(c, "SELECT count(*) FROM audit_log WHERE login <> current_user"));
            assertTrue(count(c, "SELECT count(*) FROM audit_log") >= 2, "her coding's and rating's rows");
        }
    }

    @Test
    void anObserversUpdatesAndDeletesOfAnotherObserversWorkChangeNothing() throws SQLException {
        try (Connection c = as("Ana"); Statement st = c.createStatement()) {
            assertEquals(0, st.executeUpdate("UPDATE coding SET note = 'changed by Ana' WHERE rater_id = " + benId));
            assertEquals(0, st.executeUpdate("UPDATE coding SET note = 'changed by Ana' WHERE id = " + benCodings.get(0)));
            assertEquals(0, st.executeUpdate("DELETE FROM coding WHERE rater_id <> " + anaId));
            assertEquals(0, st.executeUpdate("UPDATE rating SET rated_value = 1 WHERE rater_id = " + benId));
            assertEquals(0, st.executeUpdate("DELETE FROM rating WHERE rater_id = " + benId));
            assertEquals(0, st.executeUpdate("UPDATE workspace_state SET state_value = 'x' WHERE rater_id = " + benId));
            assertEquals(0, st.executeUpdate("DELETE FROM workspace_state WHERE rater_id = " + benId));
            assertEquals(0, st.executeUpdate("UPDATE assignment SET status = 'NOT_STARTED' WHERE rater_id = " + benId));
            // moving her own coding over to Ben, or adding one in his name, is refused by the policies' checks
            SQLException moved = assertThrows(SQLException.class, () -> st.executeUpdate("UPDATE coding SET rater_id = "
                    + benId + " WHERE rater_id = " + anaId));
            assertEquals("42501", moved.getSQLState(), moved.getMessage());
            SQLException forged = assertThrows(SQLException.class, () -> st.executeUpdate("INSERT INTO coding"
                    + " (session_id, rater_id, codebook_id, codebook_version, code_id, start_ms, end_ms, created_at,"
                    + " updated_at) VALUES (" + session + ", " + benId + ", '3rs', '1.0', 'w-denial', 0, 10, now(), now())"));
            assertEquals("42501", forged.getSQLState(), forged.getMessage());
            for (String sql : List.of("UPDATE audit_log SET login = 'nobody'", "DELETE FROM audit_log",
                    "INSERT INTO audit_log (at, action, entity, entity_id, login) VALUES (now(), 'insert', 'coding', 1,"
                            + " 'blind_ben')", "INSERT INTO team_grant (login, role) VALUES ('" + server.login("Ana")
                            + "', 'SUPERVISOR')", "UPDATE rater SET role = 'SUPERVISOR'", "TRUNCATE coding")) {
                SQLException denied = assertThrows(SQLException.class, () -> st.executeUpdate(sql), sql);
                assertEquals("42501", denied.getSQLState(), sql + ": " + denied.getMessage());
            }
        }
        try (Connection c = as("Dana")) {
            assertEquals(3, count(c, "SELECT count(*) FROM coding WHERE rater_id = " + benId + " AND note = '" + BEN_NOTE
                    + "'"));
            assertEquals(1, count(c, "SELECT count(*) FROM rating WHERE rater_id = " + benId + " AND rated_value = 6"));
            assertEquals(1, count(c, "SELECT count(*) FROM workspace_state WHERE state_value = '" + BEN_STATE + "'"));
            assertEquals(2, count(c, "SELECT count(*) FROM assignment WHERE rater_id = " + benId
                    + " AND status = 'IN_PROGRESS'"));
        }
    }

    @Test
    void aTemporaryTableCannotStandInForTheRatersTable() throws SQLException {
        try (Connection c = as("Ana"); Statement st = c.createStatement()) {
            st.execute("CREATE TEMP TABLE rater (id bigint, name text, role text, login text)");
            st.execute("INSERT INTO rater VALUES (" + benId + ", 'Ben', 'OBSERVER', '" + server.login("Ana") + "')");
            st.execute("CREATE TEMP TABLE team_grant (login text, role text)");
            st.execute("INSERT INTO team_grant VALUES ('" + server.login("Ana") + "', 'SUPERVISOR')");
            assertEquals(0, count(c, "SELECT count(*) FROM public.coding WHERE rater_id = " + benId));
            assertEquals(0, count(c, "SELECT count(*) FROM public.coding WHERE rater_id <> " + anaId));
            assertTrue(count(c, "SELECT count(*) FROM public.coding") >= 1);
        }
    }

    @Test
    void anObserverCannotPutMarkupInFrontOfASupervisorWithSql() throws SQLException {
        try (Connection c = as("Ana"); Statement st = c.createStatement()) {
            SQLException e = assertThrows(SQLException.class, () -> st.executeUpdate("UPDATE coding SET note ="
                    + " '<html><img src=''http://127.0.0.1:9/x.png''>' WHERE rater_id = " + anaId));
            assertEquals("23514", e.getSQLState(), "a check constraint refuses it: " + e.getMessage());
        }
        try (Connection c = as("Dana")) {
            assertEquals(0, count(c, "SELECT COUNT(*) FROM coding WHERE note LIKE '<html>%'"));
        }
    }

    @Test
    void theAuditTrailNamesTheRealLoginWhateverTheAppSays() throws SQLException {
        long coding;
        try (Connection c = as("Ana"); Statement st = c.createStatement()) {
            st.execute("SELECT set_config('rapport.acting_rater', '" + benId + "', false)");
            try (ResultSet rs = st.executeQuery("INSERT INTO coding (session_id, rater_id, codebook_id,"
                    + " codebook_version, code_id, start_ms, end_ms, created_at, updated_at) VALUES (" + session + ", "
                    + anaId + ", '3rs', '1.0', 'w-denial', 7000, 7100, now(), now()) RETURNING id")) {
                rs.next();
                coding = rs.getLong(1);
            }
        }
        try (Connection c = as("Dana"); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT rater_id, login, action FROM audit_log WHERE entity = 'coding'"
                     + " AND entity_id = " + coding)) {
            assertTrue(rs.next());
            assertEquals(anaId, rs.getLong(1), "an observer is recorded as herself");
            assertEquals(server.login("Ana"), rs.getString(2));
            assertEquals("insert", rs.getString(3));
            assertFalse(rs.next());
        }
        try (Connection c = as("Dana")) {
            assertEquals(0, count(c, "SELECT count(*) FROM audit_log a JOIN rater r ON r.id = a.rater_id"
                    + " WHERE r.login IS NOT NULL AND r.login <> a.login"), "every row names its rater's own login");
        }
    }

    @Test
    void psqlAsAnObserverSeesOnlyHerOwnWorkAndChangesNothingElse() throws IOException, InterruptedException {
        String out = psql("Ana", "SELECT count(*) FROM coding WHERE rater_id <> " + anaId + ";"
                + " SELECT count(*) FROM coding WHERE note LIKE 'ana%';"
                + " SELECT count(*) FROM coding WHERE note LIKE 'BEN%';"
                + " UPDATE coding SET note = 'psql was here' WHERE rater_id = " + benId + ";"
                + " DELETE FROM rating WHERE rater_id = " + benId + ";");
        assertEquals(List.of("0", "1", "0", "UPDATE 0", "DELETE 0"), out.lines().toList(), out);
        assertFalse(out.contains(BEN_NOTE));
    }

    private static String psql(String name, String sql) throws IOException, InterruptedException {
        ProcessBuilder pb = new ProcessBuilder(server.pg.psql().toString(), "-X", "-At", "-h", server.pg.host(), "-p",
                Integer.toString(server.pg.port()), "-U", server.login(name), "-d", server.database, "-c", sql)
                .redirectErrorStream(true);
        pb.environment().keySet().removeIf(k -> k.startsWith("PG"));
        pb.environment().put("PGPASSWORD", ServerProject.password(name));
        Process p = pb.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    @Test
    void anObserverMayNotRunReliabilityOrExportOthersWork() {
        try (Project ana = server.as("Ana")) {
            BadInputException agree = assertThrows(BadInputException.class, () -> new ProjectAgreement(ana));
            assertTrue(agree.getMessage().contains("is an observer"), agree.getMessage());
            BadInputException export = assertThrows(BadInputException.class,
                    () -> ana.exports().codings(CodingExport.longCsv(null),
                            Output.file(java.nio.file.Path.of("unused.csv"))));
            assertTrue(export.getMessage().contains("observers code blind"), export.getMessage());
            BadInputException others = assertThrows(BadInputException.class, () -> ana.codings().codings(
                    ana.identity().rater(), session, true));
            assertTrue(others.getMessage().contains("observer"), others.getMessage());
        }
        try (Project dana = server.as("Dana")) {
            List<Coding> all = dana.codings().codings(dana.identity().rater(), session, true);
            assertTrue(all.stream().anyMatch(k -> BEN_NOTE.equals(k.note())), "a supervisor sees everyone's");
        }
    }
}
