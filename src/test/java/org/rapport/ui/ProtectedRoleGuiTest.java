package org.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Window;
import java.nio.file.Path;
import java.util.List;
import javax.swing.JButton;
import javax.swing.JComboBox;
import javax.swing.JLabel;
import javax.swing.JPasswordField;
import javax.swing.JTextField;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.NativeSupport;
import org.rapport.app.Project;
import org.rapport.app.export.CodingExport;
import org.rapport.model.BadInputException;
import org.rapport.model.rater.RaterRole;
import org.rapport.transcript.Output;

/** "Who is coding?" on a project with a protected supervisor: no password, no supervisor. */
@ExtendWith({SwingThreadCheck.class, EdtIoWatch.class})
class ProtectedRoleGuiTest {
    @TempDir
    Path dir;

    private GuiFixture app;

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) app.close();
    }


    private Path projectWithAProtectedSupervisor() throws Exception {
        Path folder = dir.resolve("p");
        try (Project p = Project.init(folder)) {
            TestSessions.addSession(p, "s1", null, TestSessions.transcript(4, 8_000), 8_000L);
            p.raters().create("Ana", RaterRole.OBSERVER);
            p.raters().add("Dana", RaterRole.SUPERVISOR, null, "dana's long password".toCharArray());
        }
        return folder;
    }

    /** Clicks "Start coding" (a protected role's password prompt then blocks the event thread) and answers it. */
    private void startCodingWithPassword(Window raterDialog, String password) throws Exception {
        SwingUtilities.invokeLater(() -> ((JButton) Screenshots.find(raterDialog, "choose-rater")).doClick());
        Screenshots.answerSecretPrompt(password);
    }

    @Test
    void aProtectedSupervisorIsChosenOnlyWithTheirPassword() throws Exception {
        NativeSupport.assumeDisplay();
        app = GuiFixture.open(projectWithAProtectedSupervisor(), "Dana"); // a fixed rater never skips the password
        app.waitFor(() -> Screenshots.showing("rater-dialog") != null, 20_000);
        Window d = app.onEdt(() -> Screenshots.showing("rater-dialog"));
        startCodingWithPassword(d, "a guess");
        JLabel error = app.onEdt(() -> (JLabel) Screenshots.find(d, "rater-error"));
        app.waitFor(() -> error.getText().equals("Wrong password for Dana."), 20_000);
        assertTrue(app.onEdt(d::isShowing), "still asking who is coding");
        startCodingWithPassword(d, "dana's long password");
        app.waitFor(() -> !d.isShowing(), 20_000);
        JLabel project = app.onEdt(() -> (JLabel) Screenshots.find(app.window.getContentPane(), "project-label"));
        app.waitFor(() -> project.getText().contains("coding as Dana (supervisor)"), 10_000);
        // the services now act as Dana, as --as Dana with her password does: she may see others' work
        Project acting = app.onEdt(app.window::project);
        assertEquals("Dana", acting.identity().rater().name());
        assertEquals(List.of(), acting.training().gold("3rs"), "a supervisor lists gold sessions (none yet)");
    }

    /** An observer chosen in the dialog acts as that observer: the services refuse her others' work. */
    @Test
    void anObserverChosenInTheDialogIsRefusedOthersWorkByTheServices() throws Exception {
        NativeSupport.assumeDisplay();
        app = GuiFixture.open(projectWithAProtectedSupervisor(), "nobody-yet");
        app.waitFor(() -> Screenshots.showing("rater-dialog") != null, 20_000);
        Window d = app.onEdt(() -> Screenshots.showing("rater-dialog"));
        Screenshots.selectRater(d, "Ana");
        SwingUtilities.invokeAndWait(() -> ((JButton) Screenshots.find(d, "choose-rater")).doClick());
        app.waitFor(() -> !d.isShowing() && app.window.project().identity().rater() != null, 20_000);
        Project acting = app.onEdt(app.window::project);
        assertEquals("Ana", acting.identity().rater().name());
        BadInputException refused = assertThrows(BadInputException.class, () -> acting.training().gold("3rs"));
        assertTrue(refused.getMessage().contains("observer"), refused.getMessage());
        assertThrows(BadInputException.class, () -> acting.exports().codings(CodingExport.longCsv(null),
                Output.file(dir.resolve("codings.csv"))), "nor may she export everyone's codings");
    }

    @Test
    void aSupervisorIsAddedOnlyWithAPasswordAndIsProtectedByIt() throws Exception {
        NativeSupport.assumeDisplay();
        app = GuiFixture.open(projectWithAProtectedSupervisor(), "nobody-yet");
        app.waitFor(() -> Screenshots.showing("rater-dialog") != null, 20_000);
        Window d = app.onEdt(() -> Screenshots.showing("rater-dialog"));
        JLabel error = app.onEdt(() -> (JLabel) Screenshots.find(d, "rater-error"));
        app.onEdt(() -> {
            ((JTextField) Screenshots.find(d, "new-rater-name")).setText("Mo");
            @SuppressWarnings("unchecked")
            JComboBox<RaterRole> role = (JComboBox<RaterRole>) Screenshots.find(d, "new-rater-role");
            role.setSelectedItem(RaterRole.MASTER);
            ((JButton) Screenshots.find(d, "add-rater")).doClick();
            return null;
        });
        assertEquals("A master needs a password, so nobody else can act as them.", app.onEdt(error::getText));
        app.onEdt(() -> {
            ((JPasswordField) Screenshots.find(d, "new-rater-password")).setText("mo's long password");
            ((JButton) Screenshots.find(d, "add-rater")).doClick();
            return null;
        });
        // the project has protected roles, and nobody has said who they are yet: only a supervisor adds a master
        app.waitFor(() -> error.getText().contains("runs as a supervisor or master"), 20_000);
        assertTrue(app.onEdt(d::isShowing));
    }
}
