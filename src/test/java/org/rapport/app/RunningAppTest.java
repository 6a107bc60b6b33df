package org.rapport.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A link reaches the app that has the project open, only with the token its file holds. */
class RunningAppTest {
    @TempDir
    Path dir;

    @Test
    void aLinkForTheOpenProjectReachesTheAppThatHasIt() throws Exception {
        BlockingQueue<String> got = new LinkedBlockingQueue<>();
        Path project = dir.resolve("study");
        try (RunningApp app = RunningApp.listen(project, got::add).orElseThrow()) {
            Path file = RunningApp.fileFor(project);
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)),
                    "only its user may read the token");
            assertTrue(RunningApp.forward(project, "rapport://open?project=x&session=s01&at=5"));
            assertEquals("rapport://open?project=x&session=s01&at=5", got.poll(5, TimeUnit.SECONDS));
            assertFalse(RunningApp.forward(dir.resolve("other"), "rapport://open?project=y"), "another project");
        }
        assertFalse(Files.exists(RunningApp.fileFor(project)), "closing removes the file");
        assertFalse(RunningApp.forward(project, "rapport://open?project=x"), "no app has it open any more");
    }

    @Test
    void aWrongTokenIsRefusedAndNothingIsTaken() throws Exception {
        BlockingQueue<String> got = new LinkedBlockingQueue<>();
        Path project = dir.resolve("study");
        try (RunningApp app = RunningApp.listen(project, got::add).orElseThrow()) {
            Path file = RunningApp.fileFor(project);
            List<String> lines = Files.readAllLines(file);
            Files.write(file, lines.stream().map(l -> l.startsWith("token=") ? "token=guessed" : l).toList());
            assertFalse(RunningApp.forward(project, "rapport://open?project=x"));
            assertEquals(null, got.poll(300, TimeUnit.MILLISECONDS));
        }
    }

    @Test
    void aFileLeftByAnAppThatDiedIsRemoved() throws Exception {
        Path project = dir.resolve("study");
        Path file = RunningApp.fileFor(project);
        Files.createDirectories(file.getParent());
        int deadPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            deadPort = s.getLocalPort();
        }
        Files.writeString(file, "port=" + deadPort + "\ntoken=abc\n");
        assertFalse(RunningApp.forward(project, "rapport://open?project=x"));
        assertFalse(Files.exists(file));
    }
}
