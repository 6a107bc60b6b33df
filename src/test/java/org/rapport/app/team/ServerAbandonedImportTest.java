package org.rapport.app.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapport.NativeSupport;
import org.rapport.app.Project;
import org.rapport.app.identity.Credentials;
import org.rapport.model.rater.RaterRole;
import org.rapport.model.session.Participant;
import org.rapport.model.session.Role;
import org.rapport.model.session.Session;
import org.rapport.model.session.Utterance;
import org.rapport.store.ImportBatch;
import org.rapport.store.postgres.TestPostgres;

/**
 * A client that crashes while importing into a server project leaves a batch staging, its rows invisible. Others may
 * be importing at that moment, so a batch is taken for abandoned only when it began more than 12 hours ago, and
 * only a supervisor's (or the admin's) opening removes it: observers may not delete staged rows.
 */
class ServerAbandonedImportTest {
    private static ServerProject server;

    @BeforeAll
    static void aServerProjectWithAStaffMemberAndAnObserver() {
        NativeSupport.assumePostgres(TestPostgres.binaries().isPresent());
        server = new ServerProject("abandon");
        server.raters("Sue", RaterRole.SUPERVISOR, "Olga", RaterRole.OBSERVER);
    }

    /** Stages a session of three utterances as a crashed import would have left it; returns the batch id. */
    private static long stageAndCrash(String name) {
        try (Project p = Project.open(server.admin(), Credentials.NONE)) {
            long batch = p.store().inTransaction(tx -> tx.imports().begin(ImportBatch.Kind.SESSION, name + ".vtt",
                    new ImportBatch.Actor(null, "admin", "lab")));
            Session s = p.store().inTransaction(tx -> tx.sessions().stage(batch, new Session(0, name, "C-9", "Dr. T",
                    1, null, null, null, 9_000L), 3, 2));
            p.store().inTransaction(tx -> {
                tx.transcripts().append(s.id(), List.of(new Participant("T", Role.THERAPIST),
                        new Participant("C", Role.CLIENT)), List.of(new Utterance(0, 0, 1000, "T", "Hello."),
                        new Utterance(1, 1500, 2500, "C", "Hi."), new Utterance(2, 3000, 4000, "T", "How are you?")));
                return null;
            });
            return batch;
        }
    }

    private static void ageBatch(long batch, String interval) throws Exception {
        try (Connection c = server.pg.superuser(server.database); Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE import_batch SET started_at = now() - interval '" + interval + "' WHERE id = "
                    + batch);
        }
    }

    private static String state(long batch) throws Exception {
        try (Connection c = server.pg.superuser(server.database); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT state FROM import_batch WHERE id = " + batch)) {
            return rs.next() ? rs.getString(1) : "gone";
        }
    }

    private static long stagedRows(long batch) throws Exception {
        try (Connection c = server.pg.superuser(server.database); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM session WHERE import_batch_id = " + batch
                     + ") + (SELECT count(*) FROM utterance u JOIN session s ON s.id = u.session_id"
                     + " WHERE s.import_batch_id = " + batch + ")")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aSupervisorsOpeningRemovesAnImportAbandonedHalfADayAgoAndLeavesARecentOne() throws Exception {
        long old = stageAndCrash("crashed-yesterday");
        long recent = stageAndCrash("importing-now");
        ageBatch(old, "13 hours");
        ageBatch(recent, "11 hours");
        assertEquals(4, stagedRows(old), "a session and its three utterances were staged");

        try (Project observer = Project.open(server.address(server.login("Olga"), ServerProject.password("Olga")),
                Credentials.NONE)) {
            assertTrue(observer.sessions().list().stream().noneMatch(s -> s.session().name().startsWith("crashed")));
        }
        assertEquals("staging", state(old), "an observer's opening removes nothing");

        try (Project supervisor = Project.open(server.address(server.login("Sue"), ServerProject.password("Sue")),
                Credentials.NONE)) {
            assertFalse(supervisor.sessions().list().stream().anyMatch(s -> s.session().name().equals("crashed-yesterday")));
        }
        assertEquals(0, stagedRows(old), "the abandoned batch's rows are gone");
        assertEquals("discarded", state(old), "its audit rows cannot be deleted, so the batch stays, discarded");
        assertEquals("staging", state(recent), "an import that may still be running is left alone");
        assertEquals(4, stagedRows(recent));
    }
}
