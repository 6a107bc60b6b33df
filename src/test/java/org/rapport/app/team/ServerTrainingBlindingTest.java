package org.rapport.app.team;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.rapport.app.Project;
import org.rapport.app.training.TrainingService;
import org.rapport.model.BadInputException;
import org.rapport.model.coding.Assignment;
import org.rapport.model.coding.AssignmentStatus;
import org.rapport.model.rater.RaterRole;
import org.rapport.store.AssignmentRepository;
import org.rapport.store.Selection;

/**
 * Gold sessions and the reliability sample on a server project (schema 8, V8_1): the staff mark and draw them through
 * Rapport, the database audits it, and an observer's own login is refused the tables outright, with any SQL, and
 * finds no audit row of them.
 */
class ServerTrainingBlindingTest {
    private static final List<String> TABLES = List.of("gold_session", "reliability_sample", "sample_session");
    private static ServerProject server;

    @BeforeAll
    static void aSupervisorMarksGoldAndDrawsTheSample() {
        server = new ServerProject("train");
        server.raters("Tess", RaterRole.OBSERVER, "Uli", RaterRole.OBSERVER, "Mara", RaterRole.MASTER,
                "Dana", RaterRole.SUPERVISOR);
        server.session("s01", "Tess", "Mara");
        for (int i = 2; i <= 6; i++) server.session("s0" + i, "Tess");
        try (Project dana = server.as("Dana")) {
            TrainingService t = dana.training();
            t.markGold("s01", "3rs", "Mara", t.acting());
            t.sample(new TrainingService.SampleRequest("3rs", 0.4, List.of("Uli"), 11L, null, false), t.acting());
        }
    }

    private static Connection as(String name) throws SQLException {
        return server.connect(name);
    }

    private static long count(Connection c, String sql) throws SQLException {
        return ServerProject.count(c, sql);
    }

    @Test
    void theStaffSeeWhatTheyMarkedAndTheDatabaseAuditedIt() throws SQLException {
        try (Project dana = server.as("Dana")) {
            assertEquals(List.of("s01"), dana.training().gold("3rs").stream().map(TrainingService.GoldView::session).toList());
            assertEquals(2, dana.training().drawnSample("3rs").orElseThrow().picked().size(), "round(0.4 × 5)");
        }
        try (Connection c = as("Dana")) {
            assertEquals(1, count(c, "SELECT count(*) FROM gold_session"));
            assertEquals(1, count(c, "SELECT count(*) FROM audit_log WHERE entity = 'gold_session' AND login = '"
                    + server.login("Dana") + "'"));
            assertEquals(2, count(c, "SELECT count(*) FROM audit_log WHERE entity = 'sample_session'"));
        }
    }

    @Test
    void anObserversLoginIsRefusedTheTablesAndSeesNoAuditRowOfThem() throws SQLException {
        for (String observer : List.of("Tess", "Uli")) {
            try (Connection c = as(observer)) {
                c.setAutoCommit(false);
                for (String table : TABLES) {
                    assertEquals(0, count(c, "SELECT count(*) FROM pg_class WHERE relname = '" + table
                            + "' AND has_table_privilege(oid, 'SELECT')"), observer + " may read " + table);
                    SQLException e = assertThrows(SQLException.class, () -> count(c, "SELECT count(*) FROM " + table));
                    assertEquals("42501", e.getSQLState(), e.getMessage()); // insufficient_privilege
                    c.rollback();
                    assertThrows(SQLException.class, () -> c.createStatement().executeUpdate("DELETE FROM " + table));
                    c.rollback();
                }
                assertEquals(0, count(c, "SELECT count(*) FROM audit_log WHERE entity IN ('gold_session',"
                        + " 'reliability_sample', 'sample_session')"));
            }
        }
    }

    /**
     * Certification and drift order an observer's sessions by when they were completed: the time must be stored when
     * the observer's own login completes the session (row security lets them change it only while not complete).
     */
    @Test
    void anObserverCompletingASessionWithTheirOwnLoginRecordsWhen() {
        java.time.Instant before = java.time.Instant.now().minusSeconds(1);
        try (Project tess = server.as("Tess")) {
            long sid = tess.sessions().byName("s06").id();
            long me = tess.identity().rater().id();
            tess.store().inTransaction(tx -> {
                tx.assignments().put(new Assignment(sid, me, "3rs", AssignmentStatus.COMPLETE));
                return null;
            });
        }
        try (Project dana = server.as("Dana")) {
            long sid = dana.sessions().byName("s06").id();
            List<AssignmentRepository.Completion> done = dana.store().read(tx -> tx.assignments().completions(
                    Selection.ALL.session(sid)));
            assertEquals(1, done.size(), done.toString());
            assertNotNull(done.get(0).completedAt(), "the completion time of Tess's own completion");
            assertTrue(!done.get(0).completedAt().isBefore(before), done.get(0).completedAt().toString());
        }
    }

    @Test
    void anObserverIsRefusedEveryTrainingViewInTheApp() {
        try (Project tess = server.as("Tess")) {
            TrainingService t = tess.training();
            for (Runnable view : List.<Runnable>of(() -> t.gold("3rs"), () -> t.certify("3rs", "Tess"),
                    () -> t.drift("3rs", null, null, null), () -> t.drawnSample("3rs"))) {
                BadInputException e = assertThrows(BadInputException.class, view::run);
                assertTrue(e.getMessage().contains("observers code blind"), e.getMessage());
            }
        }
    }
}
