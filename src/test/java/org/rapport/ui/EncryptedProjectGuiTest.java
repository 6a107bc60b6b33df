package org.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Window;
import java.nio.file.Path;
import java.util.Arrays;
import javax.swing.JLabel;
import javax.swing.JPasswordField;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.NativeSupport;
import org.rapport.app.Project;
import org.rapport.app.ProjectAddress;
import org.rapport.app.identity.Credentials;
import org.rapport.app.identity.Secret;
import org.rapport.model.rater.RaterRole;

/** The desktop app on an encrypted project: it asks for the passphrase, and a wrong one opens nothing. */
@ExtendWith({SwingThreadCheck.class, EdtIoWatch.class})
class EncryptedProjectGuiTest {
    private static final String PASSPHRASE = "correct horse battery staple";

    @TempDir
    Path dir;

    private GuiFixture app;

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) app.close();
    }

    private static Window showing(String name) {
        return Arrays.stream(Window.getWindows()).filter(w -> name.equals(w.getName()) && w.isShowing())
                .findFirst().orElse(null);
    }

    private Path encryptedProject() throws Exception {
        Path folder = dir.resolve("secret");
        Credentials passphrase = new Credentials(null, Secret.NONE, Secret.NONE, what -> PASSPHRASE.toCharArray());
        try (Project p = Project.init(new ProjectAddress.Folder(folder), passphrase, true)) {
            TestSessions.addSession(p, "s1", null, TestSessions.transcript(4, 8_000), 8_000L);
            p.raters().create("Ana", RaterRole.OBSERVER);
        }
        return folder;
    }

    private void typePassphrase(String passphrase) throws Exception {
        app.waitFor(() -> showing("secret-dialog") != null, 30_000);
        app.onEdt(() -> {
            JPasswordField field = (JPasswordField) Screenshots.find(showing("secret-dialog"), "secret");
            field.setText(passphrase);
            field.postActionEvent();
            return null;
        });
        app.waitFor(() -> showing("secret-dialog") == null, 10_000);
    }

    @Test
    void aWrongPassphraseIsRefusedAndTheRightOneOpensTheProject() throws Exception {
        NativeSupport.assumeDisplay();
        Path folder = encryptedProject();
        app = GuiFixture.launch(folder, "Ana");
        typePassphrase("not the passphrase");
        JLabel message = app.onEdt(() -> (JLabel) Screenshots.find(app.window.getContentPane(), "message"));
        app.waitFor(() -> message.getText().contains("wrong passphrase for this encrypted project"), 30_000);
        assertTrue(app.onEdt(message::getText).endsWith("nothing was opened or changed</div></html>"),
                app.onEdt(message::getText));
        assertNull(app.onEdt(app.window::project), "nothing is open");

        app.close();
        app = GuiFixture.launch(folder, "Ana");
        typePassphrase(PASSPHRASE);
        JLabel project = app.onEdt(() -> (JLabel) Screenshots.find(app.window.getContentPane(), "project-label"));
        app.waitFor(() -> project.getText().contains("coding as Ana (observer)"), 30_000);
    }
}
