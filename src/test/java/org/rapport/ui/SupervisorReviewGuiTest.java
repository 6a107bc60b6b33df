package org.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JTabbedPane;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.rapport.model.rater.Rater;
import org.rapport.model.coding.AssignmentStatus;
import org.rapport.app.Project;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.NativeSupport;
import org.rapport.agreement.project.AlignmentMethod;
import org.rapport.agreement.project.Disagreement;
import org.rapport.app.demo.DemoProject;
import org.rapport.model.coding.ConsensusItem;
import org.rapport.report.table.ReliabilityTable;
import org.rapport.store.ConsensusRepository;
import org.rapport.store.ProjectStore;
import org.rapport.store.h2.H2ProjectStore;
import org.rapport.ui.reliability.ReliabilityPanel;
import org.rapport.ui.session.SessionView;

/**
 * A supervisor's loop in the app (issue #12): open Reliability, pick a disagreement, land at its moment with both
 * raters' lanes labelled by code, settle it into the consensus, see the consensus lane. Screenshots of each step go to
 * target/review-shots.
 */
@ExtendWith({SwingThreadCheck.class, EdtIoWatch.class})
class SupervisorReviewGuiTest {
    private static final String SESSION = "s02-confrontation";
    @TempDir Path dir;
    private GuiFixture app;

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) app.close();
    }

    @Test
    void reliabilityToDisagreementToConsensusLane() throws Exception {
        NativeSupport.assumeDisplay();
        Path project = dir.resolve("demo");
        DemoProject.ensure(project, DemoProject.locateSamples());
        Path shots = Files.createDirectories(Path.of("target", "review-shots"));
        app = GuiFixture.open(project, "Dana");
        app.waitFor(() -> app.window.reliabilityPanel() != null, 30_000);

        // Reliability: computed in the background, degenerate values say why
        ReliabilityPanel rel = app.onEdt(app.window::reliabilityPanel);
        SwingUtilities.invokeAndWait(() -> {
            JTabbedPane home = (JTabbedPane) Screenshots.find(app.window.getContentPane(), "home");
            home.setSelectedComponent(rel);
        });
        app.waitFor(rel::ready, 30_000);
        SwingUtilities.invokeAndWait(() -> {
            rel.choose("3rs", AlignmentMethod.UTTERANCE, List.of("Ana", "Ben"), List.of());
            rel.compute();
        });
        app.waitFor(() -> !rel.rows().isEmpty(), 120_000);
        List<ReliabilityTable.Row> rows = app.onEdt(rel::rows);
        assertTrue(rows.stream().anyMatch(r -> r.statistic().startsWith("Cohen's kappa") && r.raters().equals("Ana–Ben")), rows.toString());
        for (ReliabilityTable.Row r : rows) {
            if (r.degenerate()) assertTrue(r.interpretation().startsWith("not interpretable: "), r.toString());
        }
        assertTrue(app.onEdt(rel::status).contains("disagreement(s)"), app.onEdt(rel::status));
        Screenshots.shot(app.window, shots.resolve("reliability.png"));

        // the queue, filtered to one session and the pair
        SwingUtilities.invokeAndWait(() -> rel.queue().filter(null, SESSION, "Ana", "Ben"));
        List<Disagreement> shown = app.onEdt(() -> rel.queue().shown());
        assertFalse(shown.isEmpty());
        for (Disagreement d : shown) assertEquals(SESSION, d.session());
        int pick = 0;
        for (int i = 0; i < shown.size(); i++) if (shown.get(i).code() != null) { pick = i; break; }
        int row = pick;
        SwingUtilities.invokeAndWait(() -> rel.queue().select(row));
        Disagreement d = app.onEdt(() -> rel.queue().selected());
        assertNotNull(d.code());

        // open it: the session at the moment, looping, a lane per rater with code names on the bars
        SwingUtilities.invokeAndWait(() -> rel.queue().openSelected());
        app.waitFor(() -> app.window.sessionView() != null && app.window.sessionView().isShowing(), 30_000);
        SessionView v = app.onEdt(app.window::sessionView);
        long[] loop = app.onEdt(v::loopedStretch);
        assertNotNull(loop, "the stretch loops");
        assertTrue(loop[0] <= d.startMs() && loop[1] >= d.endMs(), Arrays.toString(loop) + " " + d);
        List<String> lanes = app.onEdt(v::timelineLanes);
        assertTrue(lanes.containsAll(List.of("Ana", "Ben")), lanes.toString());
        app.waitFor(() -> v.timelineBarLabels().stream().anyMatch(l -> l.startsWith("Ana: "))
                && v.timelineBarLabels().stream().anyMatch(l -> l.startsWith("Ben: ")), 10_000);
        Screenshots.shot(app.window, shots.resolve("review-session.png"));

        // other raters' ratings, side by side
        SwingUtilities.invokeAndWait(() -> {
            JTabbedPane tabs = (JTabbedPane) Screenshots.find(v, "coding-tabs");
            for (int i = 0; i < tabs.getTabCount(); i++) if (tabs.getTitleAt(i).equals("Raters' ratings")) tabs.setSelectedIndex(i);
        });
        javax.swing.JTable ratingsTable = app.onEdt(() -> (javax.swing.JTable) Screenshots.find(v, "raters-ratings-table"));
        assertNotNull(ratingsTable, "a Raters' ratings tab for the supervisor");
        List<String> columns = app.onEdt(() -> {
            List<String> c = new java.util.ArrayList<>();
            for (int i = 0; i < ratingsTable.getColumnCount(); i++) c.add(ratingsTable.getColumnName(i));
            return c;
        });
        assertTrue(columns.containsAll(List.of("Ana", "Ben", "Chiara")), columns.toString());
        assertTrue(app.onEdt(ratingsTable::getRowCount) > 0);
        Screenshots.shot(app.window, shots.resolve("raters-ratings.png"));

        // settle it into the consensus: take Ana, with a reason
        SwingUtilities.invokeLater(() -> rel.queue().settleSelected());
        app.waitFor(() -> dialog() != null, 30_000);
        Window dialog = app.onEdt(SupervisorReviewGuiTest::dialog);
        Screenshots.shot(dialog, shots.resolve("consensus-dialog.png"));
        SwingUtilities.invokeAndWait(() -> {
            ((JTextField) Screenshots.find(dialog, "consensus-reason")).setText("Ana's reading fits the manual");
            ((JButton) Screenshots.find(dialog, "take-Ana")).doClick();
        });
        app.waitFor(() -> dialog() == null, 30_000);

        // the session again, now with the consensus lane
        app.waitFor(() -> app.window.sessionView() != null && app.window.sessionView() != v
                && app.window.sessionView().isShowing(), 30_000);
        SessionView after = app.onEdt(app.window::sessionView);
        assertTrue(app.onEdt(after::timelineLanes).contains("Consensus"), app.onEdt(after::timelineLanes).toString());
        app.waitFor(() -> after.timelineBarLabels().stream().anyMatch(l -> l.startsWith("Consensus: ")), 10_000);
        Screenshots.shot(app.window, shots.resolve("consensus-lane.png"));

        // the decision is stored and audited, by the supervisor who made it
        app.close();
        app = null;
        try (ProjectStore store = H2ProjectStore.open(project)) {
            List<ConsensusItem> decided = store.read(tx -> tx.consensus().all().stream()
                    .flatMap(c -> tx.consensus().items(c.id()).stream()).filter(i -> !i.isOpen()).toList());
            assertEquals(1, decided.size());
            ConsensusItem item = decided.get(0);
            assertEquals("Dana", item.decision().decidedBy());
            assertEquals("Ana's reading fits the manual", item.decision().reason());
            assertTrue(item.startMs() < d.endMs() + 1 && item.endMs() > d.startMs() - 1, item + " " + d);
            assertEquals(1, store.read(tx -> tx.audit().forEntity(ConsensusRepository.ITEM_ENTITY, item.id())).size());
        }
    }

    /** The progress board: rater × session with status and counts; assigning and unassigning a cell. */
    @Test
    void progressBoardShowsHowFarEachRaterIsAndAssigns() throws Exception {
        NativeSupport.assumeDisplay();
        Path project = dir.resolve("demo");
        DemoProject.ensure(project, DemoProject.locateSamples());
        long[] expected = new long[2]; // Ana's codings and ratings of the first session, read from the store
        try (ProjectStore store = H2ProjectStore.open(project)) {
            store.read(tx -> {
                long session = tx.sessions().all().get(0).id();
                long anaId = tx.raters().byName("Ana").orElseThrow().id();
                expected[0] = tx.codings().forSession(session, anaId).size();
                expected[1] = tx.ratings().forSession(session, anaId).size();
                return null;
            });
        }
        app = GuiFixture.open(project, "Dana");
        app.waitFor(() -> app.window.progressBoard() != null, 30_000);
        org.rapport.ui.study.ProgressBoard board = app.onEdt(app.window::progressBoard);
        SwingUtilities.invokeAndWait(() -> ((JTabbedPane) Screenshots.find(app.window.getContentPane(), "home"))
                .setSelectedComponent(board));
        app.waitFor(() -> board.rows() == 3, 30_000);
        // columns: Session, then the raters in the order of the project (Ana, Ben, Chiara, Dana)
        String ana = app.onEdt(() -> board.cellText(0, 1));
        assertTrue(ana.matches("(✓ complete|◐ in progress|○ not started) · .* · " + expected[0] + " codings?(, "
                + expected[1] + " ratings?)?"), ana + " expected " + Arrays.toString(expected));
        String dana = app.onEdt(() -> board.cellText(2, 4));
        assertEquals("", dana, "the supervisor codes nothing in the demo");
        SwingUtilities.invokeAndWait(() -> {
            board.select(2, 4, "3rs");
            board.assignSelected();
        });
        app.waitFor(() -> board.cellText(2, 4).startsWith("○ not started · 3rs · 0 codings"), 30_000);
        Screenshots.shot(app.window, Files.createDirectories(Path.of("target", "review-shots")).resolve("progress-board.png"));
        SwingUtilities.invokeAndWait(() -> {
            board.select(2, 4, "3rs");
            board.unassignSelected();
        });
        app.waitFor(() -> board.cellText(2, 4).isEmpty(), 30_000);

        // reopening: the demo's raters marked their sessions complete; the supervisor lets Ana change s01 again
        assertTrue(app.onEdt(() -> board.cellText(0, 1)).startsWith("\u2713 complete"), app.onEdt(() -> board.cellText(0, 1)));
        SwingUtilities.invokeAndWait(() -> {
            board.select(0, 1, "3rs");
            board.reopenSelected();
        });
        app.waitFor(() -> board.status().startsWith("reopened 1 with 3rs"), 30_000);
        try (Project p = Project.openForReading(project)) {
            Rater anaRater = p.raters().byName("Ana");
            long s01 = p.sessions().list().get(0).session().id();
            assertEquals(AssignmentStatus.IN_PROGRESS, p.codings().assignments(anaRater, s01).stream()
                    .filter(a -> a.codebookId().equals("3rs")).findFirst().orElseThrow().status(), "in the store");
        }
        SwingUtilities.invokeAndWait(() -> {
            board.select(0, 1, "3rs");
            board.reopenSelected();
        });
        app.waitFor(() -> board.status().contains("not complete, left as they were: 1"), 30_000);

        // a folder of sessions: every transcript with its recording; a bad one leaves the project as it was
        Path folder = Files.createDirectories(dir.resolve("incoming"));
        Path samples = DemoProject.locateSamples();
        for (String f : List.of("s01-withdrawal.vtt", "s01-withdrawal.mp4", "s02-confrontation.vtt")) {
            Files.copy(samples.resolve(f), folder.resolve(f.replace("s0", "new-s0")));
        }
        SwingUtilities.invokeAndWait(() -> board.importFolder(folder));
        app.waitFor(() -> board.rows() == 5, 60_000);
        assertTrue(app.onEdt(board::status).startsWith("imported 2 session(s) from incoming"), app.onEdt(board::status));
        Path bad = Files.createDirectories(dir.resolve("bad"));
        Files.copy(samples.resolve("s03-unresolved.vtt"), bad.resolve("a-good.vtt"));
        Files.writeString(bad.resolve("b-broken.vtt"), "WEBVTT\n\n00:00:05.000 --> 00:00:01.000\nbackwards\n");
        SwingUtilities.invokeAndWait(() -> board.importFolder(bad));
        app.waitFor(() -> board.status().contains("b-broken.vtt"), 60_000);
        SwingUtilities.invokeAndWait(board::refresh);
        Thread.sleep(1000);
        assertEquals(5, (int) app.onEdt(board::rows), "nothing of the bad folder was imported");
    }

    /** A report's rapport:// link opens the app at the disagreement, every lane shown, the stretch looping. */
    @Test
    void aReportLinkOpensTheAppAtTheMoment() throws Exception {
        NativeSupport.assumeDisplay();
        Path project = dir.resolve("demo");
        DemoProject.ensure(project, DemoProject.locateSamples());
        app = GuiFixture.openAt(org.rapport.report.html.ReviewLink.parse(
                new org.rapport.report.html.ReviewLink(project, SESSION, 29_400L, 36_100L).uri()), "Dana");
        app.waitFor(() -> app.window.sessionView() != null && app.window.sessionView().isShowing(), 30_000);
        SessionView v = app.onEdt(app.window::sessionView);
        long[] loop = app.onEdt(v::loopedStretch);
        assertNotNull(loop);
        assertTrue(loop[0] <= 29_400 && loop[1] >= 36_100, Arrays.toString(loop));
        assertTrue(app.onEdt(v::timelineLanes).containsAll(List.of("Ana", "Ben", "Chiara")), app.onEdt(v::timelineLanes).toString());
        assertTrue(app.onEdt(() -> v.player().time()) >= 28_000);

        // a second link while the app has the project open goes to this window (a second one would be refused)
        String other = new org.rapport.report.html.ReviewLink(project, "s01-withdrawal", 60_000L, 65_000L).uri();
        org.rapport.cli.CliRun run = org.rapport.cli.CliRun.of("open", other);
        assertEquals(0, run.exitCode(), run.toString());
        app.waitFor(() -> app.window.sessionView() != null && app.window.sessionView() != v
                && app.window.sessionView().isShowing(), 30_000);
        SessionView second = app.onEdt(app.window::sessionView);
        assertTrue(app.onEdt(() -> labels(second)).contains("s01-withdrawal"), "the linked session");
        long[] secondLoop = app.onEdt(second::loopedStretch);
        assertTrue(secondLoop[0] <= 60_000 && secondLoop[1] >= 65_000, Arrays.toString(secondLoop));
    }

    /** Every label's text under a component. */
    private static List<String> labels(java.awt.Component c) {
        List<String> out = new java.util.ArrayList<>();
        if (c instanceof javax.swing.JLabel l && l.getText() != null) out.add(l.getText());
        if (c instanceof java.awt.Container k) for (java.awt.Component child : k.getComponents()) out.addAll(labels(child));
        return out;
    }

    private static Window dialog() {
        return Arrays.stream(Window.getWindows()).filter(w -> "consensus-dialog".equals(w.getName()) && w.isShowing())
                .findFirst().orElse(null);
    }
}
