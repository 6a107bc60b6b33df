package org.rapport.app.training;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.model.BadInputException;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.model.session.Session;

/**
 * Training to criterion: a trainee is certified exactly at the gold session where the criterion (kappa ≥ .60 on 3
 * consecutive gold sessions) first holds, in the order the sessions were completed, and a failure resets the run.
 */
class CertificationTest {
    @TempDir Path dir;
    TrainingFixture f;
    Rater master;
    Rater tess;
    Session[] g = new Session[7];

    @BeforeEach
    void goldSessions() throws Exception {
        f = new TrainingFixture(dir);
        master = f.rater("Master", RaterRole.MASTER);
        tess = f.rater("Tess", RaterRole.OBSERVER);
        for (int i = 1; i <= 6; i++) {
            g[i] = f.session("g" + i);
            f.code(g[i], master, 1, 3, 5);
            f.project.training().markGold(g[i].name(), "lab", "Master", f.project.training().acting());
        }
    }

    @AfterEach
    void close() {
        f.project.close();
    }

    /** Tess codes like the master (kappa 1), the opposite way (kappa -1), or two of three (kappa 2/3, a pass). */
    private void pass(Session s, String day) {
        f.code(s, tess, 1, 3, 5);
        f.completedAt(s, tess, TrainingFixture.day(day));
    }

    private void fail(Session s, String day) {
        f.code(s, tess, 0, 2, 4);
        f.completedAt(s, tess, TrainingFixture.day(day));
    }

    @Test
    void certificationIsReachedAtTheSessionWhereTheRunFirstReachesTheCriterion() {
        // completed out of name order: g3 pass, g1 fail, g5 pass, g2 pass, then g4 (2/3) pass and g6 fail
        pass(g[3], "2026-01-05");
        fail(g[1], "2026-01-06");
        pass(g[5], "2026-01-07");
        pass(g[2], "2026-01-08");
        Certification before = f.project.training().certify("lab", "Tess");
        assertFalse(before.certified(), "two passes in a row after the failure are not three");
        assertEquals(List.of("g3", "g1", "g5", "g2"), before.sessions().stream().map(Certification.GoldResult::session).toList());
        assertArrayEquals(new int[] {1, 0, 1, 2}, before.sessions().stream().mapToInt(Certification.GoldResult::run).toArray());

        f.code(g[4], tess, 1, 3);
        f.completedAt(g[4], tess, TrainingFixture.day("2026-01-09"));
        fail(g[6], "2026-01-10");
        Certification after = f.project.training().certify("lab", "Tess");
        assertTrue(after.certified());
        assertEquals("g4", after.certifiedAt().session());
        assertEquals(5, after.certifiedAt().order());
        assertEquals(2.0 / 3, after.certifiedAt().value(), 1e-12);
        assertArrayEquals(new int[] {1, 0, 1, 2, 3, 0}, after.sessions().stream().mapToInt(Certification.GoldResult::run).toArray());
        assertEquals(List.of(true, false, true, true, true, false),
                after.sessions().stream().map(Certification.GoldResult::passed).toList());
        assertEquals(List.of("training", "training", "training", "training", "training", "calibration"),
                after.sessions().stream().map(Certification.GoldResult::phase).toList());
        assertEquals(1.0, after.sessions().get(0).value(), 1e-12);
        assertEquals(-1.0, after.sessions().get(1).value(), 1e-12);
        assertEquals("g", after.sessions().get(0).breakdown().get(0).id(), "agreement per code group");
        Drift drift = f.project.training().drift("lab", "Tess", null, null);
        assertEquals(List.of("g6"), drift.raters().get(0).points().stream().map(Drift.Point::session).toList(),
                "drift against the reference starts after certification: the gold sessions after it are calibration");
        assertTrue(TrainingService.methodsParagraph(after).contains("reached the criterion at the 5th gold session (g4"),
                TrainingService.methodsParagraph(after));
    }

    @Test
    void aSessionTheReferenceHasNotCompletedIsNotAssessedAndBreaksNoRun() throws Exception {
        Session late = f.session("late");
        f.project.training().markGold("late", "lab", "Master", f.project.training().acting());
        pass(g[1], "2026-01-01");
        f.code(late, tess, 1, 3, 5);
        f.completedAt(late, tess, TrainingFixture.day("2026-01-02"));
        pass(g[2], "2026-01-03");
        pass(g[3], "2026-01-04");
        Certification c = f.project.training().certify("lab", "Tess");
        assertNull(c.sessions().get(1).passed());
        assertTrue(c.sessions().get(1).reason().contains("not completed"), c.sessions().get(1).reason());
        assertEquals("g3", c.certifiedAt().session());
    }

    @Test
    void aCodebookWithoutCriterionIsRefusedWithWhatToDo() throws Exception {
        Path plain = dir.resolve("plain.yaml");
        java.nio.file.Files.writeString(plain, TrainingFixture.CODEBOOK.replace("id: lab", "id: plain")
                .substring(0, TrainingFixture.CODEBOOK.replace("id: lab", "id: plain").indexOf("criterion:")));
        f.project.codebooks().add(plain);
        BadInputException e = assertThrows(BadInputException.class, () -> f.project.training().certify("plain", "Tess"));
        assertTrue(e.getMessage().contains("states no training criterion"), e.getMessage());
    }

    @Test
    void sqlPastRapportCannotPutMarkupInTheNewTextColumns() {
        for (String sql : new String[] {
                "INSERT INTO gold_session (session_id, codebook_id, reference_id, marked_by, marked_at) VALUES ("
                        + g[1].id() + ", 'other', " + master.id() + ", ?, CURRENT_TIMESTAMP)",
                "INSERT INTO reliability_sample (codebook_id, share, seed, population, drawn_by, drawn_at) VALUES"
                        + " ('lab', 0.2, 1, 6, ?, CURRENT_TIMESTAMP)"}) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> ((org.rapport.store.jdbc.JdbcProjectStore)
                    f.project.store()).withConnection(c -> {
                        try (java.sql.PreparedStatement ps = c.prepareStatement(sql)) {
                            ps.setString(1, "<html><img src='http://127.0.0.1:9/x.png'>");
                            return ps.executeUpdate();
                        }
                    }), sql);
            assertTrue(String.valueOf(e.getCause()).toLowerCase(java.util.Locale.ROOT).contains("plain"),
                    String.valueOf(e.getCause()));
        }
    }

    @Test
    void theReferenceMustBeAMasterOrAConsensus() {
        BadInputException e = assertThrows(BadInputException.class, () -> f.project.training().markGold("g1", "lab",
                "Tess", f.project.training().acting()));
        assertTrue(e.getMessage().contains("a master rater or a consensus"), e.getMessage());
    }
}
