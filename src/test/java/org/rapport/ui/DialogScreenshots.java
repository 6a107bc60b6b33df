package org.rapport.ui;

import java.awt.Window;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.swing.JButton;
import javax.swing.JList;
import javax.swing.JMenu;
import javax.swing.JMenuItem;
import javax.swing.JPasswordField;
import javax.swing.SwingUtilities;

import org.rapport.app.Project;
import org.rapport.model.rater.RaterRole;
import org.rapport.ui.common.Prefs;
import org.rapport.ui.shell.MainWindow;
import org.rapport.ui.shell.RapportApp;

/**
 * Renders the team dialogs for docs/images: "Who is coding?" on a project with protected roles, the password prompt
 * of a protected supervisor, and "Open server project" with recent server projects (listed without passwords).
 * Usage: DialogScreenshots NEW_PROJECT_FOLDER OUT_FOLDER (under xvfb-run, from docs/make-screenshots.sh).
 */
public final class DialogScreenshots {
    private static final String DANA_PASSWORD = "dana's long password";

    private DialogScreenshots() {
    }

    public static void main(String[] args) {
        try {
            render(Path.of(args[0]), Path.of(args[1]));
        } catch (Exception | Error e) {
            e.printStackTrace();
            System.exit(1);
        }
    }

    private static void render(Path folder, Path out) throws Exception {
        Files.createDirectories(out);
        try (Project p = Project.init(folder)) {
            TestSessions.addSession(p, "c101-s04", null, TestSessions.transcript(6, 30_000), 30_000L);
            p.raters().create("Ana", RaterRole.OBSERVER);
            p.raters().create("Ben", RaterRole.OBSERVER);
            p.raters().add("Dana", RaterRole.SUPERVISOR, null, DANA_PASSWORD.toCharArray());
        }
        System.setProperty("rapport.rater", "Dana"); // protected: the dialog asks whoever it is
        System.setProperty("rapport.settings", java.nio.file.Path.of("target", "test-settings", "screenshots-dialogs.properties").toAbsolutePath().toString());
        Prefs prefs = Prefs.user();
        prefs.setDark(false);
        prefs.openedServer("postgresql://ana@db.lab.example:5432/pilot_2025?sslmode=require");
        prefs.openedServer("postgresql://ana@db.lab.example:5432/alliance?sslmode=require");
        MainWindow w = RapportApp.launch(folder, () -> { })[0];

        Screenshots.waitFor(() -> Screenshots.showing("rater-dialog") != null, 60_000);
        Window raters = Screenshots.onEdt(() -> Screenshots.showing("rater-dialog"));
        Screenshots.selectRater(raters, "Dana");
        Thread.sleep(500);
        Screenshots.shot(raters, out.resolve("who-is-coding.png"));

        SwingUtilities.invokeLater(() -> ((JButton) Screenshots.find(raters, "choose-rater")).doClick());
        Screenshots.waitFor(() -> Screenshots.showing("secret-dialog") != null, 10_000);
        Window prompt = Screenshots.onEdt(() -> Screenshots.showing("secret-dialog"));
        Thread.sleep(500);
        Screenshots.shot(prompt, out.resolve("role-password.png"));
        Screenshots.onEdt(() -> {
            JPasswordField field = (JPasswordField) Screenshots.find(prompt, "secret");
            field.setText(DANA_PASSWORD);
            field.postActionEvent();
            return null;
        });
        Screenshots.waitFor(() -> !raters.isShowing() && w.project() != null, 30_000);

        JMenuItem open = Screenshots.onEdt(() -> {
            JMenu project = w.getJMenuBar().getMenu(0);
            for (int i = 0; i < project.getItemCount(); i++) {
                JMenuItem item = project.getItem(i);
                if (item != null && "Open server project\u2026".equals(item.getText())) return item;
            }
            throw new IllegalStateException("no Open server project item");
        });
        SwingUtilities.invokeLater(open::doClick);
        Screenshots.waitFor(() -> Screenshots.showing("server-dialog") != null, 10_000);
        Window server = Screenshots.onEdt(() -> Screenshots.showing("server-dialog"));
        Screenshots.onEdt(() -> {
            ((JList<?>) Screenshots.find(server, "recent-servers")).setSelectedIndex(0);
            return null;
        });
        Thread.sleep(500);
        Screenshots.shot(server, out.resolve("open-server.png"));
        SwingUtilities.invokeAndWait(server::dispose);
        SwingUtilities.invokeAndWait(w::exit);
        Thread.sleep(500);
        System.exit(0);
    }

}
