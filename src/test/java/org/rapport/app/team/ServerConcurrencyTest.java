package org.rapport.app.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.rapport.app.Project;
import org.rapport.app.ServerCache;
import org.rapport.app.search.SearchRequest;
import org.rapport.model.coding.Coding;
import org.rapport.model.rater.RaterRole;
import org.rapport.model.session.Participant;
import org.rapport.model.session.Role;
import org.rapport.model.session.Session;
import org.rapport.model.session.Transcript;
import org.rapport.model.session.Utterance;
import org.rapport.store.StoreConflictException;

/** Several coders on one server project at once: nothing lost or doubled, edits that cross are conflicts. */
class ServerConcurrencyTest {
    private static final int CODERS = 4;
    private static final int EACH = 2_500;

    @Test
    void fourProcessesCodingAtOnceAsFourRatersKeepEveryCodingAndAuditRow() throws Exception {
        ServerProject server = new ServerProject("busy");
        List<String> names = List.of("Ana", "Ben", "Cleo", "Dev");
        server.raters("Ana", RaterRole.OBSERVER, "Ben", RaterRole.OBSERVER, "Cleo", RaterRole.OBSERVER,
                "Dev", RaterRole.OBSERVER);
        long session = server.session("s01", names.toArray(String[]::new));
        List<Process> coders = new ArrayList<>();
        long started = System.nanoTime();
        for (String name : names) {
            ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-cp", System.getProperty("java.class.path"), "-Drapport.cache=" + System.getProperty("rapport.cache"),
                    ServerCodingWorkerMain.class.getName(), "postgresql://" + server.login(name) + "@"
                    + server.pg.host() + ":" + server.pg.port() + "/" + server.database + "?sslmode=disable",
                    Long.toString(session), Integer.toString(EACH)).redirectErrorStream(true);
            pb.environment().keySet().removeIf(k -> k.startsWith("PG"));
            pb.environment().put("PGPASSWORD", ServerProject.password(name));
            coders.add(pb.start());
        }
        for (Process p : coders) {
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(p.waitFor(300, TimeUnit.SECONDS), "a coder did not finish");
            assertEquals(0, p.exitValue(), out);
            assertEquals(Integer.toString(EACH), out.strip(), out);
        }
        long ms = (System.nanoTime() - started) / 1_000_000;
        System.out.printf("four coders, %d codings each, one transaction per coding: %d ms (%.0f codings/s)%n",
                EACH, ms, CODERS * EACH * 1000.0 / ms);

