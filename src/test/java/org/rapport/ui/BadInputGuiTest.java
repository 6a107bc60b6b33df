package org.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import javax.swing.JLabel;
import javax.swing.SwingUtilities;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.NativeSupport;
import org.rapport.app.Project;
import org.rapport.model.coding.Coding;
import org.rapport.model.rater.RaterRole;
import org.rapport.model.session.Session;
import org.rapport.ui.session.SessionView;
import org.rapport.ui.shell.MainWindow;
import org.rapport.ui.shell.RapportApp;

/** Bad input the workspace meets: a clear message in the window, and nothing lost. */
@ExtendWith({SwingThreadCheck.class, EdtIoWatch.class})
class BadInputGuiTest {
    @TempDir
    Path dir;

    private GuiFixture app;

    @AfterEach
    void closeApp() throws Exception {
        if (app != null) app.close();
    }

    /** A project with one session built by {@code session}, and observer Ana. */
    private Path projectWith(SessionMaker session) throws Exception {
        Path folder = dir.resolve("project");
        try (Project p = Project.init(folder)) {
            Session s = session.make(p);
            p.codings().assign(s.id(), p.raters().create("Ana", RaterRole.OBSERVER), "3rs");
        }
        return folder;
    }

    private interface SessionMaker {
        Session make(Project p) throws Exception;
    }

    @Test
    void aProjectOpenElsewhereIsExplainedAndLeftAlone() throws Exception {
        NativeSupport.assumeDisplay();
        Path folder = projectWith(p -> TestSessions.addSession(p, "s1", null, TestSessions.transcript(5, 10_000), null));
        Process elsewhere = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), HoldProject.class.getName(), folder.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(elsewhere.getInputStream()))) {
            assertEquals("HELD 1", out.readLine());
            System.setProperty("rapport.rater", "Ana");
            System.setProperty("rapport.settings", GuiFixture.testSettings());
            CountDownLatch exited = new CountDownLatch(1);
            MainWindow w = RapportApp.launch(folder, exited::countDown)[0];
            Screenshots.waitFor(() -> ((JLabel) Screenshots.find(w.getContentPane(), "message")).getText()
                    .contains("open in another Rapport window or process"), 30_000);
            assertEquals(null, Screenshots.onEdt(w::project));
            SwingUtilities.invokeAndWait(w::exit);
        } finally {
            elsewhere.destroyForcibly().waitFor();
        }
        try (Project p = Project.open(folder)) {
            assertEquals(1, p.sessions().list().size(), "the project is as it was");
        }
    }

    @Test
    void codingsWhoseCodeLeftTheCodebookAreShownAndKept() throws Exception {
        NativeSupport.assumeDisplay();
        Path folder = projectWith(p -> TestSessions.addSession(p, "s1", null, TestSessions.transcript(5, 10_000), null));
        try (Project p = Project.open(folder)) {
            long ana = p.raters().byName("Ana").id();
            long sid = p.sessions().byName("s1").id();
            p.store().inTransaction(tx -> tx.codings().insert(new Coding(0, sid, ana, "3rs", "0.9", "w-retired",
                    1000, 2000, 0, 0, null, "made under an older codebook", null, null), ana));
        }
        app = GuiFixture.open(folder, "Ana");
        SessionView v = app.openFirstSession();
        assertTrue(app.onEdt(v::bannerText).contains("no longer in the codebook"), app.onEdt(v::bannerText));
        Coding k = app.onEdt(() -> v.codingModel().all().get(0));
        assertEquals("w-retired", k.codeId());
        assertTrue(app.onEdt(() -> v.codingModel().refersToRemovedCode(k)));
    }

    @Test
    void aMissingRecordingIsNamedAndTheSessionStaysCodable() throws Exception {
        NativeSupport.assumeDisplay();
        Path gone = dir.resolve("moved-away.mp4");
        Files.copy(TestSessions.sampleVideo(), gone);
        Path folder = projectWith(p -> TestSessions.addSession(p, "s1", gone, TestSessions.transcript(5, 10_000), null));
        Files.delete(gone);
        app = GuiFixture.open(folder, "Ana");
        SessionView v = app.openFirstSession();
        assertTrue(app.onEdt(v::bannerText).contains("Recording not found at " + gone), app.onEdt(v::bannerText));
        assertFalse(app.onEdt(() -> v.player().hasMedia()), "transcript-only clock");
    }

    @Test
    void aRecordingChangedSinceImportIsFlaggedButStillPlays() throws Exception {
        NativeSupport.assumeDisplay();
        NativeSupport.assumeLibVlc();
        Path video = dir.resolve("session.mp4");
        Files.copy(TestSessions.sampleVideo(), video);
        Path folder = projectWith(p -> TestSessions.addSession(p, "s1", video, TestSessions.transcript(5, 10_000), null));
        Files.write(video, new byte[] {0}, java.nio.file.StandardOpenOption.APPEND);
        app = GuiFixture.open(folder, "Ana");
        SessionView v = app.openFirstSession();
        app.waitFor(() -> v.bannerText().contains("SHA-256 changed"), 20_000);
        assertTrue(app.onEdt(() -> v.player().hasMedia()));
    }

    @Test
    void aTranscriptLongerThanTheRecordingIsPointedOut() throws Exception {
        NativeSupport.assumeDisplay();
        NativeSupport.assumeLibVlc();
        Path video = TestSessions.sampleVideo();
        Path folder = projectWith(p -> TestSessions.addSession(p, "s1", video, TestSessions.transcript(12, 40_000), null));
        app = GuiFixture.open(folder, "Ana");
        SessionView v = app.openFirstSession();
        app.waitFor(() -> v.bannerText().contains("transcript runs to 00:39"), 20_000);
    }
}
