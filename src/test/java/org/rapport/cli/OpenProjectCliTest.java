package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.app.Project;
import org.rapport.report.html.ReviewLink;

/**
 * {@code rapport open PROJECT} and {@code rapport PROJECT} (what {@code java -jar rapport.jar PROJECT} runs) open
 * that project; anything else stays a command or a clear refusal. Without a display the desktop refuses, and its
 * message names what it was asked to open, which shows where the argument went.
 */
class OpenProjectCliTest {
    @TempDir
    Path dir;

    @Test
    void openProjectAndTheBareProjectBothAskTheDesktopForThatProject() throws Exception {
        Path folder = dir.resolve("study");
        Project.init(folder).close();
        String uri = new ReviewLink(folder, null, null, null).uri();

        for (List<String> args : List.of(List.of("open", folder.toString()), List.of(folder.toString()))) {
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(2, run.exitCode(), run.toString());
            assertTrue(run.err().contains("no display available for the desktop app to open " + uri), run.toString());
        }
    }

    @Test
    void aProjectOpenInTheAppIsHandedToItInsteadOfOpeningASecondWindow() throws Exception {
        Path folder = dir.resolve("study");
        Project.init(folder).close();
        java.util.concurrent.BlockingQueue<String> got = new java.util.concurrent.LinkedBlockingQueue<>();
        try (var app = org.rapport.app.RunningApp.listen(folder, got::add).orElseThrow()) {
            CliRun run = CliRun.of("open", folder.toString(), "--session", "s01", "--at", "5000");
            assertEquals(0, run.exitCode(), run.toString());
            assertTrue(run.out().contains("opened in the Rapport window that has"), run.toString());
            assertEquals(new ReviewLink(folder, "s01", 5000L, null).uri(),
                    got.poll(5, java.util.concurrent.TimeUnit.SECONDS));
        }
    }

    @Test
    void aProjectFolderTakesTheSessionAndMomentOptions() throws Exception {
        Path folder = dir.resolve("study");
        Project.init(folder).close();
        CliRun run = CliRun.of("open", folder.toString(), "--session", "s01", "--at", "5000");
        assertTrue(run.err().contains(new ReviewLink(folder, "s01", 5000L, null).uri()), run.toString());

        CliRun twice = CliRun.of("open", folder.toString(), "--project", folder.toString());
        assertEquals(2, twice.exitCode());
        assertTrue(twice.err().contains("give the project once"), twice.toString());
    }

    @Test
    void aFolderThatIsNoProjectOrNoFolderIsOneClearMessage() throws Exception {
        Path plain = Files.createDirectories(dir.resolve("photos"));
        for (List<String> args : List.of(List.of("open", plain.toString()), List.of(plain.toString()))) {
            CliRun run = CliRun.of(args.toArray(String[]::new));
            assertEquals(2, run.exitCode(), run.toString());
            assertTrue(run.err().contains(plain + ": not a Rapport project (create one with: rapport init"),
                    run.toString());
            assertFalse(run.err().contains("Exception"), run.toString());
        }
        assertFalse(Files.exists(plain.resolve("project.mv.db")), "nothing was created");

        CliRun missing = CliRun.of("open", dir.resolve("nowhere").toString());
        assertEquals(2, missing.exitCode());
        assertTrue(missing.err().contains("nowhere: no such folder"), missing.toString());
    }

    @Test
    void aLoneWordThatIsNoFolderStaysAnUnknownCommand() {
        CliRun run = CliRun.of("sesions");
        assertEquals(2, run.exitCode());
        assertFalse(run.err().contains("desktop"), run.toString());
        assertTrue(run.err().toLowerCase().contains("unmatched argument") || run.err().contains("sessions"),
                run.toString());
    }

    @Test
    void aServerUriOpensTheServerDialogAndTakesNoOtherOptions() {
        CliRun run = CliRun.of("postgresql://ana@db.lab.example/study");
        assertEquals(2, run.exitCode());
        assertTrue(run.err().contains("no display available for the desktop app"), run.toString());

        CliRun withSession = CliRun.of("open", "postgresql://ana@db.lab.example/study", "--session", "s01");
        assertEquals(2, withSession.exitCode());
        assertTrue(withSession.err().contains("give its URI without --project"), withSession.toString());
    }
}