        server.raters("Sam", RaterRole.SUPERVISOR);
        try (Connection c = DriverManager.getConnection("jdbc:postgresql://" + server.pg.host() + ":"
                + server.pg.port() + "/" + server.database + "?sslmode=disable", server.login("Sam"),
                ServerProject.password("Sam"))) {
            assertEquals(CODERS * EACH, count(c, "SELECT count(*) FROM coding"));
            assertEquals(CODERS * EACH, count(c, "SELECT count(DISTINCT (rater_id, start_ms)) FROM coding"),
                    "no coding doubled");
            for (String name : names) {
                assertEquals(EACH, count(c, "SELECT count(*) FROM coding k JOIN rater r ON r.id = k.rater_id"
                        + " WHERE r.login = '" + server.login(name) + "'"), name);
            }
            assertEquals(CODERS * EACH, count(c, "SELECT count(*) FROM audit_log WHERE action = 'insert'"
                    + " AND entity = 'coding'"));
            assertEquals(CODERS * EACH, count(c, "SELECT count(*) FROM audit_log a JOIN coding k ON k.id = a.entity_id"
                    + " JOIN rater r ON r.id = k.rater_id WHERE a.entity = 'coding' AND a.login = r.login"
                    + " AND a.rater_id = r.id"), "each audit row names the coder's own login");
            assertEquals(CODERS, count(c, "SELECT count(*) FROM assignment WHERE codebook_id = '3rs'"
                    + " AND status = 'IN_PROGRESS'"));
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aSupervisorAndTheOwnerEditingTheSameCodingGetAConflictNotAnOverwrite() {
        ServerProject server = new ServerProject("edit");
        server.raters("Ana", RaterRole.OBSERVER, "Dana", RaterRole.SUPERVISOR);
        long session = server.session("s01", "Ana");
        try (Project ana = server.as("Ana"); Project dana = server.as("Dana")) {
            Coding anasCopy = ana.codings().add(ana.identity().rater(), session, "3rs", "w-denial", 1000, 2000, null,
                    null, null, "Ana's first reading");
            Coding danasCopy = dana.codings().codings(dana.identity().rater(), session, true).get(0);
            Coding corrected = dana.codings().update(dana.identity().rater(), danasCopy.withNote("Dana: a withdrawal"));
            assertEquals(2, corrected.version());
            StoreConflictException conflict = assertThrows(StoreConflictException.class, () -> ana.codings().update(
                    ana.identity().rater(), anasCopy.withTimes(1100, 2100)));
            assertTrue(conflict.getMessage().contains("changed by someone else"), conflict.getMessage());
            Coding stored = ana.codings().codings(ana.identity().rater(), session, false).get(0);
            assertEquals("Dana: a withdrawal", stored.note());
            assertEquals(1000, stored.startMs(), "Ana's stale edit was not applied");
            Coding again = ana.codings().update(ana.identity().rater(), stored.withTimes(1100, 2100));
            assertEquals(3, again.version());
            assertEquals("Dana: a withdrawal", again.note());
            var audit = dana.store().read(tx -> tx.audit().forEntity("coding", anasCopy.id()));
            assertEquals(List.of("insert", "update", "update"), audit.stream().map(e -> e.action()).toList());
            assertEquals(List.of(server.login("Ana"), server.login("Dana"), server.login("Ana")),
                    audit.stream().map(e -> e.login()).toList());
        }
    }

    @Test
    void eachClientsIndexFollowsTheStoresRevisionAndHoldsNoCodings() throws IOException {
        ServerProject server = new ServerProject("index");
        server.raters("Ana", RaterRole.OBSERVER);
        long first = server.session("s01", "Ana");
        try (Project ana = server.as("Ana")) {
            ana.codings().add(ana.identity().rater(), first, "3rs", "w-denial", 0, 2000, 0, 0, null, "NOTE-IN-NO-INDEX");
            assertEquals(1, ana.search().search(new SearchRequest("guess", null, 10, null), ana.searchViewer()).total());
            Path folder = ana.search().indexFolder();
            assertTrue(folder.startsWith(Path.of(System.getProperty("rapport.cache"))), folder.toString());
            assertEquals(ServerCache.indexFolder((org.rapport.app.ProjectAddress.Server) ana.address()), folder);
            // another client (the admin, importing) moves the store's transcript revision on
            try (Project admin = Project.open(server.admin(), org.rapport.app.identity.Credentials.NONE)) {
                admin.store().inTransaction(tx -> {
                    Session s = tx.sessions().insert(new Session(0, "s02", null, null, null, null, null, null, null));
                    tx.transcripts().replace(s.id(), new Transcript(List.of(new Participant("C", Role.CLIENT)),
                            List.of(new Utterance(0, 0, 1000, "C", "I guess so."))));
                    return null;
                });
            }
            assertEquals(2, ana.search().search(new SearchRequest("guess", null, 10, null), ana.searchViewer()).total(),
                    "the index was rebuilt when the revision moved");
            try (Stream<Path> files = Files.walk(folder)) {
                for (Path f : files.filter(Files::isRegularFile).toList()) {
                    String bytes = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
                    assertFalse(bytes.contains("NOTE-IN-NO-INDEX"), f + " holds a coding's note");
                }
            }
        }
    }
}
