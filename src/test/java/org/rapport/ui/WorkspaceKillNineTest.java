package org.rapport.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rapport.NativeSupport;
import org.rapport.app.Project;
import org.rapport.model.coding.Coding;

/** Nothing shown as done is lost: the real app in its own process, killed with SIGKILL right after coding. */
class WorkspaceKillNineTest {
    @TempDir
    Path dir;

    @Test
    void codingsShownAsSavedSurviveKillMinusNine() throws Exception {
        NativeSupport.assumeDisplay();
        Path project = TestSessions.project(dir.resolve("project"));
        Process app = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "-Drapport.libvlc=absent",
                CodeThenWait.class.getName(), project.toString())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String line;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(app.getInputStream(), StandardCharsets.UTF_8))) {
            do {
                line = out.readLine();
            } while (line != null && !line.startsWith("SHOWN"));
            app.destroyForcibly(); // SIGKILL on Linux: no shutdown hooks, no closing of the store
            assertTrue(app.waitFor(20, TimeUnit.SECONDS));
        }
        assertEquals("SHOWN 3", line);
        assertEquals(137, app.exitValue(), "killed by SIGKILL (128 + 9)");
        try (Project p = Project.open(project)) {
            long sid = p.sessions().byName("s01-withdrawal").id();
            List<Coding> stored = p.codings().codings(p.raters().byName("Ana"), sid, false);
            assertEquals(List.of("w-denial", "c-therapist", "r-clarify"), stored.stream().map(Coding::codeId).toList());
        }
    }
}
