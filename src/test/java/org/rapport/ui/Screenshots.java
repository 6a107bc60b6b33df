package org.rapport.ui;

import java.awt.Component;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;
import javax.imageio.ImageIO;
import javax.swing.JTabbedPane;
import javax.swing.SwingUtilities;

import org.rapport.ui.common.Theme;
import org.rapport.ui.keys.HelpDialog;
import org.rapport.ui.keys.Keys;
import org.rapport.ui.session.SessionView;
import org.rapport.ui.shell.MainWindow;
import org.rapport.ui.common.Prefs;
import org.rapport.ui.shell.RapportApp;

/**
 * Renders the main views of the real app into PNGs (docs/make-screenshots.sh runs it under xvfb-run).
 * Usage: Screenshots PROJECT_DIR OUT_DIR [RATER]
 */
public final class Screenshots {
    private Screenshots() {
    }

    public static void main(String[] args) {
        try {
            render(args);
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void render(String[] args) throws Exception {
        Path project = Path.of(args[0]);
        Path out = Path.of(args[1]);
        String rater = args.length > 2 ? args[2] : "Ana";
        String mode = args.length > 3 ? args[3] : "full";
        Files.createDirectories(out);
        System.setProperty("rapport.rater", rater);
        System.setProperty("rapport.settings", java.nio.file.Path.of("target", "test-settings", "screenshots.properties").toAbsolutePath().toString());
        Prefs.user().setDark(false);
        Prefs.user().resetKeys();
        MainWindow w = RapportApp.launch(project, () -> { })[0];
        waitFor(() -> w.project() != null && (on(w, "sessions") || w.sessionView() != null), 60_000);
        Thread.sleep(1000);
        if (w.sessionView() != null) {
            SwingUtilities.invokeAndWait(() -> ((javax.swing.JButton) find(w.sessionView(), "back")).doClick());
            waitFor(() -> w.sessionView() == null && on(w, "sessions"), 10_000);
        }
        Thread.sleep(800);
        switch (mode) {
            case "full" -> full(w, out);
            case "transcript-only" -> {
                SessionView v = open(w);
                Thread.sleep(1500);
                shot(w, out.resolve("transcript-only.png"));
            }
            case "supervisor" -> {
                SessionView first = open(w);
                waitFor(() -> first.player().length() > 0, 20_000);
                // the supervisor codes (the observers' sessions are complete, so read-only for them)
                codeInAPause(w, first, out);
                tab(first, "Codings");
                deleteWithNote(w, out);
                tab(first, "Codes");
                // the banner this view opens with, in the dark theme and after switching back
                SwingUtilities.invokeAndWait(() -> Theme.switchTo(true));
                Thread.sleep(600);
                shot(w, out.resolve("banner-dark.png"));
                SwingUtilities.invokeAndWait(() -> Theme.switchTo(false));
                Thread.sleep(600);
                Files.createDirectories(Path.of("target", "screenshots"));
                shot(w, Path.of("target", "screenshots", "banner-light-again.png"));
                SwingUtilities.invokeAndWait(() -> ((javax.swing.JButton) find(first, "toggle-others")).doClick());
                waitFor(() -> w.sessionView() != null && w.sessionView() != first && w.sessionView().isShowing(), 30_000);
                SessionView v = onEdt(w::sessionView);
                waitFor(() -> v.player().length() > 0, 20_000);
                SwingUtilities.invokeAndWait(() -> v.seek(v.player().length() / 3));
                Thread.sleep(1500);
                shot(w, out.resolve("supervisor.png"));
            }
            case "review" -> review(w, out);
            case "analytics" -> analytics(w, out);
            default -> throw new IllegalArgumentException("mode: full, transcript-only, supervisor, review or analytics");
        }
        SwingUtilities.invokeAndWait(w::exit);
        Thread.sleep(500);
        System.exit(0);
    }

    private static SessionView open(MainWindow w) throws Exception {
        long sessionId = onEdt(w::project).sessions().list().get(0).session().id();
        SwingUtilities.invokeAndWait(() -> w.openSessionAt(sessionId, 0));
        waitFor(() -> w.sessionView() != null && w.sessionView().isShowing(), 30_000);
        return onEdt(w::sessionView);
    }

    private static void full(MainWindow w, Path out) throws Exception {
        shot(w, out.resolve("sessions.png"));
        SwingUtilities.invokeAndWait(() -> {
            JTabbedPane home = (JTabbedPane) find(w.getContentPane(), "home");
            home.setSelectedIndex(home.getTabCount() - 1);
        });
        Thread.sleep(300);
        SwingUtilities.invokeAndWait(() -> {
            javax.swing.JTextField q = (javax.swing.JTextField) find(w.getContentPane(), "query");
            q.setText("don't know");
            q.postActionEvent();
        });
        Thread.sleep(2500);
        shot(w, out.resolve("search.png"));
        // a hit opened: its utterance selected in the transcript, the matched words marked
        SwingUtilities.invokeAndWait(() -> {
            javax.swing.JTable results = (javax.swing.JTable) find(w.getContentPane(), "results");
            results.setRowSelectionInterval(2, 2);
            java.awt.Rectangle cell = results.getCellRect(2, 3, true);
            results.dispatchEvent(new java.awt.event.MouseEvent(results, java.awt.event.MouseEvent.MOUSE_CLICKED,
                    System.currentTimeMillis(), 0, cell.x + 5, cell.y + 5, 2, false, java.awt.event.MouseEvent.BUTTON1));
        });
        waitFor(() -> w.sessionView() != null && w.sessionView().isShowing(), 30_000);
        Thread.sleep(2000);
        shot(w, out.resolve("search-hit.png"));
        SwingUtilities.invokeAndWait(() -> ((javax.swing.JButton) find(w.sessionView(), "back")).doClick());
        waitFor(() -> w.sessionView() == null, 10_000);
        SwingUtilities.invokeAndWait(() -> ((JTabbedPane) find(w.getContentPane(), "home")).setSelectedIndex(0));
        Thread.sleep(500);

        SessionView v = open(w);
        waitFor(() -> v.player().length() > 0, 20_000);
        long at = Long.getLong("shot.at", 40_000);
        SwingUtilities.invokeAndWait(() -> {
            v.seek(Math.min(at, v.player().length() / 2));
            v.player().play();
        });
        Thread.sleep(Long.getLong("shot.play", 3_000));
        SwingUtilities.invokeAndWait(() -> v.player().pause());
        Thread.sleep(600);
        shot(w, out.resolve("session.png"));

        tab(v, "Segment");
        // as after Alt+2: the first item has the focus and the number keys rate it
        SwingUtilities.invokeAndWait(() -> {
            Component item = findNamed(v, "item-");
            if (item != null) item.requestFocusInWindow();
        });
        Thread.sleep(300);
        shot(w, out.resolve("segment-ratings.png"));
        tab(v, "Session");
        shot(w, out.resolve("session-ratings.png"));
        tab(v, "Codings");
        shot(w, out.resolve("codings.png"));
        tab(v, "Codes");

        var codebooks = onEdt(w::project).codebooks().current().subList(0, 1);
        SwingUtilities.invokeLater(() -> HelpDialog.show(w, new Keys(Prefs.user()), codebooks, () -> { }));
        waitFor(() -> java.util.Arrays.stream(java.awt.Window.getWindows())
                .anyMatch(x -> "help".equals(x.getName()) && x.isShowing()), 10_000);
        Thread.sleep(500);
        java.awt.Window help = onEdt(() -> java.util.Arrays.stream(java.awt.Window.getWindows())
                .filter(x -> "help".equals(x.getName()) && x.isShowing()).findFirst().orElseThrow());
        shot(help, out.resolve("keys.png"));
        SwingUtilities.invokeAndWait(help::dispose);

        SwingUtilities.invokeAndWait(() -> Theme.switchTo(true));
        Thread.sleep(600);
        shot(w, out.resolve("session-dark.png"));
        SwingUtilities.invokeAndWait(() -> Theme.switchTo(false));
        Thread.sleep(600);
        Path checks = Path.of("target", "screenshots");
        Files.createDirectories(checks);
        shot(w, checks.resolve("session-light-again.png"));
        // the transcript narrowed: its rows rewrap to the pane
        SwingUtilities.invokeAndWait(() -> {
            javax.swing.JSplitPane main = (javax.swing.JSplitPane) SwingUtilities.getAncestorOfClass(
                    javax.swing.JSplitPane.class, SwingUtilities.getAncestorOfClass(javax.swing.JSplitPane.class,
                            v.transcriptPanel()));
            main.setDividerLocation(main.getWidth() - 330);
        });
        Thread.sleep(800);
        shot(w, checks.resolve("transcript-narrow.png"));
    }

    /** A code key in the pause after a therapist's turn: the status line names the client utterance it took. */
    private static void codeInAPause(MainWindow w, SessionView v, Path out) throws Exception {
        long at = onEdt(() -> {
            javax.swing.ListModel<org.rapport.model.session.Utterance> us = v.transcriptPanel().utteranceList().getModel();
            for (int i = 0; i + 1 < us.getSize(); i++) {
                var u = us.getElementAt(i);
                var next = us.getElementAt(i + 1);
                if (u.startMs() > 20_000 && u.speaker().startsWith("Therapist") && next.startMs() - u.endMs() >= 400) {
                    return u.endMs() + 150;
                }
            }
            return -1L;
        });
        if (at < 0) return;
        SwingUtilities.invokeAndWait(() -> {
            v.seek(at);
            v.transcriptPanel().utteranceList().requestFocusInWindow();
        });
        Thread.sleep(1200);
        int before = onEdt(() -> v.codingModel().own().size());
        key(java.awt.event.KeyEvent.VK_5, '5', 0);
        waitFor(() -> v.codingModel().own().size() > before, 10_000);
        Thread.sleep(500);
        shot(w, out.resolve("pause-coded.png"));
    }

    /** Deleting a coding that has a note asks first (the new coding gets a note, then Delete is pressed). */
    private static void deleteWithNote(MainWindow w, Path out) throws Exception {
        key(java.awt.event.KeyEvent.VK_E, java.awt.event.KeyEvent.CHAR_UNDEFINED, java.awt.event.InputEvent.CTRL_DOWN_MASK);
        waitFor(() -> dialogTitled("Note on coding") != null, 10_000);
        SwingUtilities.invokeAndWait(() -> {
            java.awt.Window d = dialogTitled("Note on coding");
            ((javax.swing.JTextArea) find(d, "note")).setText("Silence after the question about the journal.");
            button(d, "OK").doClick();
        });
        Thread.sleep(800);
        key(java.awt.event.KeyEvent.VK_DELETE, java.awt.event.KeyEvent.CHAR_UNDEFINED, 0);
        waitFor(() -> dialogTitled("Delete coding") != null, 10_000);
        Thread.sleep(400);
        java.awt.Window d = onEdt(() -> dialogTitled("Delete coding"));
        shot(d, out.resolve("delete-note.png"));
        SwingUtilities.invokeAndWait(() -> button(d, "Cancel").doClick());
        Thread.sleep(500);
    }

    /** The showing dialog of that title, or null. */
    static java.awt.Window dialogTitled(String title) {
        return java.util.Arrays.stream(java.awt.Window.getWindows()).filter(x -> x instanceof javax.swing.JDialog d
                && title.equals(d.getTitle()) && d.isShowing()).findFirst().orElse(null);
    }

    /** The first button with that text under a component, or null. */
    static javax.swing.JButton button(Component root, String text) {
        if (root instanceof javax.swing.JButton b && text.equals(b.getText())) return b;
        if (root instanceof java.awt.Container c) {
            for (Component child : c.getComponents()) {
                javax.swing.JButton f = button(child, text);
                if (f != null) return f;
            }
        }
        return null;
    }

    /** A key as the keyboard gives it, to whatever has the focus. */
    private static void key(int code, char ch, int modifiers) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            Component target = java.awt.KeyboardFocusManager.getCurrentKeyboardFocusManager().getFocusOwner();
            if (target == null) return;
            long now = System.currentTimeMillis();
            java.awt.EventQueue q = java.awt.Toolkit.getDefaultToolkit().getSystemEventQueue();
            q.postEvent(new java.awt.event.KeyEvent(target, java.awt.event.KeyEvent.KEY_PRESSED, now, modifiers, code, ch));
            if (ch != java.awt.event.KeyEvent.CHAR_UNDEFINED) {
                q.postEvent(new java.awt.event.KeyEvent(target, java.awt.event.KeyEvent.KEY_TYPED, now, modifiers,
                        java.awt.event.KeyEvent.VK_UNDEFINED, ch));
            }
            q.postEvent(new java.awt.event.KeyEvent(target, java.awt.event.KeyEvent.KEY_RELEASED, now + 5, modifiers,
                    code, ch));
        });
    }

    /** A supervisor's review: the Reliability view, a disagreement at its moment, settling it, the consensus lane. */
    private static void review(MainWindow w, Path out) throws Exception {
        waitFor(() -> w.progressBoard() != null, 30_000);
        // the last session may reopen late on a busy machine: the board and the Reliability view are at home
        Thread.sleep(1500);
        if (onEdt(w::sessionView) != null) {
            SwingUtilities.invokeAndWait(() -> ((javax.swing.JButton) find(w.sessionView(), "back")).doClick());
            waitFor(() -> w.sessionView() == null, 10_000);
        }
        org.rapport.ui.study.ProgressBoard board = onEdt(w::progressBoard);
        SwingUtilities.invokeAndWait(() -> ((JTabbedPane) find(w.getContentPane(), "home")).setSelectedComponent(board));
        waitFor(() -> board.rows() > 0, 30_000);
        Thread.sleep(500);
        shot(w, out.resolve("progress-board.png"));
        org.rapport.ui.reliability.ReliabilityPanel rel = onEdt(w::reliabilityPanel);
        SwingUtilities.invokeAndWait(() -> ((JTabbedPane) find(w.getContentPane(), "home")).setSelectedComponent(rel));
        waitFor(rel::ready, 30_000);
        SwingUtilities.invokeAndWait(() -> {
            rel.choose("3rs", org.rapport.agreement.project.AlignmentMethod.UTTERANCE, java.util.List.of("Ana", "Ben"),
                    java.util.List.of());
            rel.compute();
        });
        waitFor(() -> !rel.rows().isEmpty(), 120_000);
        SwingUtilities.invokeAndWait(() -> rel.queue().filter(null, "s02-confrontation", "Ana", "Ben"));
        Thread.sleep(500);
        shot(w, out.resolve("reliability.png"));
        java.util.List<org.rapport.agreement.project.Disagreement> shown = onEdt(() -> rel.queue().shown());
        int row = 0;
        while (shown.get(row).code() == null) row++;
        int pick = row;
        SwingUtilities.invokeAndWait(() -> {
            rel.queue().select(pick);
            rel.queue().openSelected();
        });
        waitFor(() -> w.sessionView() != null && w.sessionView().isShowing(), 30_000);
        SessionView v = onEdt(w::sessionView);
        Thread.sleep(1500);
        shot(w, out.resolve("review-session.png"));
        SwingUtilities.invokeLater(() -> rel.queue().settleSelected());
        waitFor(() -> consensusDialog() != null, 30_000);
        java.awt.Window d = onEdt(Screenshots::consensusDialog);
        SwingUtilities.invokeAndWait(() -> ((javax.swing.JTextField) find(d, "consensus-reason"))
                .setText("Client complains about the lack of progress: 3RS manual, confrontation markers"));
        Thread.sleep(300);
        shot(d, out.resolve("consensus-dialog.png"));
        SwingUtilities.invokeAndWait(() -> ((javax.swing.JButton) find(d, "take-Ana")).doClick());
        waitFor(() -> w.sessionView() != null && w.sessionView() != v && w.sessionView().isShowing(), 30_000);
        Thread.sleep(1500);
        shot(w, out.resolve("consensus-lane.png"));
    }

    /** A supervisor's Analytics view of one client's sessions: the table, then each plot of a session and its client. */
    private static void analytics(MainWindow w, Path out) throws Exception {
        waitFor(() -> w.analyticsPanel() != null, 30_000);
        org.rapport.ui.analytics.AnalyticsPanel a = onEdt(w::analyticsPanel);
        SwingUtilities.invokeAndWait(() -> ((JTabbedPane) find(w.getContentPane(), "home")).setSelectedComponent(a));
        waitFor(a::ready, 30_000);
        SwingUtilities.invokeAndWait(() -> {
            a.choose("3rs", null, "Ana", null);
            a.compute();
        });
        waitFor(() -> !a.rows().isEmpty(), 60_000);
        SwingUtilities.invokeAndWait(() -> a.selectSession("C01-s3"));
        Thread.sleep(800);
        shot(w, out.resolve("analytics.png"));
        SwingUtilities.invokeAndWait(() -> a.plots().setSelectedIndex(2));
        Thread.sleep(800);
        shot(w, out.resolve("analytics-trajectory.png"));
    }

    private static java.awt.Window consensusDialog() {
        return java.util.Arrays.stream(java.awt.Window.getWindows())
                .filter(x -> "consensus-dialog".equals(x.getName()) && x.isShowing()).findFirst().orElse(null);
    }

    private static void tab(SessionView v, String title) throws Exception {
        SwingUtilities.invokeAndWait(() -> {
            JTabbedPane tabs = (JTabbedPane) find(v, "coding-tabs");
            for (int i = 0; i < tabs.getTabCount(); i++) if (tabs.getTitleAt(i).equals(title)) tabs.setSelectedIndex(i);
        });
        Thread.sleep(400);
    }

    /** The showing window of that name (a dialog), or null. */
    static java.awt.Window showing(String name) {
        return java.util.Arrays.stream(java.awt.Window.getWindows()).filter(w -> name.equals(w.getName()) && w.isShowing())
                .findFirst().orElse(null);
    }

    /** Selects a rater by name in "Who is coding?" (its list named "raters"), as a click on their row does. */
    static void selectRater(java.awt.Window raterDialog, String name) throws Exception {
        onEdt(() -> {
            @SuppressWarnings("unchecked")
            javax.swing.JList<org.rapport.model.rater.Rater> list =
                    (javax.swing.JList<org.rapport.model.rater.Rater>) find(raterDialog, "raters");
            for (int i = 0; i < list.getModel().getSize(); i++) {
                if (list.getModel().getElementAt(i).name().equals(name)) list.setSelectedIndex(i);
            }
            return null;
        });
    }

    /** Types a secret into the password prompt once it shows, presses Enter and waits until the prompt has gone. */
    static void answerSecretPrompt(String secret) throws Exception {
        waitFor(() -> showing("secret-dialog") != null, 30_000);
        onEdt(() -> {
            javax.swing.JPasswordField field = (javax.swing.JPasswordField) find(showing("secret-dialog"), "secret");
            field.setText(secret);
            field.postActionEvent();
            return null;
        });
        waitFor(() -> showing("secret-dialog") == null, 10_000);
    }

    static Component find(Component root, String name) {
        if (name.equals(root.getName())) return root;
        if (root instanceof java.awt.Container c) {
            for (Component child : c.getComponents()) {
                Component f = find(child, name);
                if (f != null) return f;
            }
        }
        return null;
    }

    /** The first component whose name starts with {@code prefix}. */
    static Component findNamed(Component root, String prefix) {
        if (root.getName() != null && root.getName().startsWith(prefix)) return root;
        if (root instanceof java.awt.Container c) {
            for (Component child : c.getComponents()) {
                Component f = findNamed(child, prefix);
                if (f != null) return f;
            }
        }
        return null;
    }

    private static boolean on(MainWindow w, String name) {
        Component c = find(w.getContentPane(), name);
        return c != null && c.isShowing();
    }

    static void shot(java.awt.Window w, Path file) throws Exception {
        AtomicReference<BufferedImage> img = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            BufferedImage b = new BufferedImage(w.getWidth(), w.getHeight(), BufferedImage.TYPE_INT_RGB);
            Graphics2D g = b.createGraphics();
            w.paintAll(g);
            g.dispose();
            img.set(b);
        });
        ImageIO.write(img.get(), "png", file.toFile());
    }

    static <T> T onEdt(Callable<T> c) throws Exception {
        AtomicReference<T> r = new AtomicReference<>();
        AtomicReference<Exception> e = new AtomicReference<>();
        SwingUtilities.invokeAndWait(() -> {
            try {
                r.set(c.call());
            } catch (Exception ex) {
                e.set(ex);
            }
        });
        if (e.get() != null) throw e.get();
        return r.get();
    }

    static void waitFor(Callable<Boolean> condition, long timeoutMs) throws Exception {
        long end = System.currentTimeMillis() + timeoutMs;
        while (System.currentTimeMillis() < end) {
            if (Boolean.TRUE.equals(onEdt(condition))) return;
            Thread.sleep(50);
        }
        throw new IllegalStateException("timed out waiting");
    }
}
