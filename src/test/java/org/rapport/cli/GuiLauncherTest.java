package org.rapport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class GuiLauncherTest {
    @Test
    void withoutADisplayTheAppPointsToTheCommandLineAndExitsWith2() throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "org.rapport.Main").start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        List<String> err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(2, p.exitValue());
        assertEquals(1, err.size(), "one line: " + err);
        assertTrue(err.get(0).contains("use the command line"), err.get(0));
    }
}
