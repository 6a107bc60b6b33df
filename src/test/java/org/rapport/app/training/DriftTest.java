package org.rapport.app.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.cli.CliRun;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.model.session.Session;

/**
 * Drift: each rater's agreement with the reference (gold sessions) and with the other raters (double-coded sessions)
 * by month and by n sessions. Every value is checked against Cohen's kappa computed independently, by {@code rapport
 * agree --data} on a table of the same codes this test writes itself.
 */
class DriftTest {
    @TempDir Path dir;
    TrainingFixture f;
    Rater master;
    Rater tess;
    Rater ulla;

    /** Tess's and Ulla's coded utterances of the double-coded sessions, and Tess's of the gold ones (Master: 1,3,5). */
    static final int[][] TESS = {{1, 3, 5}, {1, 3, 5}, {0}, {2, 5}};
    static final int[][] ULLA = {{1, 3}, {0, 2, 4}, {0, 1, 2, 3}, {2, 5}};
    static final int[][] TESS_GOLD = {{1, 3, 5}, {1, 3}};
    static final String[] TESS_DAYS = {"2026-01-10", "2026-01-20", "2026-02-10", "2026-03-05"};

    @BeforeEach
    void project() throws Exception {
        f = new TrainingFixture(dir);
        master = f.rater("Master", RaterRole.MASTER);
        tess = f.rater("Tess", RaterRole.OBSERVER);
        ulla = f.rater("Ulla", RaterRole.OBSERVER);
        String[] goldDays = {"2026-01-15", "2026-02-15"};
        for (int i = 0; i < 2; i++) {
            Session g = f.session("g" + (i + 1));
            f.code(g, master, 1, 3, 5);
            f.project.training().markGold(g.name(), "lab", "Master", f.project.training().acting());
            f.code(g, tess, TESS_GOLD[i]);
            f.completedAt(g, tess, TrainingFixture.day(goldDays[i]));
        }
        for (int i = 0; i < 4; i++) {
            Session d = f.session("d" + (i + 1));
            f.code(d, tess, TESS[i]);
            f.completedAt(d, tess, TrainingFixture.day(TESS_DAYS[i]));
            f.code(d, ulla, ULLA[i]);
            f.completedAt(d, ulla, TrainingFixture.day("2026-01-31"));
        }
    }

    @AfterEach
    void close() {
        f.project.close();
    }

    /** Cohen's kappa of two raters' codes on the six utterances, by the plain rating-table path of agree --data. */
    private double kappa(int[] a, int[] b) throws Exception {
        Set<Integer> sa = Arrays.stream(a).boxed().collect(Collectors.toSet());
        Set<Integer> sb = Arrays.stream(b).boxed().collect(Collectors.toSet());
        String rows = IntStream.range(0, 6).mapToObj(u -> "u" + u + ",A," + (sa.contains(u) ? "x" : "none") + "\n"
                + "u" + u + ",B," + (sb.contains(u) ? "x" : "none")).collect(Collectors.joining("\n"));
        Path csv = Files.createTempFile(dir, "pair", ".csv");
        Files.writeString(csv, "unit,rater,value\n" + rows + "\n");
        CliRun run = CliRun.of("agree", "--data", csv.toString(), "--statistic", "cohen-kappa", "--json");
        assertEquals(0, run.exitCode(), run.toString());
        return new ObjectMapper().readTree(run.out()).get("value").asDouble();
    }

    @Test
    void byMonthEachBinIsTheMeanOfItsSessionsAgreementComputedIndependently() throws Exception {
        Drift d = f.project.training().drift("lab", null, null, null);
        assertEquals(List.of("Tess", "Ulla"), d.raters().stream().map(Drift.RaterDrift::rater).toList(),
                "the master made only references");
        Drift.RaterDrift t = d.raters().get(0);
        assertEquals(List.of("2026-01", "2026-02"), t.reference().stream().map(Drift.Bin::label).toList());
        int[] ref = {1, 3, 5};
        assertEquals(kappa(TESS_GOLD[0], ref), t.reference().get(0).mean(), 1e-9);
        assertEquals(kappa(TESS_GOLD[1], ref), t.reference().get(1).mean(), 1e-9);
        assertEquals(List.of("2026-01", "2026-02", "2026-03"), t.peers().stream().map(Drift.Bin::label).toList());
        double jan = (kappa(TESS[0], ULLA[0]) + kappa(TESS[1], ULLA[1])) / 2;
        assertEquals(jan, t.peers().get(0).mean(), 1e-9);
        assertEquals(2, t.peers().get(0).sessions());
        assertEquals(kappa(TESS[2], ULLA[2]), t.peers().get(1).mean(), 1e-9);
        assertEquals(kappa(TESS[3], ULLA[3]), t.peers().get(2).mean(), 1e-9);
        // control limit .60: January and February are below it, March is not, so Tess's latest period is fine
        assertEquals(List.of(true, true, false), t.peers().stream().map(Drift.Bin::flagged).toList());
        assertFalse(t.flagged());
        Drift.RaterDrift u = d.raters().get(1);
        assertTrue(u.reference().isEmpty());
        double all = IntStream.range(0, 4).mapToDouble(i -> {
            try {
                return kappa(ULLA[i], TESS[i]);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).average().orElseThrow();
        assertEquals(all, u.peers().get(0).mean(), 1e-9);
        assertTrue(u.flagged(), "Ulla's only month is below the control limit");
    }

    @Test
    void bySessionsEachBinHoldsNCompletedSessionsInCompletionOrder() throws Exception {
        Drift d = f.project.training().drift("lab", "Tess", TrainingService.BY_SESSIONS, 2);
        Drift.RaterDrift t = d.raters().get(0);
        assertEquals(List.of("1\u20132", "3\u20134"), t.peers().stream().map(Drift.Bin::label).toList());
        assertEquals(List.of("d1", "d2"), t.peers().get(0).sessionNames());
        assertEquals((kappa(TESS[2], ULLA[2]) + kappa(TESS[3], ULLA[3])) / 2, t.peers().get(1).mean(), 1e-9);
        assertEquals(List.of("1\u20132"), t.reference().stream().map(Drift.Bin::label).toList());
    }
}
