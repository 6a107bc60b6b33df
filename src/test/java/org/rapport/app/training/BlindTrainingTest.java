package org.rapport.app.training;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.Project;
import org.rapport.cli.CliRun;
import org.rapport.model.rater.Rater;
import org.rapport.model.rater.RaterRole;
import org.rapport.model.session.Session;

/**
 * Blind assignment on a file project: two projects built alike, except that in one two sessions are gold, a trainee
 * completed them against the master and the reliability sample was drawn for a second observer, while in the other
 * the same sessions were merely assigned. Everything an observer can look at (the session list in the app and on
 * the command line, their assignments and sessions as the app opens them, the exports and training commands, which
 * refuse them alike) is identical in both: no
 * flag, no order, no count tells gold, calibration or sample sessions apart.
 */
class BlindTrainingTest {
    @TempDir static Path marked;
    @TempDir static Path plain;
    static List<String> picked;

    @BeforeAll
    static void twins() throws Exception {
        build(marked, true);
        build(plain, false);
    }

    private static void build(Path dir, boolean mark) throws Exception {
        TrainingFixture f = new TrainingFixture(dir);
        Rater mara = f.rater("Mara", RaterRole.MASTER);
        Rater tess = f.rater("Tess", RaterRole.OBSERVER);
        Rater uli = f.rater("Uli", RaterRole.OBSERVER);
        List<Session> sessions = new ArrayList<>();
        for (int i = 1; i <= 8; i++) sessions.add(f.session("s" + i, i % 2 == 0 ? "C1" : "C2", "T1", i));
        f.project.study().assign(sessions.stream().map(Session::id).toList(), tess, "lab");
        f.code(sessions.get(0), mara, 1, 3, 5);
        f.code(sessions.get(1), mara, 1, 3, 5);
        f.code(sessions.get(0), tess, 1, 3, 5);
        f.code(sessions.get(1), tess, 0, 3, 5);
        f.code(sessions.get(2), tess, 2);
        TrainingService t = f.project.training();
        if (mark) {
            t.markGold("s1", "lab", "Mara", t.acting());
            t.markGold("s2", "lab", "Mara", t.acting());
            picked = t.sample(new TrainingService.SampleRequest("lab", 0.5, List.of("Uli"), 3L, "client", false), t.acting())
                    .picked().stream().map(ReliabilitySample.Picked::session).toList();
        } else {
            List<Long> ids = new ArrayList<>();
            for (String name : picked) ids.add(f.project.sessions().byName(name).id());
            f.project.study().assign(ids, uli, "lab");
        }
        f.project.close();
    }

    private static CliRun run(Path dir, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--project");
        all.add(dir.resolve("p").toString());
        return CliRun.of(all.toArray(String[]::new));
    }

    @Test
    void theTwinsDifferOnlyForTheStaff() {
        assertEquals(4, picked.size(), "half of the six sessions that are not gold, per client: round(0.5 × 3) twice");
        assertTrue(run(marked, "gold", "--codebook", "lab").out().contains("s1"));
        assertEquals("", run(plain, "gold", "--codebook", "lab").out());
    }

    @Test
    void everyCommandLineViewOfAnObserverIsTheSameInBothTwins() {
        for (String observer : List.of("Tess", "Uli")) {
            String[][] views = {
                    {"sessions", "--json"}, {"sessions"},
                    {"export", "codings", "--format", "csv", "--out", "-"},
                    {"export", "codings", "--format", "csv", "--layout", "utterances", "--codebook", "lab", "--out", "-"},
                    {"export", "ratings", "--out", "-"},
                    {"gold", "--codebook", "lab"}, {"certify", "--codebook", "lab", "--rater", observer},
                    {"drift", "--codebook", "lab"}, {"sample", "--codebook", "lab", "--show"},
                    {"sample", "--codebook", "lab", "--share", "0.5", "--second-rater", "Uli", "--seed", "3", "--dry-run"}};
            for (String[] view : views) {
                String[] args = new String[view.length + 2];
                System.arraycopy(view, 0, args, 0, view.length);
                args[view.length] = "--as";
                args[view.length + 1] = observer;
                CliRun a = run(marked, args);
                CliRun b = run(plain, args);
                String what = observer + ": " + String.join(" ", view);
                assertEquals(b.exitCode(), a.exitCode(), what);
                // observers may list sessions; exports and the training commands are the staff's (refused alike)
                assertEquals(view[0].equals("sessions") ? 0 : 2, a.exitCode(), what + ": " + a);
                assertEquals(b.out(), a.out(), what);
                assertEquals(b.err(), a.err(), what);
                assertFalse(a.out().contains("gold") || a.out().contains("reliability") || a.out().contains("calibration"),
                        what + ": " + a.out());
            }
        }
        assertTrue(run(marked, "sessions", "--json", "--as", "Uli").out().contains("\"s8\""));
        CliRun refused = run(marked, "certify", "--codebook", "lab", "--rater", "Tess", "--as", "Tess");
        assertEquals(2, refused.exitCode());
        assertTrue(refused.err().contains("observers code blind"), refused.err());
    }

    /** The workspace without the times codings were made (the twins were built a moment apart). */
    private static String untimed(Object workspace) {
        return workspace.toString().replaceAll("\\d{4}-\\d\\d-\\d\\dT[\\d:.]+Z", "T");
    }

    @Test
    void anObserversSessionListAndAssignmentsInTheAppAreTheSameInBothTwins() {
        try (Project a = Project.openForReading(marked.resolve("p")); Project b = Project.openForReading(plain.resolve("p"))) {
            for (String observer : List.of("Tess", "Uli")) {
                Rater ra = a.raters().list().stream().filter(r -> r.name().equals(observer)).findFirst().orElseThrow();
                Rater rb = b.raters().list().stream().filter(r -> r.name().equals(observer)).findFirst().orElseThrow();
                assertEquals(b.workspace().sessionRows(rb).toString(), a.workspace().sessionRows(ra).toString(), observer);
                assertEquals(b.codings().assignments(rb), a.codings().assignments(ra), observer);
                for (var row : a.sessions().list()) {
                    long id = row.session().id();
                    assertEquals(untimed(b.workspace().open(rb, id, false)), untimed(a.workspace().open(ra, id, false)),
                            observer + " in " + row.session().name());
                }
            }
        }
    }
}
