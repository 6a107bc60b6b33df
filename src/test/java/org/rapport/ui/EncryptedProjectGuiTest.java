package org.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import javax.swing.JLabel;

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


    private Path encryptedProject() throws Exception {
        Path folder = dir.resolve("secret");
        Credentials passphrase = new Credentials(null, Secret.NONE, Secret.NONE, what -> PASSPHRASE.toCharArray());
        try (Project p = Project.init(new ProjectAddress.Folder(folder), passphrase, true)) {
            TestSessions.addSession(p, "s1", null, TestSessions.transcript(4, 8_000), 8_000L);
            p.raters().create("Ana", RaterRole.OBSERVER);
        }
        return folder;
    }


    @Test
    void aWrongPassphraseIsRefusedAndTheRightOneOpensTheProject() throws Exception {
        NativeSupport.assumeDisplay();
        Path folder = encryptedProject();
        app = GuiFixture.launch(folder, "Ana");
        Screenshots.answerSecretPrompt("not the passphrase");
        JLabel message = app.onEdt(() -> (JLabel) Screenshots.find(app.window.getContentPane(), "message"));
        app.waitFor(() -> message.getText().contains("wrong passphrase for this encrypted project"), 30_000);
        assertTrue(app.onEdt(message::getText).endsWith("nothing was opened or changed</div></html>"),
                app.onEdt(message::getText));
        assertNull(app.onEdt(app.window::project), "nothing is open");

        app.close();
        app = GuiFixture.launch(folder, "Ana");
        Screenshots.answerSecretPrompt(PASSPHRASE);
        JLabel project = app.onEdt(() -> (JLabel) Screenshots.find(app.window.getContentPane(), "project-label"));
        app.waitFor(() -> project.getText().contains("coding as Ana (observer)"), 30_000);
    }
}
