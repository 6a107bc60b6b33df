package org.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Window;
import java.nio.file.Path;
import java.util.Arrays;
import javax.swing.JButton;
import javax.swing.JLabel;
import javax.swing.JTextField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.NativeSupport;
import org.rapport.app.Project;
import org.rapport.model.rater.RaterRole;

/** "Who is coding?": a rater added there is written off the event thread, then coding starts as them. */
@ExtendWith({SwingThreadCheck.class, EdtIoWatch.class})
class RaterDialogGuiTest {
    @TempDir
    Path dir;

    private GuiFixture app;

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) app.close();
    }

    /** The dialog when it is showing, else null (call on the event thread). */
    private static Window dialog() {
        return Arrays.stream(Window.getWindows()).filter(w -> "rater-dialog".equals(w.getName()) && w.isShowing())
                .findFirst().orElse(null);
    }

    @Test
    void aRaterAddedInTheDialogIsStoredAndCodesAtOnce() throws Exception {
        NativeSupport.assumeDisplay();
        Path folder = dir.resolve("p");
        try (Project p = Project.init(folder)) {
            TestSessions.addSession(p, "s1", null, TestSessions.transcript(4, 8_000), 8_000L);
            p.raters().create("Ana", RaterRole.OBSERVER);
        }
        app = GuiFixture.open(folder, "nobody-yet"); // not a rater of the project: the dialog asks
        app.waitFor(() -> dialog() != null, 20_000);
        Window d = app.onEdt(RaterDialogGuiTest::dialog);
        app.onEdt(() -> {
            ((JTextField) Screenshots.find(d, "new-rater-name")).setText("  Zoe ");
            ((JButton) Screenshots.find(d, "add-rater")).doClick();
            return null;
        });
        app.waitFor(() -> !d.isShowing(), 10_000);
        JLabel project = app.onEdt(() -> (JLabel) Screenshots.find(app.window.getContentPane(), "project-label"));
        app.waitFor(() -> project.getText().contains("coding as Zoe (observer)"), 10_000);
        app.close();
        app = null;
        try (Project p = Project.open(folder)) {
            assertEquals(RaterRole.OBSERVER, p.raters().byName("Zoe").role());
            assertTrue(p.raters().list().size() == 2, "Ana and Zoe");
        }
    }
}
